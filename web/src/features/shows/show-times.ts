import type { Show } from '../../api/touring-api.ts'
import { showTimeDays } from '../../../../src/domain/show-time-days.ts'
import { TIME_FIELDS } from './show-draft.ts'
import { formatClock, localToInstant, viewerTimeOf, zoneName, type ViewerTime } from './zoned-time.ts'

export interface ShowTimeRow {
  key: string
  label: string
  /** The instant, when the time is known and exists at the venue. */
  instant: Date | null
  /** "7:30 PM" at the venue (or the time as given, if it could not be placed). */
  venueText: string
  venueZoneShort: string
  viewer: ViewerTime | null
  /** When the clocks go back over this time, it happens twice: which one Greenroom took, in words. */
  ambiguity: string | null
  /** After midnight, on the day after the show's date (a curfew of 00:30): shown as "+1 day". */
  nextDay: boolean
}

/** An instant from the API, or the local time (HH:MM) on the show's date at the venue (with the second instant when that time happens twice). */
function instantOf(value: string, show: Pick<Show, 'localDate' | 'timeZone'>, nextDay: boolean): { instant: Date | null; repeated: Date | null } {
  if (/^\d{2}:\d{2}$/.test(value)) {
    const result = localToInstant(nextDay ? dayAfter(show.localDate) : show.localDate, value, show.timeZone)
    return result.ok ? { instant: result.instant, repeated: result.repeated ?? null } : { instant: null, repeated: null }
  }
  const instant = new Date(value)
  return { instant: Number.isNaN(instant.getTime()) ? null : instant, repeated: null }
}

/** The show's known times, each at the venue and, when the viewer's clock reads differently, on the viewer's clock. */
export function showTimeRows(show: Pick<Show, 'localDate' | 'timeZone' | 'times'>, viewerZone: string, locale?: string): ShowTimeRow[] {
  const rows: ShowTimeRow[] = []
  // Which day each local time is on: a time earlier than the one before it is after midnight.
  const local = Object.fromEntries(TIME_FIELDS.map((f) => [f.key, /^\d{2}:\d{2}$/.test(show.times[f.key] ?? '') ? show.times[f.key] : null]))
  const { days } = showTimeDays(local)
  for (const field of TIME_FIELDS) {
    const value = show.times[field.key]
    if (!value) continue
    const nextDay = days[field.key] === 1
    const { instant, repeated } = instantOf(value, show, nextDay)
    rows.push({
      key: field.key,
      label: field.label,
      instant,
      venueText: instant ? formatClock(instant, show.timeZone, locale) : value,
      venueZoneShort: instant ? zoneName(instant, show.timeZone, 'short', locale) : '',
      viewer: instant ? viewerTimeOf(instant, show.timeZone, viewerZone, locale) : null,
      ambiguity:
        instant && repeated
          ? `${field.label} at ${value} happens twice that night at the venue (the clocks go back): this is the first, ${value} ${zoneName(instant, show.timeZone, 'short', locale)}, not the second, ${value} ${zoneName(repeated, show.timeZone, 'short', locale)} an hour later.`
          : null,
      nextDay,
    })
  }
  return rows
}

/** "2013-07-11" for "2013-07-10": calendar arithmetic on the date alone, no zone involved. */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/**
 * Makes the date formats a show's times need in the venue's zone (and the viewer's), in a task of its own: the
 * first format in a zone loads the zone's data and names, the largest part of a show's first render otherwise
 * (ADR 058). The venue's zone is known only once the show's answer is in, so this runs between that answer and the
 * render, which then takes every format from the cache (zoned-time.ts). Resolves even if a format throws (an unknown
 * zone): the render then reports it as before.
 */
export function warmShowTimes(show: Pick<Show, 'localDate' | 'timeZone' | 'times' | 'startsAt'>, viewerZone: string): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(() => {
      try {
        const rows = showTimeRows(show, viewerZone)
        zoneName(rows.find((r) => r.instant)?.instant ?? new Date(show.startsAt), show.timeZone, 'long')
      } catch {
        // the render meets the same error and shows it
      }
      resolve()
    }, 0)
  })
}
