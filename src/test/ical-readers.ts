/**
 * Two independent iCalendar readers for tests (never for product code: ical.js is MPL-2.0 and a
 * devDependency). ical.js resolves TZID through the VTIMEZONE in the file; node-ical through the
 * IANA name. Reading a feed with both checks the zone names and the zone definitions.
 */
import ICAL from 'ical.js'
import * as nodeIcal from 'node-ical'

export interface ReadEvent {
  uid: string
  summary: string
  /** Instants for timed events; for all-day events, midnight UTC of the local dates. */
  start: Date
  end: Date
  isAllDay: boolean
  /** YYYY-MM-DD for all-day events. */
  startDate?: string
  endDate?: string
  status: string | null
  sequence: number | null
  tzid: string | null
  geo: { lat: number; lon: number } | null
}

const ymd = (d: Date, utc: boolean) =>
  utc ? d.toISOString().slice(0, 10) : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

export function readWithIcalJs(text: string): ReadEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    const isAllDay = event.startDate.isDate
    const geo = component.getFirstPropertyValue('geo') as number[] | null
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      isAllDay,
      ...(isAllDay ? { startDate: event.startDate.toString(), endDate: event.endDate.toString() } : {}),
      status: (component.getFirstPropertyValue('status') as string | null) ?? null,
      sequence: event.sequence ?? null,
      tzid: (component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
      geo: geo ? { lat: Number(geo[0]), lon: Number(geo[1]) } : null,
    }
  })
}

export function readWithNodeIcal(text: string): ReadEvent[] {
  const parsed = nodeIcal.sync.parseICS(text) as Record<string, any>
  return Object.values(parsed)
    .filter((c) => c && c.type === 'VEVENT')
    .map((e) => {
      const isAllDay = e.datetype === 'date'
      const summary = typeof e.summary === 'string' ? e.summary : (e.summary?.val ?? '')
      return {
        uid: e.uid,
        summary,
        start: e.start as Date,
        end: e.end as Date,
        isAllDay,
        // node-ical builds date-only values at local midnight of the process.
        ...(isAllDay ? { startDate: ymd(e.start, false), endDate: ymd(e.end, false) } : {}),
        status: e.status ?? null,
        sequence: e.sequence === undefined ? null : Number(e.sequence),
        tzid: e.start?.tz ?? null,
        geo: e.geo ? { lat: Number(e.geo.lat), lon: Number(e.geo.lon) } : null,
      }
    })
}

/** TZIDs referred to by a DTSTART/DTEND that have no VTIMEZONE in the file. */
export function tzidsWithoutVtimezone(text: string): string[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '')
  const used = new Set([...unfolded.matchAll(/^DT(?:START|END);TZID=([^:;]+)[:;]/gm)].map((m) => m[1]!))
  const defined = new Set([...unfolded.matchAll(/^BEGIN:VTIMEZONE\r\nTZID:(.+)$/gm)].map((m) => m[1]!.trim()))
  return [...used].filter((z) => !defined.has(z))
}
