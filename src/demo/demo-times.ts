import type { FieldIssue } from '../domain/errors.ts'
import { addDays, localToInstant, startOfLocalDay } from '../domain/local-time.ts'
import { SHOW_TIME_FIELDS, showTimeDays } from '../domain/show-time-days.ts'
import type { DemoShowTimes } from './world-2013/types.ts'

/**
 * The instants a demo show or commitment occupies, by the rule of
 * docs/decisions/005-local-time-at-the-venue.md: local times at the place are the truth and
 * instants are derived from them (DST gaps refused, repeated times take the earlier instant).
 */
export type Span = { ok: true; startsAt: Date; endsAt: Date } | { ok: false; issues: FieldIssue[] }

const TWO_HOURS_MS = 2 * 60 * 60 * 1000

/**
 * A show occupies its first given time to its curfew, or set start + 2 h without a curfew, or the
 * end of its local day without either; without any time, the whole local day (with only a curfew,
 * the day up to the curfew).
 */
export function showSpan(date: string, times: DemoShowTimes, zone: string, path = 'times'): Span {
  const order = showTimeDays(times)
  const issues: FieldIssue[] = order.issues.map((i) => ({ path: `${path}.${i.path}`, message: i.message }))
  const at = new Map<string, Date>()
  for (const field of SHOW_TIME_FIELDS) {
    const value = times[field]
    const day = order.days[field]
    if (value === undefined || day === undefined) continue
    // Past midnight (up to 06:00), a time earlier than the one before it is on the next day.
    const r = localToInstant(day === 1 ? addDays(date, 1) : date, value, zone)
    if (r.ok) at.set(field, r.instant)
    else issues.push({ path: `${path}.${field}`, message: r.message })
  }
  if (issues.length > 0) return { ok: false, issues }
  // A curfew alone says when the day ends, not when it begins: the show then takes the day up to it.
  const first = SHOW_TIME_FIELDS.find((f) => f !== 'curfew' && at.has(f))
  const startsAt = first ? at.get(first)! : startOfLocalDay(date, zone)
  const setStart = at.get('setStart')
  const lastDay = Math.max(0, ...Object.values(order.days))
  const endsAt = at.get('curfew') ?? (setStart ? new Date(setStart.getTime() + TWO_HOURS_MS) : startOfLocalDay(addDays(date, 1 + lastDay), zone))
  return spanOf(startsAt, endsAt, path)
}

/** A commitment runs from its start (the start of its first day without a time) to its end (the end of its last day without a time). */
export function commitmentSpan(c: { startDate: string; startTime?: string; endDate: string; endTime?: string }, zone: string): Span {
  const issues: FieldIssue[] = []
  const instant = (date: string, time: string | undefined, field: string, wholeDay: () => Date): Date | null => {
    if (time === undefined) return wholeDay()
    const r = localToInstant(date, time, zone)
    if (r.ok) return r.instant
    issues.push({ path: field, message: r.message })
    return null
  }
  const startsAt = instant(c.startDate, c.startTime, 'startTime', () => startOfLocalDay(c.startDate, zone))
  const endsAt = instant(c.endDate, c.endTime, 'endTime', () => startOfLocalDay(addDays(c.endDate, 1), zone))
  if (!startsAt || !endsAt) return { ok: false, issues }
  return spanOf(startsAt, endsAt, 'endDate')
}

function spanOf(startsAt: Date, endsAt: Date, path: string): Span {
  if (startsAt.getTime() >= endsAt.getTime()) return { ok: false, issues: [{ path, message: 'ends before it starts' }] }
  return { ok: true, startsAt, endsAt }
}
