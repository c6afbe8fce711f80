import type { FeedCommitment, FeedShow, PersonFeed } from '../../domain/feeds.ts'
import type { ShowStatus } from '../../domain/touring.ts'
import { bookedShowTiming, publicShowTiming, showTitle, venueLine, type ShowTiming } from '../../domain/public-show-timing.ts'
import { publicBusinessOf } from '../../domain/public-shows.ts'
import { writeCalendar, type CalendarEvent, type EventWhen } from './write-calendar.ts'

/** Subscribers are asked to refresh hourly; the HTTP cache in front is shorter. */
const REFRESH_SECONDS = 3600

/** Holds and offers are pencilled in; a cancelled show stays in feeds as cancelled so calendars drop it. */
function eventStatus(status: ShowStatus): CalendarEvent['status'] {
  switch (status) {
    case 'hold':
    case 'offer':
      return 'TENTATIVE'
    case 'cancelled':
      return 'CANCELLED'
    case 'confirmed':
    case 'played':
      return 'CONFIRMED'
    default:
      throw new Error(`unexpected show status ${String(status satisfies never)}`)
  }
}

function whenOf(timing: ShowTiming, zone: string): EventWhen {
  return timing.allDay
    ? { kind: 'all-day', firstDate: timing.date, lastDate: timing.date }
    : { kind: 'timed', timeZone: zone, start: timing.start, end: timing.end }
}

function schedule(times: Partial<FeedShow['times']>): string {
  const labels: [keyof FeedShow['times'], string][] = [
    ['loadIn', 'Load-in'],
    ['soundcheck', 'Soundcheck'],
    ['doors', 'Doors'],
    ['setStart', 'Show'],
    ['curfew', 'Curfew'],
  ]
  return labels
    .filter(([key]) => times[key])
    .map(([key, label]) => `${label} ${times[key]}`)
    .join(' · ')
}

function showEvent(show: FeedShow, timing: ShowTiming, description: string[], url?: string): CalendarEvent {
  return {
    uid: `${show.id}@greenroom`,
    sequence: Math.max(0, show.version - 1),
    summary: showTitle(show),
    description: description.filter(Boolean).join('\n'),
    status: eventStatus(show.status),
    location: { text: venueLine(show.venue), latitude: show.venue.latitude, longitude: show.venue.longitude },
    url,
    when: whenOf(timing, show.venue.timeZone),
  }
}

const OFFER_NAMES = { tickets: 'Tickets', presale: 'Presale', vip: 'VIP', free: 'Free entry' } as const

/**
 * What the public is told of the show's date and tickets, in words that change only when the band
 * edits them (each edit raises SEQUENCE): the on-sale time is written, not whether it has passed.
 */
function businessLines(show: FeedShow, now: Date): string[] {
  const business = publicBusinessOf(show, now)
  const lines = [
    business.status === 'postponed' ? 'Postponed: the new date is to be announced.' : '',
    business.previousDates.length ? `Rescheduled from ${business.previousDates.map((d) => d.localDate).join(', then ')}.` : '',
    business.movedFrom ? `Moved from ${business.movedFrom.name}, ${business.movedFrom.city}.` : '',
  ]
  for (const o of business.offers) {
    const name = [OFFER_NAMES[o.kind], o.label].filter(Boolean).join(': ')
    const when = o.soldOut ? 'sold out' : o.onSaleLocal ? `on sale ${o.onSaleLocal.replace('T', ' ')}` : ''
    lines.push(`${name}${when ? ` (${when})` : ''}: ${o.url}`)
  }
  return lines
}

/** A show as announced to the public: doors to curfew, only the public times, its status and ticket offers. */
export function publicShowEvent(show: FeedShow, now: Date, pageUrl?: string): CalendarEvent {
  const { doors, setStart, curfew } = show.times
  const times = schedule({ doors, setStart, curfew })
  return showEvent(
    show,
    publicShowTiming(show),
    [
      show.status === 'cancelled' ? 'Cancelled.' : '',
      times ? `${times} (${show.venue.timeZone})` : '',
      ...(show.status === 'cancelled' ? [] : businessLines(show, now)),
    ],
    pageUrl,
  )
}

/** A show on the private calendar of someone in its lineup: the whole day's schedule and whether it is public yet. */
export function bookedShowEvent(show: FeedShow & { role: string }): CalendarEvent {
  const secrecy =
    show.announcement === 'unannounced'
      ? 'Not announced: keep it private.'
      : show.announcement === 'embargoed'
        ? `Embargoed until ${show.announceAt?.toISOString() ?? 'a date to be set'}.`
        : ''
  return showEvent(show, bookedShowTiming(show), [
    show.role ? `Your role: ${show.role}` : '',
    `${schedule(show.times)} (${show.venue.timeZone})`,
    `Status: ${show.status}`,
    secrecy,
  ])
}

/** A commitment in its own zone; one without times is whole local days (VALUE=DATE). */
export function commitmentEvent(c: FeedCommitment): CalendarEvent {
  const allDay = !c.startTime && !c.endTime
  return {
    uid: `${c.id}@greenroom`,
    sequence: Math.max(0, c.version - 1),
    summary: c.title,
    description: [c.kind, c.outlet ? `Outlet: ${c.outlet}` : '', c.journalist ? `Journalist: ${c.journalist}` : ''].filter(Boolean).join('\n'),
    status: 'CONFIRMED',
    location: c.place || c.latitude != null ? { text: c.place, latitude: c.latitude, longitude: c.longitude } : undefined,
    when: allDay ? { kind: 'all-day', firstDate: c.startDate, lastDate: c.endDate } : { kind: 'timed', timeZone: c.timeZone, start: c.startsAt, end: c.endsAt },
  }
}

/** An act's public calendar. The caller passes only shows that are public now (isPublic). */
export function actShowsCalendar(opts: { actName: string; shows: FeedShow[]; stamp: Date; pageUrl?: string }): string {
  return writeCalendar({
    name: `${opts.actName}: shows`,
    description: `Announced shows of ${opts.actName}, in each venue's local time.`,
    stamp: opts.stamp,
    refreshSeconds: REFRESH_SECONDS,
    events: opts.shows.map((show) => publicShowEvent(show, opts.stamp, opts.pageUrl)),
  })
}

/** A person's private calendar: every show they are in the lineup of and every commitment they attend. */
export function personCalendar(opts: { feed: PersonFeed; stamp: Date; extraEvents?: CalendarEvent[] }): string {
  return writeCalendar({
    name: `${opts.feed.personName}: Greenroom`,
    description: `Shows and commitments of ${opts.feed.personName}. Private: anyone with this address can read it.`,
    stamp: opts.stamp,
    refreshSeconds: REFRESH_SECONDS,
    events: [...opts.feed.shows.map(bookedShowEvent), ...opts.feed.commitments.map(commitmentEvent), ...(opts.extraEvents ?? [])],
  })
}
