const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A date known to the year, month or day, written as precisely as it is known: "2013", "June 2013", "June 11, 2013". */
export function formatPartialDate(value: string | null | undefined): string {
  if (!value) return '—'
  const [year, month, day] = value.split('-')
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  if (!monthName) return year ?? value
  if (!day) return `${monthName} ${year}`
  return `${monthName} ${Number(day)}, ${year}`
}

/** A membership's span: "2009 – 2013", "since June 2013", "until 2013", or "" when both ends are unknown. */
export function formatDateRange(begin: string | null | undefined, end: string | null | undefined): string {
  if (begin && end) return `${formatPartialDate(begin)} – ${formatPartialDate(end)}`
  if (begin) return `since ${formatPartialDate(begin)}`
  if (end) return `until ${formatPartialDate(end)}`
  return ''
}
