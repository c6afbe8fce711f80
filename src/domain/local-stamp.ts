/**
 * "YYYY-MM-DD HH:MM" of an instant on the clock of a zone, for calendars listing thousands of
 * entries: one cached Intl formatter per zone instead of a Temporal conversion per field (about
 * ten times faster; both read the same tz data, and local-stamp.test.ts checks they agree).
 */
export function localStamp(instant: Date, zone: string): string {
  const parts: Record<string, string> = {}
  for (const p of formatterOf(zone).formatToParts(instant)) parts[p.type] = p.value
  return `${parts.year!.padStart(4, '0')}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterOf(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(zone, f)
  }
  return f
}
