import { ValidationError } from '../../domain/errors.ts'

const DAY_MS = 86_400_000

/** A query bound given as a date (midnight UTC) or an instant with an offset, as a Date. */
export function instantOf(text: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text)
}

/** The [from, to) a calendar view covers: the query's bounds, or days around now; `to` must be after `from`. */
export function timeRange(query: { from?: string; to?: string }, now: Date, defaults: { daysBefore: number; daysAfter: number }): { from: Date; to: Date } {
  const from = query.from ? instantOf(query.from) : new Date(now.getTime() - defaults.daysBefore * DAY_MS)
  const to = query.to ? instantOf(query.to) : new Date(now.getTime() + defaults.daysAfter * DAY_MS)
  if (to <= from) throw new ValidationError([{ path: 'querystring.to', message: 'must be after from' }])
  return { from, to }
}
