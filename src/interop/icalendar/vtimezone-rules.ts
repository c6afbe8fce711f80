import { offsetSecondsAt, parseUtcOffset, transitionsBetween } from './zone-transitions.ts'

/**
 * Reads the observances of a VTIMEZONE of the shapes timezones-ical-library and the usual
 * producers write (a fixed offset, yearly BYMONTH/BYDAY rules, RDATE lists), to check that
 * they give the same offsets as the tz database the domain uses. Anything else reads as null,
 * and the caller then writes its own definition instead (see vtimezone.ts).
 */
export interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT'
  offsetFrom: number
  offsetTo: number
  /** The first onset, as a local wall-clock time in `offsetFrom`: [year, month, day, hour, minute, second]. */
  start: [number, number, number, number, number, number]
  /** FREQ=YEARLY;BYMONTH=m;BYDAY=±nDD, or null. */
  rule: { month: number; nth: number; weekday: number } | null
  /** Further onsets (RDATE), local wall-clock times in `offsetFrom`. */
  rdates: Observance['start'][]
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']

function parseRule(text: string): Observance['rule'] | undefined {
  const parts = new Map(text.split(';').map((p) => p.split('=') as [string, string]))
  const byDay = /^([+-]?\d)(SU|MO|TU|WE|TH|FR|SA)$/.exec(parts.get('BYDAY') ?? '')
  const month = Number(parts.get('BYMONTH'))
  if (parts.size !== 3 || parts.get('FREQ') !== 'YEARLY' || !byDay || !(month >= 1 && month <= 12) || Number(byDay[1]) === 0) return undefined
  return { month, nth: Number(byDay[1]), weekday: WEEKDAYS.indexOf(byDay[2]!) }
}

function parseStart(text: string): Observance['start'] | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(text.trim())
  return m ? (m.slice(1).map(Number) as Observance['start']) : undefined
}

/** The observances of the first VTIMEZONE in `text` (unfolded, CRLF or LF), or null when it uses anything this reader does not know. */
export function parseObservances(text: string): Observance[] | null {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)
  const found: Observance[] = []
  let current: Map<string, string> | null = null
  let rdates: string[] = []
  for (const line of lines) {
    const [name, ...rest] = line.split(':')
    const value = rest.join(':')
    if (line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT') {
      current = new Map([['KIND', value]])
      rdates = []
    } else if (current && (line === 'END:STANDARD' || line === 'END:DAYLIGHT')) {
      const offsetFrom = parseUtcOffset(current.get('TZOFFSETFROM') ?? '')
      const offsetTo = parseUtcOffset(current.get('TZOFFSETTO') ?? '')
      const start = parseStart(current.get('DTSTART') ?? '')
      const rule = current.has('RRULE') ? parseRule(current.get('RRULE')!) : null
      const extra = rdates.map(parseStart)
      if (offsetFrom === null || offsetTo === null || !start || rule === undefined || extra.some((d) => !d)) return null
      found.push({ kind: current.get('KIND') as Observance['kind'], offsetFrom, offsetTo, start, rule, rdates: extra as Observance['start'][] })
      current = null
    } else if (current && name === 'RDATE') rdates.push(...value.split(','))
    else if (current && name?.startsWith('RDATE;'))
      return null // PERIOD or DATE values: not written by zone producers
    else if (current && name) current.set(name.split(';')[0]!, value)
    else if (line === 'END:VTIMEZONE') break
  }
  return found.length ? found : null
}

/** The day of the month of the nth (negative: from the end) weekday (0 = Sunday) of a month. */
export function nthWeekday(year: number, month: number, nth: number, weekday: number): number {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
    return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay()
  return lastDay - ((last - weekday + 7) % 7) - (-nth - 1) * 7
}

/** The onsets (epoch ms) of the observances in the given years, with the offset each sets, in time order. */
export function onsets(observances: Observance[], fromYear: number, toYear: number): { at: number; offsetTo: number }[] {
  const found: { at: number; offsetTo: number }[] = []
  const onset = ([y, mo, d, h, mi, s]: Observance['start'], offsetFrom: number) => Date.UTC(y, mo - 1, d, h, mi, s) - offsetFrom * 1000
  for (const o of observances) {
    // DTSTART is itself the first onset (RFC 5545 3.6.5), then the rule's and the RDATEs.
    for (const start of [o.start, ...o.rdates]) found.push({ at: onset(start, o.offsetFrom), offsetTo: o.offsetTo })
    if (!o.rule) continue
    const [y, , , h, mi, s] = o.start
    for (let year = Math.max(fromYear, y); year <= toYear; year++) {
      const day = nthWeekday(year, o.rule.month, o.rule.nth, o.rule.weekday)
      found.push({ at: Date.UTC(year, o.rule.month - 1, day, h, mi, s) - o.offsetFrom * 1000, offsetTo: o.offsetTo })
    }
  }
  return found.sort((a, b) => a.at - b.at)
}

/** The offset the observances give at an instant (seconds east of UTC), or null before their first onset. */
export function observedOffsetAt(observances: Observance[], epochMs: number): number | null {
  const year = new Date(epochMs).getUTCFullYear()
  const before = onsets(observances, year - 1, year + 1).filter((o) => o.at <= epochMs)
  return before.length ? before[before.length - 1]!.offsetTo : null
}

/**
 * Whether a VTIMEZONE gives exactly the tz database's offsets for `zone` in [fromMs, toMs): the
 * same offset at the start and the same changes at the same instants.
 * @example reproducesTzdb(tzlibBlock, 'America/Sao_Paulo', Date.UTC(2013, 0), Date.UTC(2014, 0)) // false: Brazil had DST in 2013
 */
export function reproducesTzdb(vtimezone: string, zone: string, fromMs: number, toMs: number): boolean {
  const observances = parseObservances(vtimezone)
  if (!observances) return false
  if (observedOffsetAt(observances, fromMs) !== offsetSecondsAt(zone, fromMs)) return false
  const fromYear = new Date(fromMs).getUTCFullYear()
  const toYear = new Date(toMs).getUTCFullYear()
  const theirs = onsets(observances, fromYear, toYear).filter((o) => o.at > fromMs && o.at < toMs)
  // An onset that keeps the offset (a fixed zone's only observance) changes nothing.
  const changes = theirs.filter((o, i) => o.offsetTo !== (i === 0 ? observedOffsetAt(observances, fromMs) : theirs[i - 1]!.offsetTo))
  const ours = transitionsBetween(zone, fromMs, toMs)
  return changes.length === ours.length && ours.every((t, i) => changes[i]!.at === t.at && changes[i]!.offsetTo === t.offsetAfter)
}
