import { and, asc, desc, eq, inArray, min, ne, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { actPlannerSettings, acts, editions, people, plannerRuns, plannerSuggestions, recordingFeatured, recordingLeads, recordings, tracks, works } from '../schema/index.ts'

export type PlannerRunRow = typeof plannerRuns.$inferSelect

const NO_ID = '00000000-0000-0000-0000-000000000000'
const someIds = (ids: readonly string[]) => (ids.length ? [...ids] : [NO_ID])

/** Everything the planner knows about one recording of an act's repertoire. */
export interface RepertoireRow {
  id: string
  workId: string
  kind: string
  title: string
  durationSeconds: number | null
  key: string | null
  mode: string | null
  tempoBpm: number | null
  energy: number | null
  needs: string[]
  leadPersonIds: string[]
  featuredActNames: string[]
  firstReleaseDate: string | null
}

/** The act's recordings other than demos, with leads, featured acts and first release date. */
export async function listRepertoireRows(db: Db, workspaceId: string, actId: string): Promise<RepertoireRow[]> {
  const rows = await db
    .select({
      id: recordings.id, workId: recordings.workId, kind: recordings.kind, title: sql<string>`coalesce(${recordings.title}, ${works.title})`,
      durationSeconds: recordings.durationSeconds, key: recordings.key, mode: recordings.mode, tempoBpm: recordings.tempoBpm, energy: recordings.energy, needs: recordings.needs,
    })
    .from(recordings)
    .innerJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .where(and(eq(recordings.workspaceId, workspaceId), eq(recordings.actId, actId), ne(recordings.kind, 'demo')))
    .orderBy(asc(works.title), asc(recordings.id))
  const ids = rows.map((r) => r.id)
  const leads = await db
    .select({ recordingId: recordingLeads.recordingId, personId: recordingLeads.personId })
    .from(recordingLeads)
    .where(and(eq(recordingLeads.workspaceId, workspaceId), inArray(recordingLeads.recordingId, someIds(ids))))
    .orderBy(asc(recordingLeads.position))
  const featured = await db
    .select({ recordingId: recordingFeatured.recordingId, name: acts.name })
    .from(recordingFeatured)
    .innerJoin(acts, and(eq(acts.workspaceId, recordingFeatured.workspaceId), eq(acts.id, recordingFeatured.actId)))
    .where(and(eq(recordingFeatured.workspaceId, workspaceId), inArray(recordingFeatured.recordingId, someIds(ids))))
    .orderBy(asc(recordingFeatured.position))
  const released = await db
    .select({ recordingId: tracks.recordingId, first: min(editions.releaseDate) })
    .from(tracks)
    .innerJoin(editions, and(eq(editions.workspaceId, tracks.workspaceId), eq(editions.id, tracks.editionId)))
    .where(and(eq(tracks.workspaceId, workspaceId), inArray(tracks.recordingId, someIds(ids))))
    .groupBy(tracks.recordingId)
  const firstRelease = new Map(released.map((r) => [r.recordingId, r.first]))
  return rows.map((r) => ({
    ...r,
    leadPersonIds: leads.filter((l) => l.recordingId === r.id).map((l) => l.personId),
    featuredActNames: featured.filter((f) => f.recordingId === r.id).map((f) => f.name),
    firstReleaseDate: firstRelease.get(r.id) ?? null,
  }))
}

export async function getPlannerSettingsRow(db: Db, workspaceId: string, actId: string) {
  const [row] = await db.select().from(actPlannerSettings).where(and(eq(actPlannerSettings.workspaceId, workspaceId), eq(actPlannerSettings.actId, actId)))
  return row ?? null
}

export async function getPlannerRunRow(db: Db, workspaceId: string, id: string): Promise<(PlannerRunRow & { requestedByName: string }) | null> {
  const [row] = await db
    .select({ run: plannerRuns, requestedByName: people.name })
    .from(plannerRuns)
    .innerJoin(people, and(eq(people.workspaceId, plannerRuns.workspaceId), eq(people.id, plannerRuns.requestedBy)))
    .where(and(eq(plannerRuns.workspaceId, workspaceId), eq(plannerRuns.id, id)))
  return row ? { ...row.run, requestedByName: row.requestedByName } : null
}

export async function listPlannerRunRows(db: Db, workspaceId: string, filter: { actId?: string; targetId?: string; limit: number }) {
  const where = [eq(plannerRuns.workspaceId, workspaceId)]
  if (filter.actId) where.push(eq(plannerRuns.actId, filter.actId))
  if (filter.targetId) where.push(eq(plannerRuns.targetId, filter.targetId))
  const rows = await db
    .select({ run: plannerRuns, requestedByName: people.name })
    .from(plannerRuns)
    .innerJoin(people, and(eq(people.workspaceId, plannerRuns.workspaceId), eq(people.id, plannerRuns.requestedBy)))
    .where(and(...where))
    .orderBy(desc(plannerRuns.createdAt), desc(plannerRuns.id))
    .limit(filter.limit)
  return rows.map((r) => ({ ...r.run, requestedByName: r.requestedByName }))
}

export async function updatePlannerRun(db: Db, workspaceId: string, id: string, set: Partial<typeof plannerRuns.$inferInsert>): Promise<void> {
  await db.update(plannerRuns).set(set).where(and(eq(plannerRuns.workspaceId, workspaceId), eq(plannerRuns.id, id)))
}

export async function getPlannerSuggestionRow(db: Db, workspaceId: string, versionId: string) {
  const [row] = await db.select().from(plannerSuggestions).where(and(eq(plannerSuggestions.workspaceId, workspaceId), eq(plannerSuggestions.versionId, versionId)))
  return row ?? null
}
