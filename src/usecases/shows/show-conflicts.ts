import type { ConflictView } from '../../contract/touring.ts'
import type { StoredShow } from '../../db/queries/shows.ts'
import type { Booking } from '../../domain/conflicts.ts'
import { instantToLocalDate } from '../../domain/local-time.ts'
import type { ShowStatus } from '../../domain/touring.ts'
import { findConflicts } from '../calendar/find-conflicts.ts'
import type { Actor, Deps } from '../deps.ts'

export interface ShowPlace {
  name: string
  city: string
  timeZone: string
  latitude: number | null
  longitude: number | null
}

/** A show as the conflict checker sees it: "Venue, City" at the venue's coordinates, on the local dates it touches. */
export function showBooking(show: { id: string; actId: string; startsAt: Date; endsAt: Date }, venue: ShowPlace): Booking {
  return {
    kind: 'show',
    id: show.id,
    title: `${venue.name}, ${venue.city}`,
    actId: show.actId,
    startsAt: show.startsAt,
    endsAt: show.endsAt,
    // The end is exclusive: a show ending at midnight does not touch the next day.
    localDates: { first: instantToLocalDate(show.startsAt, venue.timeZone), last: instantToLocalDate(new Date(show.endsAt.getTime() - 1), venue.timeZone) },
    place: venue.latitude != null && venue.longitude != null ? { latitude: venue.latitude, longitude: venue.longitude, zone: venue.timeZone } : null,
  }
}

/** Conflicts of a show for the people in its lineup; a cancelled show takes nobody's time. */
export async function showConflicts(
  deps: Deps,
  actor: Actor,
  opts: { booking: Booking; status: ShowStatus; personIds: readonly string[] },
): Promise<ConflictView[]> {
  if (opts.status === 'cancelled') return []
  return findConflicts(deps, actor, opts.booking, opts.personIds)
}

/** Current conflicts of a stored show. */
export async function storedShowConflicts(deps: Deps, actor: Actor, stored: StoredShow): Promise<ConflictView[]> {
  const booking = showBooking(
    { id: stored.id, actId: stored.actId, startsAt: new Date(stored.startsAt), endsAt: new Date(stored.endsAt) },
    { name: stored.venueName, city: stored.city, timeZone: stored.timeZone, latitude: stored.latitude, longitude: stored.longitude },
  )
  return showConflicts(deps, actor, { booking, status: stored.status, personIds: stored.lineup.map((l) => l.personId) })
}

/** The conflicts of `after` that `before` did not have: one person, one kind, one other booking or blockout. */
export function newConflicts(before: readonly ConflictView[], after: readonly ConflictView[]): ConflictView[] {
  const key = (c: ConflictView) => `${c.kind}|${c.personId}|${c.with?.kind ?? 'blockout'}|${c.with?.id ?? c.blockoutId}`
  const known = new Set(before.map(key))
  return after.filter((c) => !known.has(key(c)))
}
