import type { FieldIssue } from './errors.ts'
import { addDays, localToInstant, startOfLocalDay } from './local-time.ts'
import { SHOW_TIME_FIELDS, showTimeDays } from './show-time-days.ts'

/** The local times of a show's day, in the order they happen; each is "HH:MM" or absent. */
export interface ShowTimes {
  loadIn?: string | null
  soundcheck?: string | null
  doors?: string | null
  setStart?: string | null
  curfew?: string | null
}

export type ShowTimeField = keyof ShowTimes

/** How long a show without a curfew is taken to last after its set starts. */
export const SET_WITHOUT_CURFEW_MS = 2 * 60 * 60 * 1000

export type ShowSpan = { ok: true; startsAt: Date; endsAt: Date } | { ok: false; issues: FieldIssue[] }

/**
 * The span a show occupies, from the local times at its venue (docs/decisions/005-local-time-at-the-venue.md):
 * from its first given time to the curfew, or to set start + 2 h without a curfew, or to the end of
 * the local day without either; a show with no times takes the whole local day (with only a
 * curfew, the day up to the curfew). The given times keep the order load-in ≤ soundcheck ≤ doors ≤
 * set start ≤ curfew, and may run past midnight up to 06:00 (show-time-days.ts): a curfew of 00:30
 * after a set at 23:00 is on the next day. Every given time must exist on its day (a DST gap is
 * refused, an ambiguous time is the earlier instant).
 * @example showSpan('2013-07-12', { doors: '18:30', curfew: '23:00' }, 'America/Chicago')
 */
export function showSpan(localDate: string, times: ShowTimes, zone: string): ShowSpan {
  const { days, issues } = showTimeDays(times)
  const instants = new Map<ShowTimeField, Date>()
  for (const field of SHOW_TIME_FIELDS) {
    const value = times[field]
    const day = days[field]
    if (!value || day === undefined) continue
    const resolved = localToInstant(day === 1 ? addDays(localDate, 1) : localDate, value, zone)
    if (resolved.ok) instants.set(field, resolved.instant)
    else issues.push({ path: field, message: resolved.message })
  }
  if (issues.length) return { ok: false, issues }

  const dayStart = startOfLocalDay(localDate, zone)
  // Without a curfew or set start the show runs to the end of the last day a given time falls on.
  const lastDay = Math.max(0, ...Object.values(days))
  const dayEnd = startOfLocalDay(addDays(localDate, 1 + lastDay), zone)
  // A curfew alone says when the day ends, not when it begins: the show then takes the day up to it.
  const first = SHOW_TIME_FIELDS.filter((f) => f !== 'curfew')
    .map((f) => instants.get(f))
    .find((d) => d !== undefined)
  const curfew = instants.get('curfew')
  const setStart = instants.get('setStart')
  const endsAt = curfew ?? (setStart ? new Date(setStart.getTime() + SET_WITHOUT_CURFEW_MS) : dayEnd)
  return { ok: true, startsAt: first ?? dayStart, endsAt }
}
