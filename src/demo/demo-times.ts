import type { FieldIssue } from '../domain/errors.ts'
import { addDays, localToInstant, startOfLocalDay } from '../domain/local-time.ts'
import { showSpan as domainShowSpan } from '../domain/show-times.ts'
import type { DemoShowTimes } from './world-2013/types.ts'

/**
 * The instants a demo show or commitment occupies, by the rule of
 * docs/decisions/005-local-time-at-the-venue.md: local times at the place are the truth and
 * instants are derived from them (DST gaps refused, repeated times take the earlier instant).
 */
export type Span = { ok: true; startsAt: Date; endsAt: Date } | { ok: false; issues: FieldIssue[] }

/**
 * A show's span by the product's own rule (domain/show-times.ts: first given time to curfew, set
 * start + 2 h, or the end of its day; times past midnight on the next day), with each issue named
 * by its place in the demo world, and a span that does not move forward refused.
 */
export function showSpan(date: string, times: DemoShowTimes, zone: string, path = 'times'): Span {
  const span = domainShowSpan(date, times, zone)
  if (!span.ok) return { ok: false, issues: span.issues.map((i) => ({ path: `${path}.${i.path}`, message: i.message })) }
  return spanOf(span.startsAt, span.endsAt, path)
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
