import { and, asc, eq, gt, inArray, lt, type SQL } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { acts, commitmentPeople, commitments, people, venues } from '../schema/index.ts'
import type { Commitment } from '../../contract/touring.ts'
import type { CommitmentKind } from '../../domain/touring.ts'

/** A commitment as stored, with its people; its current conflicts are computed by the use case. */
export type CommitmentRecord = Omit<Commitment, 'conflicts'>

export interface CommitmentFilter {
  personId?: string
  actId?: string
  /** Only commitments that end after `from` and start before `to`. */
  from?: Date
  to?: Date
}

function filterOf(db: Db, workspaceId: string, filter: CommitmentFilter & { id?: string }): SQL {
  const where = [eq(commitments.workspaceId, workspaceId)]
  if (filter.id) where.push(eq(commitments.id, filter.id))
  if (filter.actId) where.push(eq(commitments.actId, filter.actId))
  if (filter.from) where.push(gt(commitments.endsAt, filter.from))
  if (filter.to) where.push(lt(commitments.startsAt, filter.to))
  if (filter.personId) {
    const attended = db
      .select({ id: commitmentPeople.commitmentId })
      .from(commitmentPeople)
      .where(and(eq(commitmentPeople.workspaceId, workspaceId), eq(commitmentPeople.personId, filter.personId)))
    where.push(inArray(commitments.id, attended))
  }
  return and(...where)!
}

/** Commitments of a workspace by start, filtered by person, act and time range, each with its people. */
export async function listCommitments(db: Db, workspaceId: string, filter: CommitmentFilter & { id?: string } = {}): Promise<CommitmentRecord[]> {
  const where = filterOf(db, workspaceId, filter)
  const rows = await db
    .select({ c: commitments, actName: acts.name })
    .from(commitments)
    .leftJoin(acts, and(eq(acts.workspaceId, commitments.workspaceId), eq(acts.id, commitments.actId)))
    .where(where)
    .orderBy(asc(commitments.startsAt), asc(commitments.id))
  if (rows.length === 0) return []
  // The same filter as a subquery, so a long list never turns into thousands of parameters.
  const matching = db.select({ id: commitments.id }).from(commitments).where(where)
  const attendees = await db
    .select({ commitmentId: commitmentPeople.commitmentId, personId: commitmentPeople.personId, personName: people.name })
    .from(commitmentPeople)
    .innerJoin(people, and(eq(people.workspaceId, commitmentPeople.workspaceId), eq(people.id, commitmentPeople.personId)))
    .where(and(eq(commitmentPeople.workspaceId, workspaceId), inArray(commitmentPeople.commitmentId, matching)))
    .orderBy(asc(people.name), asc(people.id))
  const peopleOf = new Map<string, { personId: string; personName: string }[]>()
  for (const a of attendees) peopleOf.set(a.commitmentId, [...(peopleOf.get(a.commitmentId) ?? []), { personId: a.personId, personName: a.personName }])
  return rows.map(({ c, actName }) => ({
    id: c.id,
    kind: c.kind as CommitmentKind,
    title: c.title,
    actId: c.actId,
    actName,
    venueId: c.venueId,
    locationName: c.locationName,
    latitude: c.latitude,
    longitude: c.longitude,
    timeZone: c.timeZone,
    startDate: c.startDate,
    startTime: c.startTime,
    endDate: c.endDate,
    endTime: c.endTime,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    outlet: c.outlet,
    journalist: c.journalist,
    embargoNotes: c.embargoNotes,
    notes: c.notes,
    people: peopleOf.get(c.id) ?? [],
    version: c.version,
  }))
}

export async function getCommitment(db: Db, workspaceId: string, id: string): Promise<CommitmentRecord | null> {
  const [found] = await listCommitments(db, workspaceId, { id })
  return found ?? null
}

/** Where a venue of the workspace is, for commitments held there; null when there is no such venue. */
export async function findVenuePlace(
  db: Db,
  workspaceId: string,
  venueId: string,
): Promise<{ name: string; city: string; latitude: number | null; longitude: number | null } | null> {
  const [row] = await db
    .select({ name: venues.name, city: venues.city, latitude: venues.latitude, longitude: venues.longitude })
    .from(venues)
    .where(and(eq(venues.workspaceId, workspaceId), eq(venues.id, venueId)))
  return row ?? null
}
