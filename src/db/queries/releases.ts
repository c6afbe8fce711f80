import { and, asc, count, eq, ilike, inArray, min, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { Db } from '../client.ts'
import { acts, editions, recordings, releaseGroups, tracks, works } from '../schema/index.ts'
import type { Edition, ReleaseGroup, ReleaseGroupListEntrySchema } from '../../contract/catalog.ts'
import type { ReleaseFormat, ReleaseKind } from '../../domain/catalog.ts'
import { likePattern } from './people.ts'

export type ReleaseGroupListEntry = z.infer<typeof ReleaseGroupListEntrySchema>

/** Release groups with their earliest release date and edition count, earliest first (undated last). */
export async function listReleaseGroups(db: Db, workspaceId: string, opts: { q?: string; actId?: string } = {}): Promise<ReleaseGroupListEntry[]> {
  const filters = [eq(releaseGroups.workspaceId, workspaceId)]
  if (opts.q) filters.push(ilike(releaseGroups.title, likePattern(opts.q)))
  if (opts.actId) filters.push(eq(releaseGroups.actId, opts.actId))
  const rows = await db
    .select({ id: releaseGroups.id, title: releaseGroups.title, kind: releaseGroups.kind, actName: acts.name, singleOrder: releaseGroups.singleOrder })
    .from(releaseGroups)
    .innerJoin(acts, and(eq(acts.workspaceId, releaseGroups.workspaceId), eq(acts.id, releaseGroups.actId)))
    .where(and(...filters))
    .orderBy(asc(releaseGroups.title), asc(releaseGroups.id))
  if (rows.length === 0) return []
  const stats = await db
    .select({ releaseGroupId: editions.releaseGroupId, releaseDate: min(editions.releaseDate), editionCount: count() })
    .from(editions)
    .where(and(eq(editions.workspaceId, workspaceId), inArray(editions.releaseGroupId, rows.map((r) => r.id))))
    .groupBy(editions.releaseGroupId)
  const statsOf = new Map(stats.map((s) => [s.releaseGroupId, s]))
  const entries = rows.map((r) => ({
    ...r,
    kind: r.kind as ReleaseKind,
    releaseDate: statsOf.get(r.id)?.releaseDate ?? null,
    editionCount: Number(statsOf.get(r.id)?.editionCount ?? 0),
  }))
  // Partial dates sort correctly as text ("2013" < "2013-06" < "2013-06-11"); a stable sort keeps titles in order.
  return entries.sort((a, b) => (a.releaseDate ?? '\uffff').localeCompare(b.releaseDate ?? '\uffff'))
}

/** A release group as one document: editions by position, each track list by medium and position. */
export async function getReleaseGroup(db: Db, workspaceId: string, id: string): Promise<ReleaseGroup | null> {
  const [g] = await db
    .select({ g: releaseGroups, actName: acts.name })
    .from(releaseGroups)
    .innerJoin(acts, and(eq(acts.workspaceId, releaseGroups.workspaceId), eq(acts.id, releaseGroups.actId)))
    .where(and(eq(releaseGroups.workspaceId, workspaceId), eq(releaseGroups.id, id)))
  if (!g) return null
  const eds = await db
    .select()
    .from(editions)
    .where(and(eq(editions.workspaceId, workspaceId), eq(editions.releaseGroupId, id)))
    .orderBy(asc(editions.position))
  const trackRows = eds.length === 0 ? [] : await db
    .select({ editionId: tracks.editionId, medium: tracks.medium, position: tracks.position, recordingId: tracks.recordingId, title: sql<string>`coalesce(${recordings.title}, ${works.title})`, durationSeconds: recordings.durationSeconds })
    .from(tracks)
    .innerJoin(recordings, and(eq(recordings.workspaceId, tracks.workspaceId), eq(recordings.id, tracks.recordingId)))
    .innerJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .where(and(eq(tracks.workspaceId, workspaceId), inArray(tracks.editionId, eds.map((e) => e.id))))
    .orderBy(asc(tracks.medium), asc(tracks.position))
  const editionList: Edition[] = eds.map((e) => {
    const list = trackRows.filter((t) => t.editionId === e.id).map(({ editionId: _, ...t }) => t)
    return {
      id: e.id, name: e.name, releaseDate: e.releaseDate, preorderDate: e.preorderDate, format: e.format as ReleaseFormat | null, barcode: e.barcode,
      tracks: list,
      totalSeconds: list.reduce((sum, t) => sum + (t.durationSeconds ?? 0), 0),
    }
  })
  return {
    id: g.g.id, actId: g.g.actId, actName: g.actName, title: g.g.title, kind: g.g.kind as ReleaseKind,
    singleOfId: g.g.singleOfId, singleOrder: g.g.singleOrder, notes: g.g.notes, version: g.g.version,
    editions: editionList,
    singles: await listSinglesOf(db, workspaceId, id),
  }
}

/** Singles taken from an album, in their order, each with its first edition's release date. */
async function listSinglesOf(db: Db, workspaceId: string, albumId: string): Promise<ReleaseGroup['singles']> {
  const singles = await db
    .select({ id: releaseGroups.id, title: releaseGroups.title, singleOrder: releaseGroups.singleOrder })
    .from(releaseGroups)
    .where(and(eq(releaseGroups.workspaceId, workspaceId), eq(releaseGroups.singleOfId, albumId)))
    .orderBy(sql`${releaseGroups.singleOrder} asc nulls last`, asc(releaseGroups.title))
  if (singles.length === 0) return []
  const firsts = await db
    .select({ releaseGroupId: editions.releaseGroupId, releaseDate: editions.releaseDate })
    .from(editions)
    .where(and(eq(editions.workspaceId, workspaceId), inArray(editions.releaseGroupId, singles.map((s) => s.id))))
    .orderBy(asc(editions.position))
  return singles.map((s) => ({ ...s, releaseDate: firsts.find((e) => e.releaseGroupId === s.id)?.releaseDate ?? null }))
}

/** What a write needs to know about a release group: its kind, version, editions' ids and whether singles point at it (null when it does not exist). */
export async function releaseGroupShape(db: Db, workspaceId: string, id: string): Promise<{ kind: ReleaseKind; version: number; editionIds: string[]; hasSingles: boolean } | null> {
  const [g] = await db.select({ kind: releaseGroups.kind, version: releaseGroups.version }).from(releaseGroups).where(and(eq(releaseGroups.workspaceId, workspaceId), eq(releaseGroups.id, id)))
  if (!g) return null
  const eds = await db.select({ id: editions.id }).from(editions).where(and(eq(editions.workspaceId, workspaceId), eq(editions.releaseGroupId, id)))
  const [singles] = await db.select({ n: count() }).from(releaseGroups).where(and(eq(releaseGroups.workspaceId, workspaceId), eq(releaseGroups.singleOfId, id)))
  return { kind: g.kind as ReleaseKind, version: g.version, editionIds: eds.map((e) => e.id), hasSingles: Number(singles?.n ?? 0) > 0 }
}

/** The kind of a release group of the workspace, or null when there is none with this id. */
export async function findReleaseGroupKind(db: Db, workspaceId: string, id: string): Promise<ReleaseKind | null> {
  const [g] = await db.select({ kind: releaseGroups.kind }).from(releaseGroups).where(and(eq(releaseGroups.workspaceId, workspaceId), eq(releaseGroups.id, id)))
  return (g?.kind as ReleaseKind | undefined) ?? null
}
