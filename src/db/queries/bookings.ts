import { and, eq, gt, lt, lte, gte } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { blockouts, commitmentPeople, commitments, conflictOverrides, showLineup, shows, venues } from '../schema/index.ts'
import type { Blockout, Booking } from '../../domain/conflicts.ts'
import { instantToLocalDate } from '../../domain/local-time.ts'

/**
 * A person's bookings (shows they play, commitments they attend) that touch [from, to), as the
 * domain's conflict checker wants them. Both halves are index range scans on (workspace, person, start).
 */
export async function listPersonBookings(db: Db, workspaceId: string, personId: string, from: Date, to: Date): Promise<Booking[]> {
  const showRows = await db
    .select({
      id: shows.id,
      actId: shows.actId,
      startsAt: shows.startsAt,
      endsAt: shows.endsAt,
      status: shows.status,
      venueName: venues.name,
      city: venues.city,
      zone: venues.timeZone,
      latitude: venues.latitude,
      longitude: venues.longitude,
    })
    .from(showLineup)
    .innerJoin(shows, and(eq(shows.workspaceId, showLineup.workspaceId), eq(shows.id, showLineup.showId)))
    .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
    .where(and(eq(showLineup.workspaceId, workspaceId), eq(showLineup.personId, personId), lt(shows.startsAt, to), gt(shows.endsAt, from)))
  const commitmentRows = await db
    .select({
      id: commitments.id,
      title: commitments.title,
      actId: commitments.actId,
      startsAt: commitments.startsAt,
      endsAt: commitments.endsAt,
      zone: commitments.timeZone,
      startDate: commitments.startDate,
      endDate: commitments.endDate,
      latitude: commitments.latitude,
      longitude: commitments.longitude,
    })
    .from(commitmentPeople)
    .innerJoin(commitments, and(eq(commitments.workspaceId, commitmentPeople.workspaceId), eq(commitments.id, commitmentPeople.commitmentId)))
    .where(
      and(
        eq(commitmentPeople.workspaceId, workspaceId),
        eq(commitmentPeople.personId, personId),
        lt(commitmentPeople.startsAt, to),
        gt(commitmentPeople.endsAt, from),
      ),
    )
  return [
    ...showRows
      .filter((s) => s.status !== 'cancelled')
      .map((s): Booking => ({
        kind: 'show',
        id: s.id,
        title: `${s.venueName}, ${s.city}`,
        actId: s.actId,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        localDates: { first: instantToLocalDate(s.startsAt, s.zone), last: instantToLocalDate(new Date(s.endsAt.getTime() - 1), s.zone) },
        place: s.latitude != null && s.longitude != null ? { latitude: s.latitude, longitude: s.longitude, zone: s.zone } : null,
      })),
    ...commitmentRows.map((c): Booking => ({
      kind: 'commitment',
      id: c.id,
      title: c.title,
      actId: c.actId,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      localDates: { first: c.startDate, last: c.endDate },
      place: c.latitude != null && c.longitude != null ? { latitude: c.latitude, longitude: c.longitude, zone: c.zone } : null,
    })),
  ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
}

/** A person's blockouts touching the local dates [firstDate, lastDate]. */
export async function listPersonBlockouts(db: Db, workspaceId: string, personId: string, firstDate: string, lastDate: string): Promise<Blockout[]> {
  return db
    .select({ id: blockouts.id, startDate: blockouts.startDate, endDate: blockouts.endDate, reason: blockouts.reason })
    .from(blockouts)
    .where(and(eq(blockouts.workspaceId, workspaceId), eq(blockouts.personId, personId), lte(blockouts.startDate, lastDate), gte(blockouts.endDate, firstDate)))
}

/** Records that a writer saved a booking despite these conflicts (who, when, which). */
export async function insertConflictOverride(
  db: Db,
  row: { workspaceId: string; id: string; bookingKind: 'show' | 'commitment'; bookingId: string; decidedBy: string; decidedAt: Date; conflicts: unknown },
): Promise<void> {
  await db.insert(conflictOverrides).values(row as typeof conflictOverrides.$inferInsert)
}
