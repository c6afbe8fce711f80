import { addDays, localToInstant, timeZoneProblem } from './local-time.ts'
import { endDayOffset, startOffsetProblem } from './road.ts'

/**
 * A schedule line's instants from its local times on the day's clock (ADR 005, ADR 034): the start on
 * the day's date or, after midnight, the morning after (up to 06:00); the end on the start's day, or
 * the next when it is earlier than the start, never more than a day after the day's date. The DST
 * rule of local-time.ts holds: a time the clocks skip is refused, a repeated one is the earlier.
 */
export type ItemSpan =
  { ok: true; startsAt: Date; endsAt: Date | null; endDayOffset: number | null } | { ok: false; issues: { path: string; message: string }[] }

export function itemSpan(day: { localDate: string; timeZone: string }, item: { startTime: string; startDayOffset: number; endTime?: string | null }): ItemSpan {
  const zone = timeZoneProblem(day.timeZone)
  if (zone) return { ok: false, issues: [{ path: 'timeZone', message: zone }] }
  const offsetProblem = startOffsetProblem(item.startTime, item.startDayOffset)
  if (offsetProblem) return { ok: false, issues: [{ path: 'startTime', message: offsetProblem }] }
  const start = localToInstant(addDays(day.localDate, item.startDayOffset), item.startTime, day.timeZone)
  if (!start.ok) return { ok: false, issues: [{ path: 'startTime', message: start.message }] }
  if (!item.endTime) return { ok: true, startsAt: start.instant, endsAt: null, endDayOffset: null }
  const endOffset = endDayOffset(item.startTime, item.startDayOffset, item.endTime)
  if (endOffset === null)
    return { ok: false, issues: [{ path: 'endTime', message: `${item.endTime} would be two days after the day's date: a line ends within a day of its day` }] }
  const end = localToInstant(addDays(day.localDate, endOffset), item.endTime, day.timeZone)
  if (!end.ok) return { ok: false, issues: [{ path: 'endTime', message: end.message }] }
  return { ok: true, startsAt: start.instant, endsAt: end.instant, endDayOffset: endOffset }
}
