import { type FieldIssue } from './errors.ts'

/**
 * A date that may be known only to the year or the month, as music data often is:
 * `2013`, `2013-06` or `2013-06-11`. Stored as that text, so its precision is kept and
 * it sorts correctly as a string.
 */
export type PartialDate = string & { readonly __brand: 'PartialDate' }

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** Returns why `text` is not a partial date, or null when it is one. */
export function partialDateProblem(text: string): string | null {
  const m = PARTIAL_DATE_PATTERN.exec(text)
  if (!m) return `"${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`
  const month = m[2] === undefined ? undefined : Number(m[2])
  const day = m[3] === undefined ? undefined : Number(m[3])
  if (month !== undefined && (month < 1 || month > 12)) return `month ${m[2]} does not exist`
  if (day !== undefined && month !== undefined) {
    const last = daysInMonth(Number(m[1]), month)
    if (day < 1 || day > last) return `day ${m[3]} does not exist in ${m[1]}-${m[2]}`
  }
  return null
}

export function isPartialDate(text: string): text is PartialDate {
  return partialDateProblem(text) === null
}

/** The first full day the partial date can mean: 2013 → 2013-01-01. */
export function earliestDay(date: PartialDate): string {
  const [y, m = '01', d = '01'] = date.split('-')
  return `${y}-${m}-${d}`
}

/** The last full day the partial date can mean: 2013-02 → 2013-02-28. */
export function latestDay(date: PartialDate): string {
  const [y = '', m, d] = date.split('-')
  if (m === undefined) return `${y}-12-31`
  if (d === undefined) return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`
  return date
}

/**
 * Checks that a range does not end before it begins. With partial dates a range is refused only
 * when it must end before it begins (begin 2013-05 with end 2013 is fine).
 */
export function dateRangeIssues(begin: string | null | undefined, end: string | null | undefined, paths: { begin: string; end: string }): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (begin) {
    const p = partialDateProblem(begin)
    if (p) issues.push({ path: paths.begin, message: p })
  }
  if (end) {
    const p = partialDateProblem(end)
    if (p) issues.push({ path: paths.end, message: p })
  }
  if (issues.length === 0 && begin && end && latestDay(end as PartialDate) < earliestDay(begin as PartialDate)) {
    issues.push({ path: paths.end, message: `ends (${end}) before it begins (${begin})` })
  }
  return issues
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
