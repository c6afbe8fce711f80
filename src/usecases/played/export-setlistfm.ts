import type { Db } from '../../db/client.ts'
import { playedSetlistsOfAct, recordingTitles } from '../../db/queries/play-history.ts'
import { actHeadBySlug } from '../../db/writes/played-import.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { SetlistFmPage } from '../../interop/setlistfm/payload-schema.ts'
import { formatSetlistFmPage } from '../../interop/setlistfm/format-page.ts'

/**
 * An act's played set lists as a setlist.fm page, newest first (`greenroom export setlistfm`).
 * What `importSetlistFm` reads back from it is what was exported.
 */
export async function exportSetlistFm(db: Db, opts: { workspaceId: string; actSlug: string }): Promise<SetlistFmPage> {
  const act = await actHeadBySlug(db, opts.workspaceId, opts.actSlug)
  if (!act) throw new NotFoundError('act', opts.actSlug)
  const rows = await playedSetlistsOfAct(db, opts.workspaceId, act.id)
  const ids = [...new Set(rows.flatMap((r) => (r.played.entries as { recordingId?: string | null }[]).flatMap((e) => (e.recordingId ? [e.recordingId] : []))))]
  const titles = ids.length ? await recordingTitles(db, opts.workspaceId, ids) : new Map<string, string>()
  return formatSetlistFmPage(act, rows, titles)
}
