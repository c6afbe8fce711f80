import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { hotelRoomGuests, hotelRooms, hotelStays, people } from '../schema/index.ts'

export interface GuestRow {
  personId: string
  personName: string
  fromDate: string | null
  toDate: string | null
}
export interface RoomRow {
  id: string
  label: string
  confirmationNumber: string
  guests: GuestRow[]
}
export type StayRow = typeof hotelStays.$inferSelect & { rooms: RoomRow[] }

export interface StayFilter {
  ids?: string[]
  tourId?: string
  /** Stays with a night on or after this local date. */
  from?: string
  /** Stays checking in on or before this local date. */
  to?: string
  /** Only stays with this person in a room. */
  guestId?: string
}

/** Stays by check-in date, each with its rooms in order and their guests. */
export async function listStayRows(db: Db, workspaceId: string, filter: StayFilter = {}): Promise<StayRow[]> {
  const where: SQL[] = [eq(hotelStays.workspaceId, workspaceId)]
  if (filter.ids) where.push(inArray(hotelStays.id, filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']))
  if (filter.tourId) where.push(eq(hotelStays.tourId, filter.tourId))
  if (filter.from) where.push(gte(hotelStays.checkOutDate, filter.from))
  if (filter.to) where.push(lte(hotelStays.checkInDate, filter.to))
  if (filter.guestId) {
    const withGuest = db
      .select({ id: hotelRooms.stayId })
      .from(hotelRoomGuests)
      .innerJoin(hotelRooms, and(eq(hotelRooms.workspaceId, hotelRoomGuests.workspaceId), eq(hotelRooms.id, hotelRoomGuests.roomId)))
      .where(and(eq(hotelRoomGuests.workspaceId, workspaceId), eq(hotelRoomGuests.personId, filter.guestId)))
    where.push(inArray(hotelStays.id, withGuest))
  }
  const stays = await db
    .select()
    .from(hotelStays)
    .where(and(...where))
    .orderBy(asc(hotelStays.checkInDate), asc(hotelStays.id))
  if (stays.length === 0) return []
  const rooms = await db
    .select()
    .from(hotelRooms)
    .where(
      and(
        eq(hotelRooms.workspaceId, workspaceId),
        inArray(
          hotelRooms.stayId,
          stays.map((s) => s.id),
        ),
      ),
    )
    .orderBy(asc(hotelRooms.position), asc(hotelRooms.id))
  const guests = rooms.length
    ? await db
        .select({
          roomId: hotelRoomGuests.roomId,
          personId: hotelRoomGuests.personId,
          personName: people.name,
          fromDate: hotelRoomGuests.fromDate,
          toDate: hotelRoomGuests.toDate,
        })
        .from(hotelRoomGuests)
        .innerJoin(people, and(eq(people.workspaceId, hotelRoomGuests.workspaceId), eq(people.id, hotelRoomGuests.personId)))
        .where(
          and(
            eq(hotelRoomGuests.workspaceId, workspaceId),
            inArray(
              hotelRoomGuests.roomId,
              rooms.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(hotelRoomGuests.position))
    : []
  const guestsOf = new Map<string, GuestRow[]>()
  for (const { roomId, ...g } of guests) guestsOf.set(roomId, [...(guestsOf.get(roomId) ?? []), g])
  const roomsOf = new Map<string, RoomRow[]>()
  for (const r of rooms)
    roomsOf.set(r.stayId, [
      ...(roomsOf.get(r.stayId) ?? []),
      { id: r.id, label: r.label, confirmationNumber: r.confirmationNumber, guests: guestsOf.get(r.id) ?? [] },
    ])
  return stays.map((s) => ({ ...s, rooms: roomsOf.get(s.id) ?? [] }))
}

export async function getStayRow(db: Db, workspaceId: string, id: string): Promise<StayRow | null> {
  return (await listStayRows(db, workspaceId, { ids: [id] }))[0] ?? null
}
