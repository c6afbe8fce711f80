import type { FieldIssue } from './errors.ts'
import { addDays, localToInstant, startOfLocalDay } from './local-time.ts'

/** The local times of a show's day, in the order they happen; each is "HH:MM" or absent. */
export interface ShowTimes {
  loadIn?: string | null
  soundcheck?: string | null
  doors?: string | null
  setStart?: string | null
  curfew?: string | null
}

export type ShowTimeField = keyof ShowTimes

/** The order the times of a show day must keep (equal neighbours are allowed). */
export const SHOW_TIME_ORDER: readonly ShowTimeField[] = ['loadIn', 'soundcheck', 'doors', 'setStart', 'curfew']

const LABELS: Record<ShowTimeField, string> = { loadIn: 'load-in', soundcheck: 'soundcheck', doors: 'doors', setStart: 'set start', curfew: 'curfew' }

/** How long a show without a curfew is taken to last after its set starts. */
export const SET_WITHOUT_CURFEW_MS = 2 * 60 * 60 * 1000

export type ShowSpan = { ok: true; startsAt: Date; endsAt: Date } | { ok: false; issues: FieldIssue[] }

/**
 * The span a show occupies, from the local times at its venue (docs/decisions/005-local-time-at-the-venue.md):
 * from its first given time to the curfew, or to set start + 2 h without a curfew, or to the end of
 * the local day without either; a show with no times takes the whole local day (with only a
 * curfew, the day up to the curfew). Every given time
 * must exist that day (a DST gap is refused, an ambiguous time is the earlier instant) and the
 * given times must keep the order load-in ≤ soundcheck ≤ doors ≤ set start ≤ curfew.
 * @example showSpan('2013-07-12', { doors: '18:30', curfew: '23:00' }, 'America/Chicago')
 */
export function showSpan(localDate: string, times: ShowTimes, zone: string): ShowSpan {
  const issues: FieldIssue[] = []
  const instants = new Map<ShowTimeField, Date>()
  let previous: ShowTimeField | null = null
  for (const field of SHOW_TIME_ORDER) {
    const value = times[field]
    if (!value) continue
    const resolved = localToInstant(localDate, value, zone)
    if (resolved.ok) instants.set(field, resolved.instant)
    else issues.push({ path: field, message: resolved.message })
    // All times are on the local date, so wall-clock order is the order that counts ("HH:MM" sorts as text).
    const before: string | null | undefined = previous ? times[previous] : null
    if (previous && before && value < before) {
      issues.push({
        path: field,
        message: `${LABELS[field]} (${value}) is before ${LABELS[previous]} (${before}); a show's times run load-in, soundcheck, doors, set start, curfew on its date`,
      })
    }
    previous = field
  }
  if (issues.length) return { ok: false, issues }

  const dayStart = startOfLocalDay(localDate, zone)
  const dayEnd = startOfLocalDay(addDays(localDate, 1), zone)
  // A curfew alone says when the day ends, not when it begins: the show then takes the day up to it.
  const first = SHOW_TIME_ORDER.filter((f) => f !== 'curfew')
    .map((f) => instants.get(f))
    .find((d) => d !== undefined)
  const curfew = instants.get('curfew')
  const setStart = instants.get('setStart')
  const endsAt = curfew ?? (setStart ? new Date(setStart.getTime() + SET_WITHOUT_CURFEW_MS) : dayEnd)
  return { ok: true, startsAt: first ?? dayStart, endsAt }
}
