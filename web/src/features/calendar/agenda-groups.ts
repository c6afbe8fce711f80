import type { TimelineEntry } from '../../api/touring-api.ts'

export interface AgendaDay {
  /** YYYY-MM-DD at the place of the day's first booking. */
  date: string
  entries: TimelineEntry[]
  hasConflict: boolean
}

export interface AgendaMonth {
  /** YYYY-MM */
  month: string
  days: AgendaDay[]
  conflictCount: number
}

/** The local date where the entry happens: "2013-07-10 19:30" → "2013-07-10". */
export function localDateOfEntry(entry: Pick<TimelineEntry, 'localStart'>): string {
  return entry.localStart.slice(0, 10)
}

/**
 * Whether an entry takes whole days: a blockout, or one that runs from midnight to a later
 * midnight at its place (a day off, a travel day), which the timeline does not mark otherwise.
 */
export function isAllDayEntry(entry: Pick<TimelineEntry, 'kind' | 'localStart' | 'localEnd'>): boolean {
  if (entry.kind === 'blockout') return true
  const startTime = entry.localStart.slice(11, 16)
  const endTime = entry.localEnd.slice(11, 16)
  if (startTime === '') return true
  return startTime === '00:00' && (endTime === '00:00' || endTime === '') && entry.localEnd.slice(0, 10) > entry.localStart.slice(0, 10)
}

/** The local clock time, or null for an all-day entry (a blockout, a day off). */
export function localTimeOfEntry(entry: Pick<TimelineEntry, 'localStart'>): string | null {
  const time = entry.localStart.slice(11, 16)
  return /^\d{2}:\d{2}$/.test(time) ? time : null
}

/**
 * A timeline as an agenda: months, then days, in order. An entry counts on the date it starts at
 * its own place (a show in Berlin on July 3 is on July 3, wherever the reader is); within a day,
 * entries follow their instants, so two places' clocks never mix up the order.
 */
export function groupByMonthAndDay(entries: readonly TimelineEntry[]): AgendaMonth[] {
  const days = new Map<string, TimelineEntry[]>()
  for (const entry of entries) {
    const date = localDateOfEntry(entry)
    const day = days.get(date)
    if (day) day.push(entry)
    else days.set(date, [entry])
  }
  const months = new Map<string, AgendaMonth>()
  for (const date of [...days.keys()].sort()) {
    const dayEntries = (days.get(date) ?? []).sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title))
    const day: AgendaDay = { date, entries: dayEntries, hasConflict: dayEntries.some((e) => e.conflicts.length > 0) }
    const key = date.slice(0, 7)
    const month = months.get(key) ?? { month: key, days: [], conflictCount: 0 }
    month.days.push(day)
    months.set(key, month)
  }
  return [...months.values()].map(recount)
}

/** Splits the agenda at `today` (YYYY-MM-DD): what is still to come, and what is past. */
export function splitAtDay(months: readonly AgendaMonth[], today: string): { upcoming: AgendaMonth[]; past: AgendaMonth[] } {
  const upcoming: AgendaMonth[] = []
  const past: AgendaMonth[] = []
  for (const month of months) {
    const later = month.days.filter((d) => d.date >= today)
    const earlier = month.days.filter((d) => d.date < today)
    if (earlier.length > 0) past.push(recount({ ...month, days: earlier }))
    if (later.length > 0) upcoming.push(recount({ ...month, days: later }))
  }
  return { upcoming, past }
}

function recount(month: AgendaMonth): AgendaMonth {
  return { ...month, conflictCount: countConflicts(month.days.flatMap((d) => d.entries)) }
}

/**
 * How many conflicts the entries have, counted as the Conflicts page counts them: once per person
 * and pair of bookings (or booking and blockout), although the timeline lists a conflict on both of
 * its bookings. Dustin double-booked on one night is one conflict, not two.
 */
export function countConflicts(entries: readonly TimelineEntry[]): number {
  const seen = new Set<string>()
  for (const entry of entries) {
    for (const c of entry.conflicts) {
      const parts = [...new Set([entry.id, c.with?.id, c.blockoutId].filter((x): x is string => !!x))].sort()
      seen.add(`${c.kind}|${c.personId}|${parts.join('|')}`)
    }
  }
  return seen.size
}
