import type { EventStatusType, MusicEvent, MusicGroup, Offer, Place, WithContext } from 'schema-dts'
import type { FeedShow } from '../../domain/feeds.ts'
import { localStamp } from '../../domain/local-stamp.ts'
import { majorUnits } from '../../domain/currency.ts'
import { publicBusinessOf } from '../../domain/public-shows.ts'
import type { PublicStatus } from '../../domain/tickets.ts'
import { publicShowTiming, showTimeAt, showTitle, venueLine } from '../../domain/public-show-timing.ts'

/**
 * schema.org `MusicEvent` for each public show, as JSON-LD for the act's public page, so search
 * engines read the tour dates (Google's event structured data: name, startDate and location
 * required; description, endDate, eventStatus (with previousStartDate when rescheduled),
 * eventAttendanceMode, performer, organizer and the offers listed now given; Greenroom keeps no
 * image). Times carry the venue's UTC offset on that
 * date; a show with no public time is its date alone. Only shows `isPublic` lets through reach here.
 * @example musicEvents(shows, { pageUrl: 'https://example.org/public/big-time-rush' })
 */
export function musicEvents(shows: readonly FeedShow[], opts: { pageUrl?: string; now: Date }): WithContext<MusicEvent>[] {
  return shows.map((show) => musicEvent(show, opts.pageUrl, opts.now))
}

const EVENT_STATUS: Record<PublicStatus, EventStatusType> = {
  scheduled: 'https://schema.org/EventScheduled',
  'on-sale': 'https://schema.org/EventScheduled',
  'sold-out': 'https://schema.org/EventScheduled',
  // A moved show is scheduled at its new place (Google: update the location, keep EventScheduled).
  moved: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  cancelled: 'https://schema.org/EventCancelled',
}

const AVAILABILITY = {
  'in-stock': 'https://schema.org/InStock',
  'pre-order': 'https://schema.org/PreOrder',
  'sold-out': 'https://schema.org/SoldOut',
} as const

/**
 * The offers the public sees now. validFrom is when it goes on sale on the venue's clock; an offer
 * with no on-sale time is valid from when the show may be announced (an embargo's end), or has none.
 */
function offersOf(show: FeedShow, offers: ReturnType<typeof publicBusinessOf>['offers']): Offer[] {
  const zone = show.venue.timeZone
  return offers.map((o): Offer => {
    const validFrom = o.onSaleAt ?? (show.announcement === 'embargoed' ? show.announceAt : null)
    return {
      '@type': 'Offer',
      url: o.url,
      availability: AVAILABILITY[o.availability],
      category: o.kind === 'vip' ? 'VIP' : o.kind === 'presale' ? 'Presale' : o.kind === 'free' ? 'Free' : 'Primary',
      ...(o.label ? { name: o.label } : {}),
      ...(validFrom ? { validFrom: withOffset(validFrom, zone) } : {}),
      ...(o.kind === 'free' ? { price: '0', ...(o.currency ? { priceCurrency: o.currency } : {}) } : {}),
      ...(o.priceMinor !== null && o.currency !== null ? { price: majorUnits(o.priceMinor, o.currency), priceCurrency: o.currency } : {}),
    }
  })
}

/** An earlier date as schema.org's previousStartDate: the instant it started at with the venue's offset. */
function previousStart(d: { localDate: string; startsAt: string }, zone: string): string {
  return withOffset(new Date(d.startsAt), zone)
}

function musicEvent(show: FeedShow, pageUrl: string | undefined, now: Date): WithContext<MusicEvent> {
  const business = publicBusinessOf(show, now)
  const timing = publicShowTiming(show)
  const zone = show.venue.timeZone
  // The event starts with the set (doors are doorTime); the public span starts at doors.
  const setStart = showTimeAt(show, 'setStart')
  const doors = showTimeAt(show, 'doors')
  const start = timing.allDay ? show.localDate : withOffset(setStart ?? timing.start, zone)
  const performers: MusicGroup[] = [
    { '@type': 'MusicGroup', name: show.headliner.name },
    ...show.billing.map((b): MusicGroup => ({ '@type': 'MusicGroup', name: b.name })),
  ]
  return {
    '@context': 'https://schema.org',
    '@type': 'MusicEvent',
    name: showTitle(show),
    description: `${showTitle(show)} at ${venueLine(show.venue)}`,
    startDate: start,
    ...(timing.allDay ? {} : { endDate: withOffset(timing.end, zone) }),
    ...(doors && !timing.allDay ? { doorTime: withOffset(doors, zone) } : {}),
    eventStatus: EVENT_STATUS[business.status],
    ...(business.status === 'rescheduled' && business.previousDates.length
      ? { previousStartDate: business.previousDates.map((d) => previousStart(d, zone)) }
      : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place(show),
    performer: performers,
    organizer: { '@type': 'MusicGroup', name: show.headliner.name },
    ...(business.offers.length ? { offers: offersOf(show, business.offers) } : {}),
    ...(pageUrl ? { url: `${pageUrl}#show-${show.id}` } : {}),
  }
}

function place(show: FeedShow): Place {
  const { venue } = show
  return {
    '@type': 'Place',
    name: venue.name,
    address: {
      '@type': 'PostalAddress',
      ...(venue.address.trim() ? { streetAddress: venue.address } : {}),
      addressLocality: venue.city,
      addressCountry: venue.country,
    },
    ...(venue.latitude !== null && venue.longitude !== null
      ? { geo: { '@type': 'GeoCoordinates', latitude: venue.latitude, longitude: venue.longitude } }
      : {}),
  }
}

/** "2013-07-12T19:00:00-05:00": the instant on the zone's clock with the zone's offset then. */
export function withOffset(instant: Date, zone: string): string {
  const stamp = localStamp(instant, zone) // "YYYY-MM-DD HH:MM"
  const wall = Date.UTC(
    Number(stamp.slice(0, 4)),
    Number(stamp.slice(5, 7)) - 1,
    Number(stamp.slice(8, 10)),
    Number(stamp.slice(11, 13)),
    Number(stamp.slice(14, 16)),
  )
  const offset = Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${stamp.slice(0, 10)}T${stamp.slice(11, 16)}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/**
 * The JSON-LD for a `<script type="application/ld+json">` element: `<` and the line separators escaped
 * so no text in it (an act named "</script>…") can end the element or break the JSON.
 */
export function jsonLdForHtml(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
