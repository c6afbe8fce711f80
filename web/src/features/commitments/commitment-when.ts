import type { Commitment } from '../../api/touring-api.ts'
import { formatClock, formatLocalDate, zoneName } from '../shows/zoned-time.ts'
import { formatDateSpan } from '../tours/tour-dates.ts'

type When = Pick<Commitment, 'startDate' | 'startTime' | 'endDate' | 'endTime' | 'startsAt' | 'endsAt' | 'timeZone'>

/** When a commitment is, at its place: "Jun 11, 2013, 8:00 AM – 8:30 AM EDT", or "Jun 11 – 12, 2013 · all day". */
export function formatCommitmentWhen(when: When, locale?: string): string {
  if (!when.startTime) return `${formatDateSpan(when.startDate, when.endDate, locale)} · all day`
  const starts = new Date(when.startsAt)
  const ends = new Date(when.endsAt)
  const start = `${formatLocalDate(when.startDate, 'medium', locale)}, ${formatClock(starts, when.timeZone, locale)}`
  const endDay = when.endDate !== when.startDate ? `${formatLocalDate(when.endDate, 'medium', locale)}, ` : ''
  return `${start} – ${endDay}${formatClock(ends, when.timeZone, locale)} ${zoneName(starts, when.timeZone, 'short', locale)}`
}
