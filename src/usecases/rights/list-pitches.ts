import type { Pitch } from '../../contract/rights.ts'
import { listPitchRecords } from '../../db/queries/rights.ts'
import { missingWorks } from '../../db/queries/works.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'

/** The pitches of one work, or of the whole workspace, oldest first. */
export async function listPitches(deps: Deps, actor: Actor, workId?: string): Promise<Pitch[]> {
  if (workId && (await missingWorks(deps.db, actor.workspaceId, [workId])).size > 0) throw new NotFoundError('work', workId)
  return listPitchRecords(deps.db, actor.workspaceId, workId ? { workId } : {})
}

export async function getPitch(deps: Deps, actor: Actor, pitchId: string): Promise<Pitch> {
  const [pitch] = await listPitchRecords(deps.db, actor.workspaceId, { pitchId })
  if (!pitch) throw new NotFoundError('pitch', pitchId)
  return pitch
}
