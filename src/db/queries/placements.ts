import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { placements, recordings, works } from '../schema/index.ts'
import type { Placement } from '../../contract/catalog.ts'

/** TV placements, by series, season and episode. */
export async function listPlacements(db: Db, workspaceId: string, opts: { recordingId?: string; ids?: string[] } = {}): Promise<Placement[]> {
  const filters = [eq(placements.workspaceId, workspaceId)]
  if (opts.recordingId) filters.push(eq(placements.recordingId, opts.recordingId))
  if (opts.ids) filters.push(inArray(placements.id, opts.ids.length ? opts.ids : ['00000000-0000-0000-0000-000000000000']))
  const rows = await db
    .select({ p: placements, recordingTitle: sql<string>`coalesce(${recordings.title}, ${works.title})` })
    .from(placements)
    .innerJoin(recordings, and(eq(recordings.workspaceId, placements.workspaceId), eq(recordings.id, placements.recordingId)))
    .innerJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .where(and(...filters))
    .orderBy(asc(placements.series), asc(placements.season), asc(placements.episodeNumber), asc(placements.airDate), asc(placements.id))
  return rows.map(({ p, recordingTitle }) => ({
    id: p.id,
    recordingId: p.recordingId,
    recordingTitle,
    series: p.series,
    season: p.season,
    episodeNumber: p.episodeNumber,
    episodeTitle: p.episodeTitle,
    airDate: p.airDate,
    notes: p.notes,
    version: p.version,
  }))
}

export async function getPlacement(db: Db, workspaceId: string, id: string): Promise<Placement | null> {
  const [p] = await listPlacements(db, workspaceId, { ids: [id] })
  return p ?? null
}
