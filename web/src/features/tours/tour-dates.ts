function utcDate(date: string): Date | null {
  const [y, m, d] = date.split('-').map(Number)
  return y && m && d ? new Date(Date.UTC(y, m - 1, d)) : null
}

/** Two local dates as one span: "Jul 8 – Aug 31, 2013"; one date alone when they are the same; "No dates yet" when missing. */
export function formatDateSpan(first: string | null, last: string | null, locale?: string): string {
  const from = first ? utcDate(first) : null
  const to = last ? utcDate(last) : null
  if (!from) return 'No dates yet'
  const format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
  if (!to || first === last) return format.format(from)
  return format.formatRange(from, to)
}

/** "Wed, Jul 10": a show's date in a list, as it is at the venue. */
export function formatShortDate(date: string, locale?: string): string {
  const day = utcDate(date)
  if (!day) return date
  return new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(day)
}
