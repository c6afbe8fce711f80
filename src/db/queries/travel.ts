import { and, asc, eq, gt, inArray, lt, type SQL } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { people, travelJourneys, travelPassengers, travelSegmentPassengers, travelSegments } from '../schema/index.ts'
import { bookedJourneyOf, type BookedJourney } from '../../domain/travel.ts'

/** A segment with the people on it (ADR 050 amended), in the order of the journey's passengers. */
export type SegmentRow = typeof travelSegments.$inferSelect & { passengerIds: string[] }
export interface PassengerRow {
  personId: string
  personName: string
}
export type JourneyRow = typeof travelJourneys.$inferSelect & { segments: SegmentRow[]; passengers: PassengerRow[] }

export interface JourneyFilter {
  ids?: string[]
  tourId?: string
  /** Journeys still under way at or after this instant (arriving after it). */
  from?: Date
  /** Journeys leaving before this instant. */
  to?: Date
  /** Only journeys with this passenger. */
  passengerId?: string
}

const NONE = '00000000-0000-0000-0000-000000000000'

/** Journeys by first departure, each with its segments in order and its passengers. */
export async function listJourneyRows(db: Db, workspaceId: string, filter: JourneyFilter = {}): Promise<JourneyRow[]> {
  const where: SQL[] = [eq(travelJourneys.workspaceId, workspaceId)]
  if (filter.ids) where.push(inArray(travelJourneys.id, filter.ids.length ? filter.ids : [NONE]))
  if (filter.tourId) where.push(eq(travelJourneys.tourId, filter.tourId))
  if (filter.from) where.push(gt(travelJourneys.arrivesAt, filter.from))
  if (filter.to) where.push(lt(travelJourneys.departsAt, filter.to))
  if (filter.passengerId) {
    const mine = db
      .select({ id: travelPassengers.journeyId })
      .from(travelPassengers)
      .where(and(eq(travelPassengers.workspaceId, workspaceId), eq(travelPassengers.personId, filter.passengerId)))
    where.push(inArray(travelJourneys.id, mine))
  }
  const journeys = await db
    .select()
    .from(travelJourneys)
    .where(and(...where))
    .orderBy(asc(travelJourneys.departsAt), asc(travelJourneys.id))
  if (journeys.length === 0) return []
  const ids = journeys.map((j) => j.id)
  const segments = await db
    .select()
    .from(travelSegments)
    .where(and(eq(travelSegments.workspaceId, workspaceId), inArray(travelSegments.journeyId, ids)))
    .orderBy(asc(travelSegments.position))
  const passengers = await db
    .select({ journeyId: travelPassengers.journeyId, personId: travelPassengers.personId, personName: people.name })
    .from(travelPassengers)
    .innerJoin(people, and(eq(people.workspaceId, travelPassengers.workspaceId), eq(people.id, travelPassengers.personId)))
    .where(and(eq(travelPassengers.workspaceId, workspaceId), inArray(travelPassengers.journeyId, ids)))
    .orderBy(asc(travelPassengers.position))
  const aboard = await db
    .select({ segmentId: travelSegmentPassengers.segmentId, personId: travelSegmentPassengers.personId })
    .from(travelSegmentPassengers)
    .where(and(eq(travelSegmentPassengers.workspaceId, workspaceId), inArray(travelSegmentPassengers.journeyId, ids)))
  const onSegment = new Map<string, Set<string>>()
  for (const a of aboard) onSegment.set(a.segmentId, (onSegment.get(a.segmentId) ?? new Set()).add(a.personId))
  const passengersOf = new Map<string, PassengerRow[]>()
  for (const { journeyId, ...p } of passengers) passengersOf.set(journeyId, [...(passengersOf.get(journeyId) ?? []), p])
  const segmentsOf = new Map<string, SegmentRow[]>()
  for (const s of segments) {
    const on = onSegment.get(s.id)
    const passengerIds = (passengersOf.get(s.journeyId) ?? []).flatMap((p) => (on?.has(p.personId) ? [p.personId] : []))
    segmentsOf.set(s.journeyId, [...(segmentsOf.get(s.journeyId) ?? []), { ...s, passengerIds }])
  }
  return journeys.map((j) => ({ ...j, segments: segmentsOf.get(j.id) ?? [], passengers: passengersOf.get(j.id) ?? [] }))
}

export async function getJourneyRow(db: Db, workspaceId: string, id: string): Promise<JourneyRow | null> {
  return (await listJourneyRows(db, workspaceId, { ids: [id] }))[0] ?? null
}

/**
 * A person's booked journeys under way in [from, to), as the conflict check reads them (ADR 036):
 * each run of consecutive segments the person is on (ADR 050 amended) as one trip from its first
 * departure to its last arrival. Someone on the first flight only is carried by that flight only;
 * someone who leaves the journey and rejoins it later has two trips.
 */
export async function listPersonJourneys(db: Db, workspaceId: string, personId: string, from: Date, to: Date): Promise<BookedJourney[]> {
  const rows = await listJourneyRows(db, workspaceId, { passengerId: personId, from, to })
  return rows.flatMap((j) => runsOf(j.segments, personId).flatMap((run) => bookedJourneyOf(j.id, run) ?? []))
}

/** The runs of consecutive segments a person is on, in order. */
export function runsOf(segments: readonly SegmentRow[], personId: string): SegmentRow[][] {
  const runs: SegmentRow[][] = []
  let run: SegmentRow[] = []
  for (const s of segments) {
    if (s.passengerIds.includes(personId)) run.push(s)
    else if (run.length) {
      runs.push(run)
      run = []
    }
  }
  if (run.length) runs.push(run)
  return runs
}
