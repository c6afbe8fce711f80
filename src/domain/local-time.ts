import { Temporal } from 'temporal-polyfill'

/**
 * Local dates and times at a place, turned into instants. The rule at daylight-saving changes
 * (docs/decisions/005-local-time-at-the-venue.md):
 * - a local time that does not exist (02:30 on a spring-forward day) is REFUSED with a message;
 * - a local time that happens twice (01:30 on a fall-back day) means the EARLIER of the two.
 */

/** Null when `zone` is an IANA time zone this runtime knows; a message otherwise. */
export function timeZoneProblem(zone: string): string | null {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone) && zone !== 'UTC') return `"${zone}" is not an IANA time zone like Europe/London`
  try {
    const canonical = Temporal.PlainDate.from('2000-01-01').toZonedDateTime({ timeZone: zone }).timeZoneId
    return canonical ? null : `unknown time zone "${zone}"`
  } catch {
    return `unknown time zone "${zone}"`
  }
}

export type LocalInstant = { ok: true; instant: Date } | { ok: false; message: string }

/** The instant of a local date and time ("HH:MM") in a zone, by the rule above. */
export function localToInstant(date: string, time: string, zone: string): LocalInstant {
  let plain: Temporal.PlainDateTime
  try {
    plain = Temporal.PlainDateTime.from(`${date}T${time}`)
  } catch {
    return { ok: false, message: `${date} ${time} is not a date and time` }
  }
  const earlier = plain.toZonedDateTime(zone, { disambiguation: 'earlier' })
  const later = plain.toZonedDateTime(zone, { disambiguation: 'later' })
  // In a gap both resolutions move the wall clock; the wall time read back differs from the one asked for.
  if (!earlier.toPlainDateTime().equals(plain) && !later.toPlainDateTime().equals(plain)) {
    return { ok: false, message: `${time} does not exist on ${date} in ${zone}: the clocks jump forward then. Choose a time before or after the change.` }
  }
  const pick = earlier.toPlainDateTime().equals(plain) ? earlier : later
  return { ok: true, instant: new Date(pick.epochMilliseconds) }
}

/** The local calendar date of an instant in a zone (YYYY-MM-DD). */
export function instantToLocalDate(instant: Date, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(zone).toPlainDate().toString()
}

/** The local wall-clock time of an instant in a zone (HH:MM). */
export function instantToLocalTime(instant: Date, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(zone).toPlainTime().toString({ smallestUnit: 'minute' })
}

/** The instant a local day begins (its first existing minute) in a zone. */
export function startOfLocalDay(date: string, zone: string): Date {
  return new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: zone }).epochMilliseconds)
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString()
}
