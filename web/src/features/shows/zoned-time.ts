// Local times at a place and the instants they stand for, with the browser's Intl only (no
// Temporal polyfill in the bundle). The rule at daylight-saving changes is the server's
// (docs/decisions/005-local-time-at-the-venue.md): a time that does not exist is refused,
// a time that happens twice means the earlier one.

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const wallClocks = new Map<string, Intl.DateTimeFormat>()
const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * One `Intl.DateTimeFormat` per locale and options, made the first time it is asked for: making one
 * costs a few milliseconds on a phone (the locale's ICU data), using it microseconds, and a page
 * writes dozens of dates (ADR 056). Options that throw (an unknown zone) throw each time, as before.
 */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    formats.set(key, format)
  }
  return format
}

/**
 * Makes a page's first date formats while the browser waits for the page's answer (when it is idle): the
 * first use of Intl in a page loads the locale's data (~50 ms on a phone, ADR 056), which would otherwise
 * be part of the page's first render once its answer is in. Later uses take the formats from the cache.
 */
export function warmDateFormats(formats: readonly Intl.DateTimeFormatOptions[]): void {
  if (typeof window === 'undefined') return
  const warm = () => {
    for (const options of formats) dateTimeFormat(undefined, options).format(0)
  }
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(warm)
  else setTimeout(warm, 0)
}

function wallClockFormat(zone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    wallClocks.set(zone, format)
  }
  return format
}

/** The wall clock of `zone` at `instant`, as milliseconds of a UTC date with the same fields. */
function wallClockAt(instant: number, zone: string): number {
  const parts = wallClockFormat(zone).formatToParts(new Date(instant))
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
}

/** How far `zone` is ahead of UTC at `instant`, in minutes (Chicago in July: -300). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const whole = Math.floor(instant.getTime() / 1000) * 1000
  return Math.round((wallClockAt(whole, zone) - whole) / MINUTE)
}

/** Whether the browser knows `zone` as an IANA time zone. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    wallClockFormat(zone) // throws a RangeError for a zone it does not know; kept for the next reading when it does
    return zone.trim() !== ''
  } catch {
    return false
  }
}

/** `repeated`: the second instant when the clocks go back and the local time happens twice (`instant` is the first). */
export type LocalInstant = { ok: true; instant: Date; repeated?: Date } | { ok: false; message: string }

/** The instant of a local date (YYYY-MM-DD) and time (HH:MM) in `zone`, by the rule above. */
export function localToInstant(date: string, time: string, zone: string): LocalInstant {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const clock = /^(\d{2}):(\d{2})$/.exec(time)
  if (!match || !clock) return { ok: false, message: `${date} ${time} is not a date and time` }
  if (!isKnownTimeZone(zone)) return { ok: false, message: `unknown time zone "${zone}"` }
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(clock[1]), Number(clock[2]))
  // The offsets a day either side cover both sides of any change near this time.
  const candidates = [...new Set([wall - DAY, wall + DAY].map((t) => wall - zoneOffsetMinutes(new Date(t), zone) * MINUTE))]
  const valid = candidates.filter((t) => wallClockAt(t, zone) === wall).sort((a, b) => a - b)
  const earliest = valid[0]
  if (earliest === undefined) {
    return { ok: false, message: `${time} does not exist on ${date} in ${zone}: the clocks jump forward then. Choose a time before or after the change.` }
  }
  const second = valid[1]
  return second === undefined ? { ok: true, instant: new Date(earliest) } : { ok: true, instant: new Date(earliest), repeated: new Date(second) }
}

/** YYYY-MM-DD of `instant` in `zone`. */
export function localDateOf(instant: Date, zone: string): string {
  return new Date(wallClockAt(instant.getTime(), zone)).toISOString().slice(0, 10)
}

/** HH:MM of `instant` in `zone`. */
export function localTimeOf(instant: Date, zone: string): string {
  return new Date(wallClockAt(instant.getTime(), zone)).toISOString().slice(11, 16)
}

/** The browser's zone: the viewer's. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

/** A zone's name at an instant: `short` like "CDT" or "GMT+2", `long` like "Central Daylight Time". */
export function zoneName(instant: Date, zone: string, style: 'short' | 'long' = 'short', locale?: string): string {
  const parts = dateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(instant)
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone
}

/** "7:30 PM" or "19:30", as the locale writes a time, in `zone`. */
export function formatClock(instant: Date, zone: string, locale?: string): string {
  // A 24-hour clock reads best with two-digit hours ("00:30", not "0:30"); a 12-hour one without.
  const { hourCycle } = dateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions()
  const hour = hourCycle === 'h23' || hourCycle === 'h24' ? '2-digit' : 'numeric'
  return dateTimeFormat(locale, { timeZone: zone, hour, minute: '2-digit' }).format(instant)
}

/** "Wed, Jul 10" in `zone`. */
export function formatDay(instant: Date, zone: string, locale?: string): string {
  return dateTimeFormat(locale, { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric' }).format(instant)
}

/** A local date (YYYY-MM-DD) written out, with no zone involved: "Wednesday, July 10, 2013". */
export function formatLocalDate(date: string, style: 'full' | 'long' | 'medium' = 'full', locale?: string): string {
  const [y, m, d] = date.split('-').map(Number)
  if (!y || !m || !d) return date
  return dateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)))
}

/** Whether two zones show the same wall clock at `instant` (then the viewer's column says nothing new). */
export function sameWallClock(instant: Date, zoneA: string, zoneB: string): boolean {
  return zoneOffsetMinutes(instant, zoneA) === zoneOffsetMinutes(instant, zoneB)
}

export interface ViewerTime {
  /** "8:30 PM" or, when the viewer's day differs from the place's, "Thu, Jul 11, 2:30 AM". */
  text: string
  zone: string
  zoneShort: string
  /** The viewer's date differs from the place's date. */
  isOtherDay: boolean
}

/** The same instant on the viewer's clock, or null when it reads the same as the place's. */
export function viewerTimeOf(instant: Date, placeZone: string, viewerZone: string, locale?: string): ViewerTime | null {
  if (placeZone === viewerZone || sameWallClock(instant, placeZone, viewerZone)) return null
  const isOtherDay = localDateOf(instant, placeZone) !== localDateOf(instant, viewerZone)
  const clock = formatClock(instant, viewerZone, locale)
  return {
    text: isOtherDay ? `${formatDay(instant, viewerZone, locale)}, ${clock}` : clock,
    zone: viewerZone,
    zoneShort: zoneName(instant, viewerZone, 'short', locale),
    isOtherDay,
  }
}

/** `YYYY-MM-DDTHH:MM` for a datetime-local input, in `zone`. */
export function toDateTimeLocal(iso: string | null | undefined, zone: string): string {
  if (!iso) return ''
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return ''
  return `${localDateOf(instant, zone)}T${localTimeOf(instant, zone)}`
}

/** A datetime-local value read in `zone`, as an ISO instant. */
export function fromDateTimeLocal(value: string, zone: string): LocalInstant {
  const [date = '', time = ''] = value.split('T')
  return localToInstant(date, time.slice(0, 5), zone)
}
