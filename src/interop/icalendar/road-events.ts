import type { FeedScheduleItem } from '../../domain/feeds.ts'
import type { CalendarEvent } from './write-calendar.ts'

/**
 * A line of my day sheet on my private calendar (issue 15): on the day's clock (TZID of the day's
 * zone), past midnight as it is; a line without an end is a moment (DTEND = DTSTART); a line not
 * confirmed, or whose time is only approximate or to be confirmed, is TENTATIVE.
 */
export function scheduleItemEvent(item: FeedScheduleItem): CalendarEvent {
  const firm = item.confirmed && item.display === 'exact'
  return {
    uid: `day-item-${item.id}@greenroom`,
    sequence: Math.max(0, item.version - 1),
    summary: item.title,
    description: [item.display === 'approximate' ? 'Time approximate.' : '', item.display === 'tbc' ? 'Time to be confirmed.' : '', item.notes]
      .filter(Boolean)
      .join('\n'),
    status: firm ? 'CONFIRMED' : 'TENTATIVE',
    location: item.place ? { text: item.place, latitude: null, longitude: null } : undefined,
    when: { kind: 'timed', timeZone: item.timeZone, start: item.startsAt, end: item.endsAt ?? item.startsAt },
  }
}

/** A segment of my travel for my private calendar (ADR 036): the fields a feed needs, the booking reference the passenger may read. */
export interface FeedTravelSegment {
  id: string
  mode: string
  number: string
  carrier: string
  from: { name: string; iata: string | null; timeZone: string; latitude: number | null; longitude: number | null }
  to: { name: string; iata: string | null; timeZone: string }
  departsAt: Date
  arrivesAt: Date
  departureDate: string
  departureTime: string
  arrivalDate: string
  arrivalTime: string
  bookingReference: string
  confirmed: boolean
  version: number
}

/**
 * A travel segment on the passenger's private calendar: from departure to arrival, written on the
 * clock of the place it leaves (one TZID per event); the arrival on its own clock is in the
 * description, with the carrier, number and booking reference. Not confirmed: TENTATIVE.
 */
export function travelSegmentEvent(s: FeedTravelSegment): CalendarEvent {
  const stop = (p: { name: string; iata: string | null }) => p.iata ?? p.name
  const what = [s.carrier, s.number].filter(Boolean).join(' ') || s.mode
  return {
    uid: `travel-segment-${s.id}@greenroom`,
    sequence: Math.max(0, s.version - 1),
    summary: `${what}: ${stop(s.from)} → ${stop(s.to)}`,
    description: [
      `Departs ${s.departureDate} ${s.departureTime} (${s.from.timeZone}) from ${s.from.name}.`,
      `Arrives ${s.arrivalDate} ${s.arrivalTime} (${s.to.timeZone}) at ${s.to.name}.`,
      s.bookingReference ? `Booking reference: ${s.bookingReference}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    status: s.confirmed ? 'CONFIRMED' : 'TENTATIVE',
    location: { text: s.from.name, latitude: s.from.latitude, longitude: s.from.longitude },
    when: { kind: 'timed', timeZone: s.from.timeZone, start: s.departsAt, end: s.arrivesAt },
  }
}

/** A person's own check-in or check-out at a hotel for their private calendar (ADR 039): never a confirmation number (a feed is a link without login). */
export interface FeedHotelMoment {
  stayId: string
  kind: 'check-in' | 'check-out'
  name: string
  address: string
  phone: string
  timeZone: string
  /** The guest's own date (a late joiner's first night, an early leaver's check-out) at the stay's time. */
  date: string
  time: string
  at: Date
  version: number
}

/** A check-in or check-out as a moment on the hotel's clock (DTEND = DTSTART), with the address and phone. */
export function hotelMomentEvent(h: FeedHotelMoment): CalendarEvent {
  return {
    uid: `hotel-${h.kind}-${h.stayId}@greenroom`,
    sequence: Math.max(0, h.version - 1),
    summary: `${h.kind === 'check-in' ? 'Check in' : 'Check out'}: ${h.name}`,
    description: [h.address, h.phone ? `Phone: ${h.phone}` : ''].filter(Boolean).join('\n'),
    status: 'CONFIRMED',
    location: h.address ? { text: `${h.name}, ${h.address}`, latitude: null, longitude: null } : { text: h.name, latitude: null, longitude: null },
    when: { kind: 'timed', timeZone: h.timeZone, start: h.at, end: h.at },
  }
}
