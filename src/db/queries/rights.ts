import { and, asc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { acts, editions, organizations, people, pitches, recordings, tracks, workHolds, workWriters, works } from '../schema/index.ts'
import type { HoldTerms } from '../../domain/availability.ts'

/** A stored hold: its terms for the domain plus what the API shows besides. */
export interface HoldRecord {
  terms: HoldTerms
  workId: string
  notes: string
  version: number
  createdAt: Date
  updatedAt: Date
}

/** Holds of a workspace with their holders' names, filtered by works or by id; oldest start first. */
export async function listHoldRecords(db: Db, workspaceId: string, opts: { workIds?: readonly string[]; holdId?: string } = {}): Promise<HoldRecord[]> {
  const filters: SQL[] = [eq(workHolds.workspaceId, workspaceId)]
  if (opts.workIds) {
    if (opts.workIds.length === 0) return []
    filters.push(inArray(workHolds.workId, [...opts.workIds]))
  }
  if (opts.holdId) filters.push(eq(workHolds.id, opts.holdId))
  const rows = await db
    .select({ h: workHolds, organizationName: organizations.name, actName: acts.name, personName: people.name })
    .from(workHolds)
    .leftJoin(organizations, and(eq(organizations.workspaceId, workHolds.workspaceId), eq(organizations.id, workHolds.holderOrganizationId)))
    .leftJoin(acts, and(eq(acts.workspaceId, workHolds.workspaceId), eq(acts.id, workHolds.holderActId)))
    .leftJoin(people, and(eq(people.workspaceId, workHolds.workspaceId), eq(people.id, workHolds.holderPersonId)))
    .where(and(...filters))
    .orderBy(asc(workHolds.startsOn), asc(workHolds.id))
  return rows.map(({ h, organizationName, actName, personName }) => ({
    terms: {
      id: h.id,
      kind: h.kind,
      holder: {
        kind: h.holderKind,
        id: (h.holderOrganizationId ?? h.holderActId ?? h.holderPersonId)!,
        name: (h.holderKind === 'organization' ? organizationName : h.holderKind === 'act' ? actName : personName) ?? '',
      },
      startsOn: h.startsOn,
      period: h.periodMonths === null && h.periodDays === null ? null : { months: h.periodMonths ?? 0, days: h.periodDays ?? 0 },
      endsOn: h.endsOn,
      endsOnRelease: h.endsOnRelease,
    },
    workId: h.workId,
    notes: h.notes,
    version: h.version,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
  }))
}

/** The release dates (partial, as stored) of every edition carrying a recording of each work. */
export async function listWorkReleaseDates(db: Db, workspaceId: string, workIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(workIds.map((id) => [id, []]))
  if (workIds.length === 0) return result
  const rows = await db
    .selectDistinct({ workId: recordings.workId, releaseDate: editions.releaseDate })
    .from(tracks)
    .innerJoin(recordings, and(eq(recordings.workspaceId, tracks.workspaceId), eq(recordings.id, tracks.recordingId)))
    .innerJoin(editions, and(eq(editions.workspaceId, tracks.workspaceId), eq(editions.id, tracks.editionId)))
    .where(and(eq(tracks.workspaceId, workspaceId), inArray(recordings.workId, [...workIds]), isNotNull(editions.releaseDate)))
  for (const row of rows) result.get(row.workId)?.push(row.releaseDate!)
  return result
}

/** Works with their titles and writers' names; all works of the workspace, or those a person wrote. */
export async function listWorksWithWriters(db: Db, workspaceId: string, opts: { writerPersonId?: string; workIds?: readonly string[] } = {}) {
  const filters: SQL[] = [eq(works.workspaceId, workspaceId)]
  if (opts.workIds) {
    if (opts.workIds.length === 0) return []
    filters.push(inArray(works.id, [...opts.workIds]))
  }
  if (opts.writerPersonId) {
    const own = db
      .select({ id: workWriters.workId })
      .from(workWriters)
      .where(and(eq(workWriters.workspaceId, workspaceId), eq(workWriters.personId, opts.writerPersonId)))
    filters.push(inArray(works.id, own))
  }
  const rows = await db
    .select({ id: works.id, title: works.title })
    .from(works)
    .where(and(...filters))
    .orderBy(asc(works.title), asc(works.id))
  if (rows.length === 0) return []
  const writers = await db
    .select({ workId: workWriters.workId, personId: workWriters.personId, name: people.name })
    .from(workWriters)
    .innerJoin(people, and(eq(people.workspaceId, workWriters.workspaceId), eq(people.id, workWriters.personId)))
    .where(
      and(
        eq(workWriters.workspaceId, workspaceId),
        inArray(
          workWriters.workId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(workWriters.position))
  return rows.map((w) => {
    const own = writers.filter((x) => x.workId === w.id)
    return { id: w.id, title: w.title, writerNames: own.map((x) => x.name), writerPersonIds: own.map((x) => x.personId) }
  })
}

const pitchColumns = {
  id: pitches.id,
  workId: pitches.workId,
  workTitle: works.title,
  actId: pitches.actId,
  actName: acts.name,
  givenName: pitches.artistName,
  status: pitches.status,
  pitchedOn: pitches.pitchedOn,
  statusOn: pitches.statusOn,
  notes: pitches.notes,
  version: pitches.version,
  createdAt: pitches.createdAt,
  updatedAt: pitches.updatedAt,
}

/** Pitches with the work's title and the artist's name, newest first; of one work, or one pitch. */
export async function listPitchRecords(db: Db, workspaceId: string, opts: { workId?: string; pitchId?: string } = {}) {
  const filters: SQL[] = [eq(pitches.workspaceId, workspaceId)]
  if (opts.workId) filters.push(eq(pitches.workId, opts.workId))
  if (opts.pitchId) filters.push(eq(pitches.id, opts.pitchId))
  const rows = await db
    .select(pitchColumns)
    .from(pitches)
    .innerJoin(works, and(eq(works.workspaceId, pitches.workspaceId), eq(works.id, pitches.workId)))
    .leftJoin(acts, and(eq(acts.workspaceId, pitches.workspaceId), eq(acts.id, pitches.actId)))
    .where(and(...filters))
    .orderBy(asc(pitches.pitchedOn), asc(pitches.id))
  return rows.map(({ actName, givenName, createdAt, updatedAt, ...rest }) => ({
    ...rest,
    artistName: actName ?? givenName ?? '',
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  }))
}

/** The name of a hold's holder (an organisation, an act or a person of the workspace), or null when there is none. */
export async function holderName(db: Db, workspaceId: string, holder: { kind: 'organization' | 'act' | 'person'; id: string }): Promise<string | null> {
  const table = holder.kind === 'organization' ? organizations : holder.kind === 'act' ? acts : people
  const [row] = await db
    .select({ name: table.name })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId), eq(table.id, holder.id)))
  return row?.name ?? null
}
