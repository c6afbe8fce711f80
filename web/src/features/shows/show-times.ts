import type { Show } from '../../api/touring-api.ts'
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
}

/** An instant from the API, or the local time (HH:MM) on the show's date at the venue (with the second instant when that time happens twice). */
function instantOf(value: string, show: Pick<Show, 'localDate' | 'timeZone'>): { instant: Date | null; repeated: Date | null } {
  if (/^\d{2}:\d{2}$/.test(value)) {
    const result = localToInstant(show.localDate, value, show.timeZone)
    return result.ok ? { instant: result.instant, repeated: result.repeated ?? null } : { instant: null, repeated: null }
  }
  const instant = new Date(value)
  return { instant: Number.isNaN(instant.getTime()) ? null : instant, repeated: null }
}

/** The show's known times, each at the venue and, when the viewer's clock reads differently, on the viewer's clock. */
export function showTimeRows(show: Pick<Show, 'localDate' | 'timeZone' | 'times'>, viewerZone: string, locale?: string): ShowTimeRow[] {
  const rows: ShowTimeRow[] = []
  for (const field of TIME_FIELDS) {
    const value = show.times[field.key]
    if (!value) continue
    const { instant, repeated } = instantOf(value, show)
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
    })
  }
  return rows
}
