import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library'
import { reproducesTzdb } from './vtimezone-rules.ts'
import { formatLocalDateTime, formatUtcOffset, offsetSecondsAt, transitionsBetween } from './zone-transitions.ts'

const DAY_MS = 86_400_000
let tzlibZones: Set<string> | null = null
const blockCache = new Map<string, string>()

/** The time span a VTIMEZONE must describe: every instant written in its zone lies inside. */
export interface ZoneSpan {
  from: Date
  to: Date
}

/** Whole years around a span (and two days either side, for zones ahead of or behind UTC): what a VTIMEZONE describes. */
export function coveringYears(span: ZoneSpan): { fromMs: number; toMs: number } {
  return { fromMs: Date.UTC(span.from.getUTCFullYear(), 0, 1) - 2 * DAY_MS, toMs: Date.UTC(span.to.getUTCFullYear() + 1, 0, 1) + 2 * DAY_MS }
}

/** The VTIMEZONE timezones-ical-library has for a zone, under the zone's own name, or null. */
export function tzlibVtimezone(zone: string): string | null {
  tzlibZones ??= new Set(tzlib_get_timezones() as string[])
  if (!tzlibZones.has(zone)) return null
  const block = tzlib_get_ical_block(zone)
  if (!Array.isArray(block) || !block[0]) return null
  // A link (Asia/Calcutta) comes back under its target's name; events refer to the name they were given.
  return block[0].replace(/^TZID:.*$/m, `TZID:${zone}`).replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`)
}

/**
 * A VTIMEZONE for `zone` that gives the tz database's offsets (the ones the domain computed the
 * instants with) for every instant of `span`. timezones-ical-library's block is used when it does:
 * it states only the CURRENT rules, projected back to 1970, which is wrong for past years of zones
 * whose rules changed (São Paulo observed DST until 2019; Mexico City until 2022). Then the block is
 * written from the tz database instead: one observance per offset change inside whole years around
 * the span, which any RFC 5545 reader resolves exactly.
 */
export function vtimezone(zone: string, span: ZoneSpan): string {
  const { fromMs, toMs } = coveringYears(span)
  const key = `${zone}|${fromMs}|${toMs}`
  let block = blockCache.get(key)
  if (!block) {
    const fromLibrary = tzlibVtimezone(zone)
    block = fromLibrary && reproducesTzdb(fromLibrary, zone, fromMs, toMs) ? fromLibrary : vtimezoneFromTzdb(zone, fromMs, toMs)
    blockCache.set(key, block)
  }
  return block
}

/** A VTIMEZONE written from the tz database: the offset at `fromMs`, then every change until `toMs`. */
export function vtimezoneFromTzdb(zone: string, fromMs: number, toMs: number): string {
  const initial = offsetSecondsAt(zone, fromMs)
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', at: number, before: number, after: number) => [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${formatUtcOffset(before)}`,
    `TZOFFSETTO:${formatUtcOffset(after)}`,
    `DTSTART:${formatLocalDateTime(at, before)}`,
    `END:${kind}`,
  ]
  const transitions = transitionsBetween(zone, fromMs, toMs)
  // The tz database does not say which offset is "daylight"; a move forward is taken as one.
  const kind = (before: number, after: number) => (after > before ? 'DAYLIGHT' : 'STANDARD')
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    ...observance(transitions[0] && transitions[0].offsetAfter < initial ? 'DAYLIGHT' : 'STANDARD', fromMs, initial, initial),
    ...transitions.flatMap((t) => observance(kind(t.offsetBefore, t.offsetAfter), t.at, t.offsetBefore, t.offsetAfter)),
    'END:VTIMEZONE',
  ]
  return lines.join('\r\n')
}
