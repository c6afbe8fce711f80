import type { FeedShow } from './feeds.ts'
import { addDays, localToInstant, startOfLocalDay } from './local-time.ts'
import { showTimeDays } from './show-time-days.ts'

/** When a show happens: instants shown in the venue's zone, or (allDay) its whole local date, from the start of that day to the next. */
export type ShowTiming = { allDay: boolean; start: Date; end: Date; date: string }

/** A public time of the show as an instant: on its day, or on the next when it falls after midnight (show-time-days.ts). */
export function showTimeAt(show: FeedShow, field: 'doors' | 'setStart'): Date | null {
  const time = show.times[field]
  if (!time) return null
  const day = showTimeDays(show.times).days[field]
  const resolved = localToInstant(day === 1 ? addDays(show.localDate, 1) : show.localDate, time, show.venue.timeZone)
  return resolved.ok ? resolved.instant : null
}

function wholeDay(show: FeedShow): ShowTiming {
  const zone = show.venue.timeZone
  return { allDay: true, start: startOfLocalDay(show.localDate, zone), end: startOfLocalDay(addDays(show.localDate, 1), zone), date: show.localDate }
}

/**
 * A show as the public sees it: from doors (else set start) to curfew (else the derived end: set
 * start + 2 h, or the end of the day). Load-in and soundcheck are crew business and never shown:
 * without doors or set start it starts with its local day, and with none of doors, set start or
 * curfew it is announced as its whole local day.
 */
export function publicShowTiming(show: FeedShow): ShowTiming {
  const { loadIn, soundcheck, doors, setStart, curfew } = show.times
  if (!doors && !setStart && !curfew) return wholeDay(show)
  // With no crew times before them, the stored span starts at doors, set start or the day's start
  // (ADR 005); it always ends at the curfew when there is one.
  const start = loadIn || soundcheck ? (showTimeAt(show, 'doors') ?? showTimeAt(show, 'setStart') ?? wholeDay(show).start) : show.startsAt
  return { allDay: false, start, end: show.endsAt, date: show.localDate }
}

/** A show as the people playing or working it see it: the whole span it occupies (load-in to curfew). */
export function bookedShowTiming(show: FeedShow): ShowTiming {
  const t = show.times
  if (!t.loadIn && !t.soundcheck && !t.doors && !t.setStart && !t.curfew) return wholeDay(show)
  return { allDay: false, start: show.startsAt, end: show.endsAt, date: show.localDate }
}

/** "Big Time Rush with Victoria Justice": the headliner (and co-headliners), then the rest of the bill. */
export function showTitle(show: FeedShow): string {
  const names = (role: string) => show.billing.filter((b) => b.role === role).map((b) => b.name)
  const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`)
  const top = [show.headliner.name, ...names('co-headliner')].join(' & ')
  const support = names('support')
  const guests = names('special-guest')
  return [
    top,
    support.length ? ` with ${list(support)}` : '',
    guests.length ? `${support.length ? ',' : ''} special guest${guests.length > 1 ? 's' : ''} ${list(guests)}` : '',
  ].join('')
}

/** Venue, address, city and country on one line, without empty parts. */
export function venueLine(venue: FeedShow['venue']): string {
  return [venue.name, venue.address, venue.city, venue.country].filter((p) => p.trim() !== '').join(', ')
}
