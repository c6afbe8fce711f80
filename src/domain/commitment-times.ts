import type { FieldIssue } from './errors.ts'
import { addDays, localToInstant, startOfLocalDay, timeZoneProblem } from './local-time.ts'

export interface CommitmentLocalTimes {
  startDate: string
  startTime?: string | null
  endDate: string
  endTime?: string | null
  timeZone: string
}

export type CommitmentInstants = { ok: true; startsAt: Date; endsAt: Date } | { ok: false; issues: FieldIssue[] }

/**
 * The instants a commitment occupies, from its local dates and times in its zone
 * (docs/decisions/005-local-time-at-the-venue.md). Without times it is all day: from the start of
 * `startDate` to the start of the day after `endDate`. A missing start time means the start of
 * its day; a missing end time, the end of its day. A local time that does not exist is refused;
 * one that happens twice means the earlier instant.
 * @example commitmentInstants({ startDate: '2013-07-04', endDate: '2013-07-04', timeZone: 'America/Chicago' })
 */
export function commitmentInstants(times: CommitmentLocalTimes): CommitmentInstants {
  const zoneProblem = timeZoneProblem(times.timeZone)
  if (zoneProblem) return { ok: false, issues: [{ path: 'timeZone', message: zoneProblem }] }
  if (times.endDate < times.startDate)
    return { ok: false, issues: [{ path: 'endDate', message: `ends on ${times.endDate}, before it starts (${times.startDate})` }] }

  const issues: FieldIssue[] = []
  const start = times.startTime
    ? localToInstant(times.startDate, times.startTime, times.timeZone)
    : { ok: true as const, instant: startOfLocalDay(times.startDate, times.timeZone) }
  if (!start.ok) issues.push({ path: 'startTime', message: start.message })
  const end = times.endTime
    ? localToInstant(times.endDate, times.endTime, times.timeZone)
    : { ok: true as const, instant: startOfLocalDay(addDays(times.endDate, 1), times.timeZone) }
  if (!end.ok) issues.push({ path: 'endTime', message: end.message })
  if (!start.ok || !end.ok) return { ok: false, issues }

  if (end.instant <= start.instant) {
    const message = `must end after it starts: ${at(times.endDate, times.endTime)} is not after ${at(times.startDate, times.startTime)}`
    return { ok: false, issues: [{ path: 'endTime', message }] }
  }
  return { ok: true, startsAt: start.instant, endsAt: end.instant }
}

const at = (date: string, time: string | null | undefined) => (time ? `${date} ${time}` : date)
