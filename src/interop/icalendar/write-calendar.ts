import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus, type ICalEventData } from 'ical-generator'
import { Temporal } from 'temporal-polyfill'
import { addDays } from '../../domain/local-time.ts'
import { coveringYears, vtimezone, type ZoneSpan } from './vtimezone.ts'
import { zoneClock, type ZoneClock } from './zone-transitions.ts'

/** When an event happens: instants shown on the clock of a zone, or whole local days. */
export type EventWhen =
  | { kind: 'timed'; timeZone: string; start: Date; end: Date }
  /** Inclusive local dates. */
  | { kind: 'all-day'; firstDate: string; lastDate: string }

/** One VEVENT, independent of what it came from (a show, a commitment). */
export interface CalendarEvent {
  /** Stable across exports: calendars match updates to what they have by it. */
  uid: string
  /** Raised on every change of the source (version - 1). */
  sequence: number
  summary: string
  description?: string
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'
  location?: { text: string; latitude: number | null; longitude: number | null }
  url?: string
  when: EventWhen
  /** A display alarm this many days before the start (VALARM), e.g. a hold about to end. */
  alarmDaysBefore?: number
}

export interface CalendarOptions {
  name: string
  description?: string
  /** DTSTAMP of every event: when this export was made (the clock's now). */
  stamp: Date
  events: CalendarEvent[]
  /** How often subscribers should fetch again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshSeconds?: number
}

const STATUS: Record<CalendarEvent['status'], ICalEventStatus> = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
}

/** The wall-clock time of an instant on the zone's clock; written with ;TZID=zone, never converted to UTC. */
function wallClock(instant: Date, clock: ZoneClock) {
  const local = new Date(instant.getTime() + clock.offsetAt(instant.getTime()) * 1000)
  const plain = new Temporal.PlainDateTime(
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate(),
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
  )
  return plain as unknown as ICalEventData['start']
}

/**
 * How an event's times are written. With ;TZID=zone, on the venue's clock, except when a time falls
 * in a repeated hour: RFC 5545 (3.3.5) and ADR 005 then mean the first occurrence, but readers take
 * the second (ical.js and node-ical both read 01:30 on 2013-11-03 in New York as 06:30Z, not 05:30Z),
 * so such an event is written in UTC, which no reader can misplace.
 */
function timesOf(when: EventWhen, clocks: Map<string, ZoneClock>): Partial<ICalEventData> {
  if (when.kind === 'all-day') {
    // DTEND of an all-day event is the day after the last one (RFC 5545 3.6.1).
    return { allDay: true, start: Temporal.PlainDate.from(when.firstDate) as never, end: Temporal.PlainDate.from(addDays(when.lastDate, 1)) as never }
  }
  const clock = clocks.get(when.timeZone)!
  if (clock.isRepeated(when.start.getTime()) || clock.isRepeated(when.end.getTime())) return { start: when.start, end: when.end }
  return { start: wallClock(when.start, clock), end: wallClock(when.end, clock), timezone: when.timeZone }
}

/** The span each zone's VTIMEZONE must cover: from the earliest to the latest instant written in it. */
function zoneSpans(events: CalendarEvent[]): Map<string, ZoneSpan> {
  const spans = new Map<string, ZoneSpan>()
  for (const { when } of events) {
    if (when.kind !== 'timed') continue
    const span = spans.get(when.timeZone)
    spans.set(when.timeZone, {
      from: span && span.from < when.start ? span.from : when.start,
      to: span && span.to > when.end ? span.to : when.end,
    })
  }
  return spans
}

function eventData(event: CalendarEvent, stamp: Date, clocks: Map<string, ZoneClock>): ICalEventData {
  const { location } = event
  return {
    id: event.uid,
    sequence: event.sequence,
    stamp,
    summary: event.summary,
    description: event.description ?? null,
    status: STATUS[event.status],
    url: event.url ?? null,
    location: location
      ? {
          title: location.text,
          ...(location.latitude != null && location.longitude != null ? { geo: { lat: location.latitude, lon: location.longitude } } : {}),
        }
      : null,
    ...timesOf(event.when, clocks),
    ...(event.alarmDaysBefore ? { alarms: [{ type: ICalAlarmType.display, trigger: event.alarmDaysBefore * 86_400, description: event.summary }] } : {}),
  } as ICalEventData
}

/**
 * An RFC 5545 calendar (CRLF, folded, escaped by ical-generator) with a VTIMEZONE for every zone an
 * event is written in, so readers need not know the zone names.
 */
export function writeCalendar(opts: CalendarOptions): string {
  const spans = zoneSpans(opts.events)
  const blocks = new Map([...spans].map(([zone, span]) => [zone, vtimezone(zone, span)]))
  const clocks = new Map(
    [...spans].map(([zone, span]) => {
      const { fromMs, toMs } = coveringYears(span)
      return [zone, zoneClock(zone, fromMs, toMs)]
    }),
  )
  const calendar = ical({
    prodId: { company: 'Greenroom', product: 'Greenroom', language: 'EN' },
    name: opts.name,
    description: opts.description ?? null,
    method: ICalCalendarMethod.PUBLISH,
    ttl: opts.refreshSeconds ?? null,
    // An empty name: no calendar-wide zone; each event carries its own TZID, and the generator adds its VTIMEZONE.
    timezone: { name: '', generator: (zone) => blocks.get(zone) ?? null },
  })
  for (const event of opts.events) calendar.createEvent(eventData(event, opts.stamp, clocks))
  return calendar.toString()
}
