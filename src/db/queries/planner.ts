import { and, asc, desc, eq, inArray, min, ne, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import {
  actPlannerSettings,
  acts,
  editions,
  releaseGroups,
  people,
  plannerRuns,
  plannerSuggestions,
  recordingFeatured,
  recordingLeads,
  recordings,
  tourPlannerSettings,
  tours,
  tracks,
  works,
} from '../schema/index.ts'

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
  /** Released as a single (on an edition of a release group of kind single): a default core song of the rotation. */
  single: boolean
}

/** The act's recordings other than demos, with leads, featured acts and first release date. */
export async function listRepertoireRows(db: Db, workspaceId: string, actId: string): Promise<RepertoireRow[]> {
  const rows = await db
    .select({
      id: recordings.id,
      workId: recordings.workId,
      kind: recordings.kind,
      title: sql<string>`coalesce(${recordings.title}, ${works.title})`,
      durationSeconds: recordings.durationSeconds,
      key: recordings.key,
      mode: recordings.mode,
      tempoBpm: recordings.tempoBpm,
      energy: recordings.energy,
      needs: recordings.needs,
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
  const singles = await db
    .selectDistinct({ recordingId: tracks.recordingId })
    .from(tracks)
    .innerJoin(editions, and(eq(editions.workspaceId, tracks.workspaceId), eq(editions.id, tracks.editionId)))
    .innerJoin(releaseGroups, and(eq(releaseGroups.workspaceId, editions.workspaceId), eq(releaseGroups.id, editions.releaseGroupId)))
    .where(and(eq(tracks.workspaceId, workspaceId), inArray(tracks.recordingId, someIds(ids)), eq(releaseGroups.kind, 'single')))
  const isSingle = new Set(singles.map((r) => r.recordingId))
  return rows.map((r) => ({
    ...r,
    leadPersonIds: leads.filter((l) => l.recordingId === r.id).map((l) => l.personId),
    featuredActNames: featured.filter((f) => f.recordingId === r.id).map((f) => f.name),
    firstReleaseDate: firstRelease.get(r.id) ?? null,
    single: isSingle.has(r.id),
  }))
}

export async function getPlannerSettingsRow(db: Db, workspaceId: string, actId: string) {
  const [row] = await db
    .select()
    .from(actPlannerSettings)
    .where(and(eq(actPlannerSettings.workspaceId, workspaceId), eq(actPlannerSettings.actId, actId)))
  return row ?? null
}

/** A tour's own rotation row, with the tour's act (tour null when the workspace has no such tour; row null when it follows the act). */
export async function getTourRotationRow(
  db: Db,
  workspaceId: string,
  tourId: string,
): Promise<{ actId: string; row: { rotation: unknown; version: number } | null } | null> {
  const [t] = await db
    .select({ actId: tours.actId, rotation: tourPlannerSettings.rotation, version: tourPlannerSettings.version })
    .from(tours)
    .leftJoin(tourPlannerSettings, and(eq(tourPlannerSettings.workspaceId, tours.workspaceId), eq(tourPlannerSettings.tourId, tours.id)))
    .where(and(eq(tours.workspaceId, workspaceId), eq(tours.id, tourId)))
  if (!t) return null
  return { actId: t.actId, row: t.version === null ? null : { rotation: t.rotation, version: t.version } }
}

/**
 * Writes a tour's rotation: version 0 inserts (nothing when a row exists), a version replaces the row
 * it names (nothing when stale), a null rotation deletes the row at that version. Returns the rows touched.
 */
export async function writeTourRotation(db: Db, workspaceId: string, tourId: string, rotation: unknown | null, version: number, now: Date): Promise<number> {
  const at = and(eq(tourPlannerSettings.workspaceId, workspaceId), eq(tourPlannerSettings.tourId, tourId))
  if (rotation === null) {
    return (
      await db
        .delete(tourPlannerSettings)
        .where(and(at, eq(tourPlannerSettings.version, version)))
        .returning({ tourId: tourPlannerSettings.tourId })
    ).length
  }
  if (!version)
    return (
      await db
        .insert(tourPlannerSettings)
        .values({ workspaceId, tourId, rotation, updatedAt: now })
        .onConflictDoNothing()
        .returning({ tourId: tourPlannerSettings.tourId })
    ).length
  return (
    await db
      .update(tourPlannerSettings)
      .set({ rotation, updatedAt: now, version: sql`${tourPlannerSettings.version} + 1` })
      .where(and(at, eq(tourPlannerSettings.version, version)))
      .returning({ tourId: tourPlannerSettings.tourId })
  ).length
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
  await db
    .update(plannerRuns)
    .set(set)
    .where(and(eq(plannerRuns.workspaceId, workspaceId), eq(plannerRuns.id, id)))
}

/**
 * Takes a run for the try that is about to plan it (ADR 029): queued, or left running by a try whose
 * instance died, and not asked to stop. False when it ended meanwhile (cancelled, or done by an
 * earlier try), so a run is never planned twice.
 */
export async function claimPlannerRun(db: Db, workspaceId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(plannerRuns)
    .set({ status: 'running', startedAt: now, progress: 0 })
    .where(
      and(
        eq(plannerRuns.workspaceId, workspaceId),
        eq(plannerRuns.id, id),
        inArray(plannerRuns.status, ['queued', 'running']),
        eq(plannerRuns.cancelRequested, 0),
      ),
    )
    .returning({ id: plannerRuns.id })
  return rows.length === 1
}

/** Ends a run that no try has taken yet as cancelled; false when one has (it stops itself). */
export async function cancelQueuedPlannerRun(db: Db, workspaceId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(plannerRuns)
    .set({ status: 'cancelled', finishedAt: now })
    .where(and(eq(plannerRuns.workspaceId, workspaceId), eq(plannerRuns.id, id), eq(plannerRuns.status, 'queued')))
    .returning({ id: plannerRuns.id })
  return rows.length === 1
}

export async function getPlannerSuggestionRow(db: Db, workspaceId: string, versionId: string) {
  const [row] = await db
    .select()
    .from(plannerSuggestions)
    .where(and(eq(plannerSuggestions.workspaceId, workspaceId), eq(plannerSuggestions.versionId, versionId)))
  return row ?? null
}
