import type { ConflictView, TimelineEntry } from '../../contract/touring.ts'
import type { CommitmentRecord } from '../../db/queries/commitments.ts'
import type { ShowOnCalendar } from '../../db/queries/timelines.ts'
import type { Blockout } from '../../domain/conflicts.ts'
import { addDays } from '../../domain/local-time.ts'
import { localStamp } from '../../domain/local-stamp.ts'

function timed(startsAt: Date, endsAt: Date, timeZone: string) {
  return {
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    timeZone,
    localStart: localStamp(startsAt, timeZone),
    localEnd: localStamp(endsAt, timeZone),
  }
}

export function showEntry(show: ShowOnCalendar, conflicts: ConflictView[]): TimelineEntry {
  const place = `${show.venueName}, ${show.city}`
  return {
    kind: 'show',
    id: show.id,
    title: show.billingRole ? `${place} (${show.billingRole} for ${show.actName})` : place,
    actId: show.actId,
    actName: show.actName,
    ...timed(show.startsAt, show.endsAt, show.timeZone),
    place,
    status: show.status,
    conflicts,
  }
}

export function commitmentEntry(c: CommitmentRecord, conflicts: ConflictView[]): TimelineEntry {
  return {
    kind: 'commitment',
    id: c.id,
    title: c.title,
    actId: c.actId,
    actName: c.actName,
    ...timed(new Date(c.startsAt), new Date(c.endsAt), c.timeZone),
    place: c.locationName,
    status: null,
    conflicts,
  }
}

/**
 * Blockouts are local dates wherever the person is, with no zone of their own: they are placed on
 * UTC days, which sorts them among the bookings closely enough for a calendar.
 */
export function blockoutEntry(b: Blockout, seesReason: boolean, conflicts: ConflictView[]): TimelineEntry {
  const end = addDays(b.endDate, 1)
  return {
    kind: 'blockout',
    id: b.id,
    title: seesReason && b.reason ? `Unavailable: ${b.reason}` : 'Unavailable',
    actId: null,
    actName: null,
    startsAt: `${b.startDate}T00:00:00.000Z`,
    endsAt: `${end}T00:00:00.000Z`,
    timeZone: 'UTC',
    localStart: `${b.startDate} 00:00`,
    localEnd: `${end} 00:00`,
    place: '',
    status: null,
    conflicts,
  }
}

export const byStart = (a: TimelineEntry, b: TimelineEntry) =>
  a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt) || a.id.localeCompare(b.id)
