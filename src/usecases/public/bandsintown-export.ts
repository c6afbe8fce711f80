import { listShowsOfAct } from '../../db/queries/public-shows.ts'
import { resolveActId } from '../../db/queries/acts.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { isPublic } from '../../domain/public-shows.ts'
import { bandsintownFiles } from '../../interop/bandsintown/bulk-upload.ts'
import type { Actor, Deps } from '../deps.ts'

/**
 * One file of an act's Bandsintown bulk upload (50 dates a file): only shows public now (isPublic),
 * so what any role may download is what the public page already says.
 */
export async function bandsintownExport(deps: Deps, actor: Actor, actIdOrSlug: string, part: number): Promise<{ csv: string; parts: number }> {
  const actId = await resolveActId(deps.db, actor.workspaceId, actIdOrSlug)
  if (!actId) throw new NotFoundError('act', actIdOrSlug)
  const now = deps.clock.now()
  const shows = (await listShowsOfAct(deps.db, { workspaceId: actor.workspaceId, id: actId })).filter((s) => isPublic(s, now))
  const files = bandsintownFiles(shows, now)
  const csv = files[part - 1]
  if (csv === undefined) throw new NotFoundError('file', String(part))
  return { csv, parts: files.length }
}
