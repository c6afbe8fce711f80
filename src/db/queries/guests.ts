import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { acts, guestAllotments, guestCheckIns, guestLists, guestRequests, people, shows, venues } from '../schema/index.ts'
import type { Allotment, PassType, RequestStatus } from '../../domain/guests.ts'

/** What the guest list needs of its show: the venue's zone and the show's end, for the cut-off; names for the door list. */
export interface ShowForGuests {
  id: string
  actName: string
  localDate: string
  endsAt: Date
  timeZone: string
  venueName: string
  city: string
  /** The guest list's settings; null while none is saved. */
  list: { version: number; cutoffLocal: string | null; cutoffAt: Date | null; locked: boolean } | null
}

export async function showForGuests(db: Db, workspaceId: string, showId: string): Promise<ShowForGuests | null> {
  const [row] = await db
    .select({
      id: shows.id,
      actName: acts.name,
      localDate: shows.localDate,
      endsAt: shows.endsAt,
      timeZone: venues.timeZone,
      venueName: venues.name,
      city: venues.city,
      version: guestLists.version,
      cutoffLocal: guestLists.cutoffLocal,
      cutoffAt: guestLists.cutoffAt,
      locked: guestLists.locked,
    })
    .from(shows)
    .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
    .innerJoin(acts, and(eq(acts.workspaceId, shows.workspaceId), eq(acts.id, shows.actId)))
    .leftJoin(guestLists, and(eq(guestLists.workspaceId, shows.workspaceId), eq(guestLists.id, shows.id)))
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, showId)))
  if (!row) return null
  const { version, cutoffLocal, cutoffAt, locked, ...show } = row
  return { ...show, list: version === null ? null : { version, cutoffLocal, cutoffAt, locked: locked ?? false } }
}

export interface StoredAllotment extends Allotment {
  holderName: string
}

/** The show's allotments in their listed order, with the holder's name. */
export async function allotmentsOfShow(db: Db, workspaceId: string, showId: string): Promise<StoredAllotment[]> {
  const rows = await db
    .select({
      personId: guestAllotments.personId,
      actId: guestAllotments.actId,
      headLimit: guestAllotments.headLimit,
      passTypes: guestAllotments.passTypes,
      personName: people.name,
      actName: acts.name,
    })
    .from(guestAllotments)
    .leftJoin(people, and(eq(people.workspaceId, guestAllotments.workspaceId), eq(people.id, guestAllotments.personId)))
    .leftJoin(acts, and(eq(acts.workspaceId, guestAllotments.workspaceId), eq(acts.id, guestAllotments.actId)))
    .where(and(eq(guestAllotments.workspaceId, workspaceId), eq(guestAllotments.showId, showId)))
    .orderBy(asc(guestAllotments.position))
  return rows.map((r) => ({
    personId: r.personId,
    actId: r.actId,
    headLimit: r.headLimit,
    passTypes: r.passTypes as PassType[],
    holderName: r.personName ?? r.actName ?? '',
  }))
}

export interface StoredGuestRequest {
  id: string
  showId: string
  version: number
  name: string
  plusN: number
  passType: PassType
  note: string
  meetAndGreetTime: string | null
  status: RequestStatus
  allotment: string
  requesterPersonId: string | null
  requesterName: string
  createdByUserId: string
  createdAt: Date
  updatedAt: Date
  checkIn: { checkInId: string; device: string; admittedAt: Date; recordedAt: Date } | null
}

/** The show's requests (all of them: the use case leaves out what its reader may not see), oldest first. */
export async function requestsOfShow(db: Db, workspaceId: string, showId: string, ids?: readonly string[]): Promise<StoredGuestRequest[]> {
  const rows = await db
    .select({ r: guestRequests, personName: people.name, checkIn: guestCheckIns })
    .from(guestRequests)
    .leftJoin(people, and(eq(people.workspaceId, guestRequests.workspaceId), eq(people.id, guestRequests.requesterPersonId)))
    .leftJoin(guestCheckIns, and(eq(guestCheckIns.workspaceId, guestRequests.workspaceId), eq(guestCheckIns.requestId, guestRequests.id)))
    .where(and(eq(guestRequests.workspaceId, workspaceId), eq(guestRequests.showId, showId), ids ? inArray(guestRequests.id, [...ids]) : undefined))
    .orderBy(asc(guestRequests.createdAt), asc(guestRequests.id))
  return rows.map(({ r, personName, checkIn }) => ({
    id: r.id,
    showId: r.showId,
    version: r.version,
    name: r.name,
    plusN: r.plusN,
    passType: r.passType as PassType,
    note: r.note,
    meetAndGreetTime: r.meetAndGreetTime,
    status: r.status as RequestStatus,
    allotment: r.allotment,
    requesterPersonId: r.requesterPersonId,
    requesterName: personName ?? '',
    createdByUserId: r.createdByUserId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    checkIn: checkIn && { checkInId: checkIn.checkInId, device: checkIn.device, admittedAt: checkIn.admittedAt, recordedAt: checkIn.recordedAt },
  }))
}

/** Writes a show's first guest list settings; 0 when they were written meanwhile (the caller answers 409). */
export async function insertGuestListIfAbsent(db: Db, row: typeof guestLists.$inferInsert): Promise<number> {
  return (await db.insert(guestLists).values(row).onConflictDoNothing().returning({ id: guestLists.id })).length
}

/** Records an admission unless the request has one: 1 when this one is it, 0 when there was one already. */
export async function insertCheckInIfAbsent(db: Db, row: typeof guestCheckIns.$inferInsert): Promise<number> {
  return (await db.insert(guestCheckIns).values(row).onConflictDoNothing().returning({ id: guestCheckIns.requestId })).length
}

/** A request's admission, if any. */
export async function checkInOf(db: Db, workspaceId: string, requestId: string) {
  const [row] = await db
    .select()
    .from(guestCheckIns)
    .where(and(eq(guestCheckIns.workspaceId, workspaceId), eq(guestCheckIns.requestId, requestId)))
  return row ?? null
}

/** Undoes an admission (the door staff pressed the wrong name); rows deleted. */
export async function deleteCheckIn(db: Db, workspaceId: string, requestId: string): Promise<number> {
  return (
    await db
      .delete(guestCheckIns)
      .where(and(eq(guestCheckIns.workspaceId, workspaceId), eq(guestCheckIns.requestId, requestId)))
      .returning({ id: guestCheckIns.requestId })
  ).length
}

/** One request at a time per show: two members of one party cannot both take its last place (inside a transaction). */
export async function lockShowForGuests(db: Db, workspaceId: string, showId: string): Promise<void> {
  await db
    .select({ id: shows.id })
    .from(shows)
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, showId)))
    .for('update')
}
