import { and, asc, count, eq, ilike, inArray, min, sql } from 'drizzle-orm'
import type { z } from 'zod'
import { alias } from 'drizzle-orm/pg-core'
import type { Db } from '../client.ts'
import { preparedPerDb } from './prepared.ts'
import { acts, editions, recordings, releaseGroups, tracks, works } from '../schema/index.ts'
import type { Edition, ReleaseGroup, ReleaseGroupListEntrySchema } from '../../contract/catalog.ts'
import type { ReleaseKind } from '../../domain/catalog.ts'
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
    .where(
      and(
        eq(editions.workspaceId, workspaceId),
        inArray(
          editions.releaseGroupId,
          rows.map((r) => r.id),
        ),
      ),
    )
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

const g = alias(releaseGroups, 'g')
const a = alias(acts, 'a')

/** The release read as one prepared statement (ADR 026); its SQL text is built once per database handle. */
const releaseGroupDocument = preparedPerDb((db) =>
  db
    .select({
      id: g.id,
      actId: g.actId,
      actName: a.name,
      title: g.title,
      kind: g.kind,
      singleOfId: g.singleOfId,
      singleOrder: g.singleOrder,
      notes: g.notes,
      version: g.version,
      editions: sql<Omit<Edition, 'totalSeconds'>[]>`coalesce((
        select json_agg(json_build_object(
          'id', e.id, 'name', e.name, 'releaseDate', e.release_date, 'preorderDate', e.preorder_date,
          'format', e.format, 'barcode', e.barcode,
          'tracks', coalesce((
            select json_agg(json_build_object(
              'medium', t.medium, 'position', t.position, 'recordingId', t.recording_id,
              'title', coalesce(r.title, w.title), 'durationSeconds', r.duration_seconds
            ) order by t.medium, t.position)
            from ${tracks} t
            join ${recordings} r on r.workspace_id = t.workspace_id and r.id = t.recording_id
            join ${works} w on w.workspace_id = r.workspace_id and w.id = r.work_id
            where t.workspace_id = e.workspace_id and t.edition_id = e.id
          ), '[]'::json)
        ) order by e.position)
        from ${editions} e where e.workspace_id = g.workspace_id and e.release_group_id = g.id
      ), '[]'::json)`,
      singles: sql<ReleaseGroup['singles']>`coalesce((
        select json_agg(json_build_object(
          'id', s.id, 'title', s.title, 'singleOrder', s.single_order,
          'releaseDate', (select e2.release_date from ${editions} e2 where e2.workspace_id = s.workspace_id and e2.release_group_id = s.id order by e2.position limit 1)
        ) order by s.single_order asc nulls last, s.title)
        from ${releaseGroups} s where s.workspace_id = g.workspace_id and s.single_of_id = g.id
      ), '[]'::json)`,
    })
    .from(g)
    .innerJoin(a, and(eq(a.workspaceId, g.workspaceId), eq(a.id, g.actId)))
    .where(and(eq(g.workspaceId, sql.placeholder('workspaceId')), eq(g.id, sql.placeholder('id'))))
    .prepare('gr_release_group_document'),
)

/**
 * A release group as one document: editions by position, each track list by medium and position,
 * and the singles taken from it. One round trip (JSON aggregation in SQL): this is the catalog's
 * hottest read, and on PGlite every query costs ~0.7 ms of fixed overhead (see npm run bench).
 */
export async function getReleaseGroup(db: Db, workspaceId: string, id: string): Promise<ReleaseGroup | null> {
  const [row] = await releaseGroupDocument(db).execute({ workspaceId, id })
  if (!row) return null
  return {
    ...row,
    kind: row.kind as ReleaseKind,
    editions: row.editions.map((e) => ({ ...e, totalSeconds: e.tracks.reduce((sum, t) => sum + (t.durationSeconds ?? 0), 0) })),
  }
}

/** What a write needs to know about a release group: its kind, version, editions' ids and whether singles point at it (null when it does not exist). */
export async function releaseGroupShape(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<{ kind: ReleaseKind; version: number; editionIds: string[]; hasSingles: boolean } | null> {
  const [g] = await db
    .select({ kind: releaseGroups.kind, version: releaseGroups.version })
    .from(releaseGroups)
    .where(and(eq(releaseGroups.workspaceId, workspaceId), eq(releaseGroups.id, id)))
  if (!g) return null
  const eds = await db
    .select({ id: editions.id })
    .from(editions)
    .where(and(eq(editions.workspaceId, workspaceId), eq(editions.releaseGroupId, id)))
  const [singles] = await db
    .select({ n: count() })
    .from(releaseGroups)
    .where(and(eq(releaseGroups.workspaceId, workspaceId), eq(releaseGroups.singleOfId, id)))
  return { kind: g.kind as ReleaseKind, version: g.version, editionIds: eds.map((e) => e.id), hasSingles: Number(singles?.n ?? 0) > 0 }
}

/** The kind of a release group of the workspace, or null when there is none with this id. */
export async function findReleaseGroupKind(db: Db, workspaceId: string, id: string): Promise<ReleaseKind | null> {
  const [g] = await db
    .select({ kind: releaseGroups.kind })
    .from(releaseGroups)
    .where(and(eq(releaseGroups.workspaceId, workspaceId), eq(releaseGroups.id, id)))
  return (g?.kind as ReleaseKind | undefined) ?? null
}
