import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { HotelStay, HotelStayBodySchema, UpdateHotelStayBodySchema } from '../../contract/hotels.ts'
import type { Db } from '../../db/client.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { getStayRow, listStayRows, type StayRow } from '../../db/queries/hotels.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { tourActId } from '../../db/queries/road.ts'
import { FOREIGN_KEY_VIOLATION, sqlState } from '../../db/errors.ts'
import { hotelRoomGuestRows, hotelRoomRows, hotelStayRows } from '../../db/writes/documents.ts'
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { doubleBookedGuests, sleepsThere, stayDateProblems } from '../../domain/hotels.ts'
import { addDays, localToInstant, startOfLocalDay, timeZoneProblem } from '../../domain/local-time.ts'
import type { FeedHotelMoment } from '../../interop/icalendar/road-events.ts'
import { readsEveryConfirmationNumber } from '../../domain/permissions.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf, type Reader } from '../read-access.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { publishRoadChange } from './road-events.ts'

/** The people a stay concerns: every guest of every room (a live event reaches them, ADR 050). */
const guestsOf = (rooms: { guests: { personId: string }[] }[]) => rooms.flatMap((r) => r.guests.map((g) => g.personId))

type StayBody = z.output<typeof HotelStayBodySchema>
type UpdateStayBody = z.output<typeof UpdateHotelStayBodySchema>

/**
 * A stay as its reader sees it (ADR 039): a confirmation number only for the guests of its room and
 * the roles that read them all; a reader who reads only their own (a viewer) sees only their own
 * rooms and no notes, and a stay without them does not exist for them (null).
 */
function present(stay: StayRow, reader: Reader): HotelStay | null {
  const me = reader.personId
  const mine = (room: StayRow['rooms'][number]) => me !== null && room.guests.some((g) => g.personId === me)
  const rooms = reader.whole ? stay.rooms : stay.rooms.filter(mine)
  if (!reader.whole && rooms.length === 0) return null
  const everyNumber = readsEveryConfirmationNumber(reader.actor.role)
  return {
    id: stay.id,
    tourId: stay.tourId,
    name: stay.name,
    address: stay.address,
    phone: stay.phone,
    timeZone: stay.timeZone,
    checkInDate: stay.checkInDate,
    checkInTime: stay.checkInTime,
    checkOutDate: stay.checkOutDate,
    checkOutTime: stay.checkOutTime,
    notes: reader.whole ? stay.notes : '',
    version: stay.version,
    updatedAt: stay.updatedAt.toISOString(),
    rooms: rooms.map((room) => ({
      id: room.id,
      label: room.label,
      confirmationNumber: everyNumber || mine(room) ? room.confirmationNumber || null : null,
      guests: room.guests,
    })),
  }
}

/** Who reads: the table's scope, with the reader's own person even for a whole reader (a member's own room's number). */
async function hotelReader(deps: Deps, actor: Actor): Promise<Reader> {
  const reader = await readerOf(deps, actor, 'road')
  if (reader.personId || readsEveryConfirmationNumber(actor.role)) return reader
  return { ...reader, personId: await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId) }
}

/** The stay's references, zone and dates, checked; every problem named by its field (nothing is written before). */
async function checkStay(db: Db, workspaceId: string, body: StayBody, current: StayRow | null): Promise<void> {
  const issues: FieldIssue[] = []
  const zone = timeZoneProblem(body.timeZone)
  if (zone) issues.push({ path: 'timeZone', message: zone })
  if (body.tourId && !(await tourActId(db, workspaceId, body.tourId))) issues.push({ path: 'tourId', message: 'no such tour in this workspace' })
  issues.push(...stayDateProblems(body, body.rooms))
  const keptIds = new Set(current?.rooms.map((r) => r.id) ?? [])
  const seenRooms = new Set<string>()
  body.rooms.forEach((room, r) => {
    if (room.id && (!keptIds.has(room.id) || seenRooms.has(room.id)))
      issues.push({ path: `rooms.${r}.id`, message: 'not a room of this stay (leave it out for a new room)' })
    if (room.id) seenRooms.add(room.id)
  })
  const personIds = [...new Set(body.rooms.flatMap((room) => room.guests.map((g) => g.personId)))]
  const missing = await missingPeople(db, workspaceId, personIds)
  body.rooms.forEach((room, r) => {
    const seen = new Set<string>()
    room.guests.forEach((g, i) => {
      if (missing.has(g.personId)) issues.push({ path: `rooms.${r}.guests.${i}.personId`, message: 'no such person in this workspace' })
      else if (seen.has(g.personId)) issues.push({ path: `rooms.${r}.guests.${i}.personId`, message: 'this guest is in this room already' })
      seen.add(g.personId)
    })
  })
  if (!issues.some((i) => i.path === 'checkOutDate')) issues.push(...doubleBookedGuests(body, body.rooms))
  if (issues.length) throw new ValidationError(issues)
}

const columns = (body: StayBody) => ({
  tourId: body.tourId ?? null,
  name: body.name,
  address: body.address ?? '',
  phone: body.phone ?? '',
  timeZone: body.timeZone,
  checkInDate: body.checkInDate,
  checkInTime: body.checkInTime,
  checkOutDate: body.checkOutDate,
  checkOutTime: body.checkOutTime,
  notes: body.notes ?? '',
})

/** The room list as rows: a kept room keeps its id, and its confirmation number when none is sent. */
function roomRows(workspaceId: string, stayId: string, body: StayBody, current: StayRow | null) {
  const stored = new Map(current?.rooms.map((r) => [r.id, r.confirmationNumber]) ?? [])
  const rooms = body.rooms.map((room, position) => {
    const id = room.id ?? uuidv7()
    const confirmationNumber = room.confirmationNumber === undefined ? (stored.get(id) ?? '') : (room.confirmationNumber ?? '')
    return { workspaceId, id, stayId, position, label: room.label ?? '', confirmationNumber }
  })
  const guests = body.rooms.flatMap((room, r) =>
    room.guests.map((g, position) => ({
      workspaceId,
      roomId: rooms[r]!.id,
      personId: g.personId,
      position,
      fromDate: g.fromDate ?? null,
      toDate: g.toDate ?? null,
    })),
  )
  return { rooms, guests }
}

async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    if (sqlState(err) === FOREIGN_KEY_VIOLATION)
      throw new ConflictError('A tour or a guest of this stay was removed by someone else meanwhile; reload and try again.')
    throw err
  }
}

async function loadStay(deps: Deps, actor: Actor, stayId: string): Promise<HotelStay | null> {
  const row = await getStayRow(deps.db, actor.workspaceId, stayId)
  return row ? present(row, await hotelReader(deps, actor)) : null
}

export async function getStay(deps: Deps, actor: Actor, stayId: string): Promise<HotelStay> {
  const stay = await loadStay(deps, actor, stayId)
  if (!stay) throw new NotFoundError('hotel stay', stayId)
  return stay
}

/** Stays by check-in date (of a tour, with a night in a date range); a viewer gets only the stays they sleep in. */
export async function listStays(deps: Deps, actor: Actor, filter: { tourId?: string; from?: string; to?: string }): Promise<HotelStay[]> {
  const reader = await hotelReader(deps, actor)
  if (!reader.whole && !reader.personId) return []
  const rows = await listStayRows(deps.db, actor.workspaceId, { ...filter, guestId: reader.whole ? undefined : reader.personId! })
  return rows.flatMap((row) => present(row, reader) ?? [])
}

export async function createStay(deps: Deps, actor: Actor, body: StayBody): Promise<HotelStay> {
  assertWritesAll(actor, 'road')
  const ws = actor.workspaceId
  await checkStay(deps.db, ws, body, null)
  const id = uuidv7()
  const now = deps.clock.now()
  const { rooms, guests } = roomRows(ws, id, body, null)
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      await hotelStayRows.insert(tx, { workspaceId: ws, id, ...columns(body), createdAt: now, updatedAt: now })
      await hotelRoomRows.insert(tx, rooms)
      await hotelRoomGuestRows.insert(tx, guests)
    }),
  )
  await publishRoadChange(deps, ws, 'road.hotel', { stayId: id }, guestsOf(body.rooms))
  return getStay(deps, actor, id)
}

export async function updateStay(deps: Deps, actor: Actor, stayId: string, body: UpdateStayBody): Promise<HotelStay> {
  assertWritesAll(actor, 'road')
  const ws = actor.workspaceId
  const current = await getStayRow(deps.db, ws, stayId)
  if (!current) throw new NotFoundError('hotel stay', stayId)
  await checkStay(deps.db, ws, body, current)
  const { rooms, guests } = roomRows(ws, stayId, body, current)
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const written = await hotelStayRows.update(tx, ws, stayId, { ...columns(body), updatedAt: deps.clock.now() }, body.version)
      if (written === 0) return 0
      await hotelRoomRows.replace(tx, ws, stayId, rooms)
      await hotelRoomGuestRows.insert(tx, guests)
      return written
    }),
  )
  // Its guests before and after: someone moved out of the stay sees it leave their sheet.
  if (updatedRows) await publishRoadChange(deps, ws, 'road.hotel', { stayId }, [...guestsOf(current.rooms), ...guestsOf(body.rooms)])
  return finishVersionedWrite({ kind: 'hotel stay', id: stayId, updatedRows, load: () => loadStay(deps, actor, stayId) })
}

export async function deleteStay(deps: Deps, actor: Actor, stayId: string): Promise<void> {
  assertWritesAll(actor, 'road')
  const current = await getStayRow(deps.db, actor.workspaceId, stayId)
  if (!current || (await hotelStayRows.delete(deps.db, actor.workspaceId, stayId)) === 0) throw new NotFoundError('hotel stay', stayId)
  await publishRoadChange(deps, actor.workspaceId, 'road.hotel', { stayId }, guestsOf(current.rooms))
}

/**
 * Where a person sleeps on the night of a local date (the day sheet's hotel): the stays with a room of
 * theirs that night, only those rooms, as the reader may see them. No person: every stay with a night
 * on that date (a manager's whole-day view).
 */
export async function staysForNight(deps: Deps, actor: Actor, personId: string | null, date: string): Promise<HotelStay[]> {
  const reader = await hotelReader(deps, actor)
  const rows = await listStayRows(deps.db, actor.workspaceId, { from: date, to: date, guestId: personId ?? undefined })
  return rows.flatMap((row) => {
    const night = personId ? { ...row, rooms: row.rooms.filter((r) => r.guests.some((g) => g.personId === personId && sleepsThere(row, g, date))) } : row
    if (!sleepsThere(row, {}, date) || night.rooms.length === 0) return []
    return present(night, reader) ?? []
  })
}

/** How far back a private feed keeps past stays. */
const FEED_PAST_DAYS = 60

/** A local date and time on a zone's clock as an instant; a time in a spring-forward gap reads as the day's first minute after it. */
function instantOf(date: string, time: string, zone: string): Date {
  const at = localToInstant(date, time, zone)
  if (at.ok) return at.instant
  const [h, m] = time.split(':').map(Number)
  return new Date(startOfLocalDay(date, zone).getTime() + ((h ?? 0) * 60 + (m ?? 0)) * 60_000)
}

/**
 * A person's check-ins and check-outs for their private calendar feed (ADR 039): only the stays they
 * are a guest of, on their own dates (a late joiner checks in on their first night, an early leaver
 * out on their last day) at the stay's times, on the hotel's clock; stays that ended more than two
 * months ago are left out. No confirmation number: a feed is read without login.
 */
export async function personHotelMoments(deps: Deps, workspaceId: string, personId: string): Promise<FeedHotelMoment[]> {
  const from = addDays(deps.clock.now().toISOString().slice(0, 10), -FEED_PAST_DAYS)
  const rows = await listStayRows(deps.db, workspaceId, { from, guestId: personId })
  return rows.flatMap((stay) => {
    const mine = stay.rooms.flatMap((r) => r.guests.filter((g) => g.personId === personId))
    if (mine.length === 0) return []
    const checkIn = mine.map((g) => g.fromDate ?? stay.checkInDate).sort()[0]!
    const checkOut = mine
      .map((g) => g.toDate ?? stay.checkOutDate)
      .sort()
      .at(-1)!
    const base = { stayId: stay.id, name: stay.name, address: stay.address, phone: stay.phone, timeZone: stay.timeZone, version: stay.version }
    return [
      { ...base, kind: 'check-in' as const, date: checkIn, time: stay.checkInTime, at: instantOf(checkIn, stay.checkInTime, stay.timeZone) },
      { ...base, kind: 'check-out' as const, date: checkOut, time: stay.checkOutTime, at: instantOf(checkOut, stay.checkOutTime, stay.timeZone) },
    ]
  })
}
