import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { DaySheet } from '../../contract/road.ts'
import type { Journey, JourneyBodySchema, TravelSegment, UpdateJourneyBodySchema } from '../../contract/travel.ts'
import type { Db } from '../../db/client.ts'
import type { FeedTravelSegment } from '../../interop/icalendar/road-events.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { tourActId } from '../../db/queries/road.ts'
import { getJourneyRow, listJourneyRows, type JourneyRow, type SegmentRow } from '../../db/queries/travel.ts'
import { FOREIGN_KEY_VIOLATION, sqlState } from '../../db/errors.ts'
import { travelJourneyRows, travelPassengerRows, travelSegmentPassengerRows, travelSegmentRows } from '../../db/writes/documents.ts'
import { allAirports, type Airport } from '../../domain/airports.ts'
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { readsEveryConfirmationNumber } from '../../domain/permissions.ts'
import { addDays, instantToLocalDate, instantToLocalTime, startOfLocalDay } from '../../domain/local-time.ts'
import { minutesBetween, resolveSegments, type ResolvedSegment } from '../../domain/travel.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf, type Reader } from '../read-access.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { publishRoadChange } from './road-events.ts'

type JourneyBody = z.output<typeof JourneyBodySchema>
type UpdateJourneyBody = z.output<typeof UpdateJourneyBodySchema>

/**
 * A journey as its reader sees it (ADR 036): a segment's booking reference only for the passengers
 * of that segment (ADR 050 amended) and the roles that read every confirmation number (owners and
 * managers, ADR 039); a reader who reads only their own (a viewer) sees only the journeys they
 * travel on, and of them only the segments they are on, without notes; any other is null.
 */
function present(journey: JourneyRow, reader: Reader): Journey | null {
  const me = reader.personId
  const aboard = me !== null && journey.passengers.some((p) => p.personId === me)
  if (!reader.whole && !aboard) return null
  const readsAll = readsEveryConfirmationNumber(reader.actor.role)
  const onIt = (s: SegmentRow) => me !== null && s.passengerIds.includes(me)
  return {
    id: journey.id,
    tourId: journey.tourId,
    title: journey.title,
    notes: reader.whole ? journey.notes : '',
    departsAt: journey.departsAt.toISOString(),
    arrivesAt: journey.arrivesAt.toISOString(),
    durationMinutes: minutesBetween(journey.departsAt, journey.arrivesAt),
    version: journey.version,
    updatedAt: journey.updatedAt.toISOString(),
    passengers: journey.passengers,
    segments: (reader.whole ? journey.segments : journey.segments.filter(onIt)).map((s): TravelSegment => ({
      id: s.id,
      mode: s.mode as TravelSegment['mode'],
      from: { iata: s.fromIata, name: s.fromName, timeZone: s.fromTimeZone, latitude: s.fromLatitude, longitude: s.fromLongitude },
      to: { iata: s.toIata, name: s.toName, timeZone: s.toTimeZone, latitude: s.toLatitude, longitude: s.toLongitude },
      departureDate: s.departureDate,
      departureTime: s.departureTime,
      departsAt: s.departsAt.toISOString(),
      arrivalDate: s.arrivalDate,
      arrivalTime: s.arrivalTime,
      arrivesAt: s.arrivesAt.toISOString(),
      durationMinutes: minutesBetween(s.departsAt, s.arrivesAt),
      number: s.number,
      carrier: s.carrier,
      bookingReference: readsAll || onIt(s) ? s.bookingReference || null : null,
      confirmed: s.confirmed,
      notes: s.notes,
      passengerIds: s.passengerIds,
    })),
  }
}

/** Who reads: the table's scope, with the reader's own person even for a whole reader (a member's own booking reference). */
async function travelReader(deps: Deps, actor: Actor): Promise<Reader> {
  const reader = await readerOf(deps, actor, 'road')
  if (reader.personId || readsEveryConfirmationNumber(actor.role)) return reader
  return { ...reader, personId: await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId) }
}

/** The journey's references, places, times and passengers, checked; every problem named by its field (nothing is written before). */
async function checkJourney(db: Db, workspaceId: string, body: JourneyBody, current: JourneyRow | null): Promise<ResolvedSegment[]> {
  const resolved = resolveSegments(body.segments)
  const issues: FieldIssue[] = [...resolved.issues]
  if (body.tourId && !(await tourActId(db, workspaceId, body.tourId))) issues.push({ path: 'tourId', message: 'no such tour in this workspace' })
  const keptIds = new Set(current?.segments.map((s) => s.id) ?? [])
  const seen = new Set<string>()
  body.segments.forEach((s, n) => {
    if (s.id && (!keptIds.has(s.id) || seen.has(s.id)))
      issues.push({ path: `segments.${n}.id`, message: 'not a segment of this journey (leave it out for a new segment)' })
    if (s.id) seen.add(s.id)
  })
  const missing = await missingPeople(db, workspaceId, [...new Set(body.passengerIds)])
  const aboard = new Set<string>()
  body.passengerIds.forEach((personId, i) => {
    if (missing.has(personId)) issues.push({ path: `passengerIds.${i}`, message: 'no such person in this workspace' })
    else if (aboard.has(personId)) issues.push({ path: `passengerIds.${i}`, message: 'this passenger is on the journey already' })
    aboard.add(personId)
  })
  // Who is on each segment (ADR 050 amended): passengers of the journey, once each; every passenger on one segment at least.
  const onSomeSegment = new Set<string>()
  body.segments.forEach((s, n) => {
    if (!s.passengerIds) return void body.passengerIds.forEach((p) => onSomeSegment.add(p))
    const here = new Set<string>()
    s.passengerIds.forEach((personId, m) => {
      const path = `segments.${n}.passengerIds.${m}`
      if (!aboard.has(personId)) issues.push({ path, message: 'not a passenger of this journey (add them to its passengers first)' })
      else if (here.has(personId)) issues.push({ path, message: 'this passenger is on this segment already' })
      here.add(personId)
      onSomeSegment.add(personId)
    })
  })
  body.passengerIds.forEach((personId, i) => {
    if (!missing.has(personId) && !onSomeSegment.has(personId)) issues.push({ path: `passengerIds.${i}`, message: 'on no segment of this journey' })
  })
  if (issues.length) throw new ValidationError(issues)
  return resolved.segments
}

/** The journey's rows: a kept segment keeps its id, and its booking reference when none is sent. */
function rowsOf(workspaceId: string, journeyId: string, body: JourneyBody, resolved: ResolvedSegment[], current: JourneyRow | null) {
  const stored = new Map(current?.segments.map((s) => [s.id, s.bookingReference]) ?? [])
  const segments = body.segments.map((s, position) => {
    const r = resolved[position]!
    const id = s.id ?? uuidv7()
    return {
      workspaceId,
      id,
      journeyId,
      position,
      mode: s.mode,
      fromName: r.from.name,
      fromIata: r.from.iata,
      fromTimeZone: r.from.timeZone,
      fromLatitude: r.from.latitude,
      fromLongitude: r.from.longitude,
      departureDate: s.departureDate,
      departureTime: s.departureTime,
      departsAt: r.departsAt,
      toName: r.to.name,
      toIata: r.to.iata,
      toTimeZone: r.to.timeZone,
      toLatitude: r.to.latitude,
      toLongitude: r.to.longitude,
      arrivalDate: s.arrivalDate,
      arrivalTime: s.arrivalTime,
      arrivesAt: r.arrivesAt,
      number: s.number ?? '',
      carrier: s.carrier ?? '',
      bookingReference: s.bookingReference === undefined ? (stored.get(id) ?? '') : (s.bookingReference ?? ''),
      confirmed: s.confirmed,
      notes: s.notes ?? '',
    }
  })
  const passengers = body.passengerIds.map((personId, position) => ({ workspaceId, journeyId, personId, position }))
  // A segment without its own list takes the journey's passengers.
  const segmentPassengers = body.segments.flatMap((s, n) =>
    [...new Set(s.passengerIds ?? body.passengerIds)].map((personId) => ({ workspaceId, segmentId: segments[n]!.id, journeyId, personId })),
  )
  const columns = {
    tourId: body.tourId ?? null,
    title: body.title ?? '',
    notes: body.notes ?? '',
    departsAt: resolved[0]!.departsAt,
    arrivesAt: resolved[resolved.length - 1]!.arrivesAt,
  }
  return { columns, segments, passengers, segmentPassengers }
}

async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    if (sqlState(err) === FOREIGN_KEY_VIOLATION)
      throw new ConflictError('A tour or a passenger of this journey was removed by someone else meanwhile; reload and try again.')
    throw err
  }
}

async function loadJourney(deps: Deps, actor: Actor, journeyId: string): Promise<Journey | null> {
  const row = await getJourneyRow(deps.db, actor.workspaceId, journeyId)
  return row ? present(row, await travelReader(deps, actor)) : null
}

export async function getJourney(deps: Deps, actor: Actor, journeyId: string): Promise<Journey> {
  const journey = await loadJourney(deps, actor, journeyId)
  if (!journey) throw new NotFoundError('journey', journeyId)
  return journey
}

export interface JourneyListFilter {
  tourId?: string
  personId?: string
  /** Journeys under way on or after this instant. */
  from?: Date
  /** Journeys leaving before this instant. */
  to?: Date
}

/** Journeys by first departure; a viewer gets only their own. */
export async function listJourneys(deps: Deps, actor: Actor, filter: JourneyListFilter): Promise<Journey[]> {
  const reader = await travelReader(deps, actor)
  if (!reader.whole && !reader.personId) return []
  const passengerId = reader.whole ? filter.personId : reader.personId!
  if (!reader.whole && filter.personId && filter.personId !== reader.personId) return []
  const rows = await listJourneyRows(deps.db, actor.workspaceId, { tourId: filter.tourId, from: filter.from, to: filter.to, passengerId })
  return rows.flatMap((row) => present(row, reader) ?? [])
}

export async function createJourney(deps: Deps, actor: Actor, body: JourneyBody): Promise<Journey> {
  assertWritesAll(actor, 'road')
  const ws = actor.workspaceId
  const resolved = await checkJourney(deps.db, ws, body, null)
  const id = uuidv7()
  const now = deps.clock.now()
  const { columns, segments, passengers, segmentPassengers } = rowsOf(ws, id, body, resolved, null)
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      await travelJourneyRows.insert(tx, { workspaceId: ws, id, ...columns, createdAt: now, updatedAt: now })
      await travelSegmentRows.insert(tx, segments)
      await travelPassengerRows.insert(tx, passengers)
      await travelSegmentPassengerRows.insert(tx, segmentPassengers)
    }),
  )
  await publishRoadChange(
    deps,
    ws,
    'road.travel',
    { journeyId: id },
    passengers.map((p) => p.personId),
  )
  return getJourney(deps, actor, id)
}

export async function updateJourney(deps: Deps, actor: Actor, journeyId: string, body: UpdateJourneyBody): Promise<Journey> {
  assertWritesAll(actor, 'road')
  const ws = actor.workspaceId
  const current = await getJourneyRow(deps.db, ws, journeyId)
  if (!current) throw new NotFoundError('journey', journeyId)
  const resolved = await checkJourney(deps.db, ws, body, current)
  const { columns, segments, passengers, segmentPassengers } = rowsOf(ws, journeyId, body, resolved, current)
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const written = await travelJourneyRows.update(tx, ws, journeyId, { ...columns, updatedAt: deps.clock.now() }, body.version)
      if (written === 0) return 0
      await travelSegmentRows.replace(tx, ws, journeyId, segments)
      await travelPassengerRows.replace(tx, ws, journeyId, passengers)
      await travelSegmentPassengerRows.replace(tx, ws, journeyId, segmentPassengers)
      return written
    }),
  )
  // Its passengers before and after: someone taken off the journey sees it leave their sheet. (A
  // segment's passengers are passengers of its journey, so whoever joins or leaves a segment is here.)
  if (updatedRows)
    await publishRoadChange(deps, ws, 'road.travel', { journeyId }, [...current.passengers.map((p) => p.personId), ...passengers.map((p) => p.personId)])
  return finishVersionedWrite({ kind: 'journey', id: journeyId, updatedRows, load: () => loadJourney(deps, actor, journeyId) })
}

export async function deleteJourney(deps: Deps, actor: Actor, journeyId: string): Promise<void> {
  assertWritesAll(actor, 'road')
  const current = await getJourneyRow(deps.db, actor.workspaceId, journeyId)
  if (!current || (await travelJourneyRows.delete(deps.db, actor.workspaceId, journeyId)) === 0) throw new NotFoundError('journey', journeyId)
  await publishRoadChange(
    deps,
    actor.workspaceId,
    'road.travel',
    { journeyId },
    current.passengers.map((p) => p.personId),
  )
}

/** The airports Greenroom resolves by code (ADR 036), for the journey form. */
export async function listAirports(deps: Deps, actor: Actor): Promise<Airport[]> {
  await readerOf(deps, actor, 'road')
  return allAirports()
}

/** A time on my clock: "HH:MM", with the date when it is not `onDate`; null when my zone is the place's. */
function onMyClock(instant: string, placeZone: string, onDate: string, myZone: string | null): string | null {
  if (!myZone || myZone === placeZone) return null
  const at = new Date(instant)
  const date = instantToLocalDate(at, myZone)
  return date === onDate ? instantToLocalTime(at, myZone) : `${instantToLocalTime(at, myZone)} (${date})`
}

/**
 * A person's travel on a local date (the day sheet's): the segments they are on (ADR 050 amended)
 * that leave or arrive on that date, each read on its own place's clock, as the reader may see them (booking
 * references only to passengers and managers). No person: every journey's (a manager's whole day).
 * With it, the last change to any journey that has a segment on the sheet (null: none), for the
 * sheet's "last updated" (ADR 036).
 */
export async function travelForDay(
  deps: Deps,
  actor: Actor,
  personId: string | null,
  date: string,
  myZone: string | null,
): Promise<{ travel: DaySheet['travel']; updatedAt: Date | null }> {
  const reader = await travelReader(deps, actor)
  // Every zone's version of this date lies within a day and a half of its UTC midnight.
  const from = startOfLocalDay(addDays(date, -2), 'UTC')
  const to = startOfLocalDay(addDays(date, 2), 'UTC')
  const rows = await listJourneyRows(deps.db, actor.workspaceId, { from, to, passengerId: personId ?? undefined })
  let updatedAt: Date | null = null
  const travel = rows
    .flatMap((row) => {
      const journey = present(row, reader)
      if (!journey) return []
      const entries = journey.segments
        .filter((s) => (s.departureDate === date || s.arrivalDate === date) && (personId === null || s.passengerIds.includes(personId)))
        .map((segment) => ({
          journeyId: journey.id,
          journeyTitle: journey.title,
          segment,
          myDeparture: onMyClock(segment.departsAt, segment.from.timeZone, segment.departureDate, myZone),
          myArrival: onMyClock(segment.arrivesAt, segment.to.timeZone, segment.arrivalDate, myZone),
        }))
      if (entries.length && (updatedAt === null || row.updatedAt > updatedAt)) updatedAt = row.updatedAt
      return entries
    })
    .sort((a, b) => a.segment.departsAt.localeCompare(b.segment.departsAt))
  return { travel, updatedAt }
}

/** How far back a private feed keeps past travel. */
const FEED_PAST_DAYS = 60

/** The segments a person is on for their private calendar feed, from two months back on (their own booking references). */
export async function personTravelSegments(deps: Deps, workspaceId: string, personId: string): Promise<FeedTravelSegment[]> {
  const from = new Date(deps.clock.now().getTime() - FEED_PAST_DAYS * 86_400_000)
  const rows = await listJourneyRows(deps.db, workspaceId, { passengerId: personId, from })
  return rows.flatMap((j) =>
    j.segments
      .flatMap((s) => (s.passengerIds.includes(personId) ? [s] : []))
      .map((s) => ({
        id: s.id,
        mode: s.mode,
        number: s.number,
        carrier: s.carrier,
        from: { name: s.fromName, iata: s.fromIata, timeZone: s.fromTimeZone, latitude: s.fromLatitude, longitude: s.fromLongitude },
        to: { name: s.toName, iata: s.toIata, timeZone: s.toTimeZone },
        departsAt: s.departsAt,
        arrivesAt: s.arrivesAt,
        departureDate: s.departureDate,
        departureTime: s.departureTime,
        arrivalDate: s.arrivalDate,
        arrivalTime: s.arrivalTime,
        bookingReference: s.bookingReference,
        confirmed: s.confirmed,
        version: j.version,
      })),
  )
}
