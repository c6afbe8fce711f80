import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { acts, editions, people, placements, recordingFeatured, recordingLeads, recordings, releaseGroups, tracks, works } from '../schema/index.ts'
import type { Recording, RecordingSummary } from '../../contract/catalog.ts'
import type { Mode, PitchClass, RecordingKind, StageNeed } from '../../domain/catalog.ts'
import { likePattern } from './people.ts'

/** A recording without its own title is shown under its work's title. */
const shownTitle = sql<string>`coalesce(${recordings.title}, ${works.title})`

function recordingFilters(workspaceId: string, opts: { q?: string; actId?: string; workId?: string; ids?: string[] }): SQL[] {
  const filters = [eq(recordings.workspaceId, workspaceId)]
  if (opts.q) filters.push(or(ilike(recordings.title, likePattern(opts.q)), ilike(works.title, likePattern(opts.q)))!)
  if (opts.actId) filters.push(eq(recordings.actId, opts.actId))
  if (opts.workId) filters.push(eq(recordings.workId, opts.workId))
  if (opts.ids) filters.push(inArray(recordings.id, opts.ids.length ? opts.ids : ['00000000-0000-0000-0000-000000000000']))
  return filters
}

function baseQuery(db: Db, filters: SQL[]) {
  return db
    .select({ r: recordings, workTitle: works.title, actName: acts.name, title: shownTitle })
    .from(recordings)
    .innerJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .innerJoin(acts, and(eq(acts.workspaceId, recordings.workspaceId), eq(acts.id, recordings.actId)))
    .where(and(...filters))
    .orderBy(asc(shownTitle), asc(acts.name), asc(recordings.id))
}

/** The short form a work or a track list shows. */
export async function listRecordingSummaries(db: Db, workspaceId: string, opts: { workId?: string }): Promise<RecordingSummary[]> {
  const rows = await baseQuery(db, recordingFilters(workspaceId, opts))
  return rows.map(({ r, actName, title }) => ({ id: r.id, title, actId: r.actId, actName, kind: r.kind as RecordingKind, durationSeconds: r.durationSeconds }))
}

/** Recordings with their credits and where they were released and placed. */
export async function listRecordings(
  db: Db,
  workspaceId: string,
  opts: { q?: string; actId?: string; workId?: string; ids?: string[] } = {},
): Promise<Recording[]> {
  const rows = await baseQuery(db, recordingFilters(workspaceId, opts))
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.r.id)
  const leads = await db
    .select({ recordingId: recordingLeads.recordingId, personId: recordingLeads.personId, name: people.name })
    .from(recordingLeads)
    .innerJoin(people, and(eq(people.workspaceId, recordingLeads.workspaceId), eq(people.id, recordingLeads.personId)))
    .where(and(eq(recordingLeads.workspaceId, workspaceId), inArray(recordingLeads.recordingId, ids)))
    .orderBy(asc(recordingLeads.position))
  const featured = await db
    .select({ recordingId: recordingFeatured.recordingId, actId: recordingFeatured.actId, name: acts.name, credit: recordingFeatured.credit })
    .from(recordingFeatured)
    .innerJoin(acts, and(eq(acts.workspaceId, recordingFeatured.workspaceId), eq(acts.id, recordingFeatured.actId)))
    .where(and(eq(recordingFeatured.workspaceId, workspaceId), inArray(recordingFeatured.recordingId, ids)))
    .orderBy(asc(recordingFeatured.position))
  const releases = await db
    .select({
      recordingId: tracks.recordingId,
      releaseGroupId: releaseGroups.id,
      title: releaseGroups.title,
      editionName: editions.name,
      medium: tracks.medium,
      position: tracks.position,
    })
    .from(tracks)
    .innerJoin(editions, and(eq(editions.workspaceId, tracks.workspaceId), eq(editions.id, tracks.editionId)))
    .innerJoin(releaseGroups, and(eq(releaseGroups.workspaceId, editions.workspaceId), eq(releaseGroups.id, editions.releaseGroupId)))
    .where(and(eq(tracks.workspaceId, workspaceId), inArray(tracks.recordingId, ids)))
    .orderBy(asc(releaseGroups.title), asc(releaseGroups.id), asc(editions.position), asc(tracks.medium), asc(tracks.position))
  const placed = await db
    .select()
    .from(placements)
    .where(and(eq(placements.workspaceId, workspaceId), inArray(placements.recordingId, ids)))
    .orderBy(asc(placements.series), asc(placements.season), asc(placements.episodeNumber), asc(placements.airDate), asc(placements.id))
  return rows.map(({ r, workTitle, actName, title }) => ({
    id: r.id,
    workId: r.workId,
    workTitle,
    actId: r.actId,
    actName,
    title,
    ownTitle: r.title,
    kind: r.kind as RecordingKind,
    durationSeconds: r.durationSeconds,
    key: r.key as PitchClass | null,
    mode: r.mode as Mode | null,
    tempoBpm: r.tempoBpm,
    energy: r.energy,
    needs: r.needs as StageNeed[],
    recordedOn: r.recordedOn,
    notes: r.notes,
    leads: leads.filter((l) => l.recordingId === r.id).map(({ personId, name }) => ({ personId, name })),
    featured: featured.filter((f) => f.recordingId === r.id).map(({ actId, name, credit }) => ({ actId, name, credit })),
    releases: releases.filter((x) => x.recordingId === r.id).map(({ recordingId: _, ...rest }) => rest),
    placements: placed
      .filter((p) => p.recordingId === r.id)
      .map((p) => ({ id: p.id, series: p.series, season: p.season, episodeNumber: p.episodeNumber, episodeTitle: p.episodeTitle, airDate: p.airDate })),
    version: r.version,
  }))
}

export async function getRecording(db: Db, workspaceId: string, id: string): Promise<Recording | null> {
  const [r] = await listRecordings(db, workspaceId, { ids: [id] })
  return r ?? null
}

/** Which of these recording ids are not recordings of the workspace (for field errors). */
export async function missingRecordings(db: Db, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const found = await db
    .select({ id: recordings.id })
    .from(recordings)
    .where(and(eq(recordings.workspaceId, workspaceId), inArray(recordings.id, [...new Set(ids)])))
  const have = new Set(found.map((r) => r.id))
  return new Set(ids.filter((id) => !have.has(id)))
}

/** The ids of an act's recordings (its repertoire). */
export async function listActRecordingIds(db: Db, workspaceId: string, actId: string): Promise<string[]> {
  const rows = await db
    .select({ id: recordings.id })
    .from(recordings)
    .where(and(eq(recordings.workspaceId, workspaceId), eq(recordings.actId, actId)))
  return rows.map((r) => r.id)
}
