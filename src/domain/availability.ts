import { Temporal } from 'temporal-polyfill'
import type { FieldIssue } from './errors.ts'
import { latestDay, type PartialDate } from './partial-date.ts'
import { HOLD_KIND_LABELS, HOLD_PERIOD_MAX_DAYS, HOLD_PERIOD_MAX_MONTHS, type HoldKind, type HolderKind } from './rights.ts'

/**
 * Who may use a work on a given day (docs/glossary.md: option, hold, first use, exclusive, free and clear).
 *
 * The rules, in one place:
 * - A hold is in force from `startsOn` through its END DAY, both INCLUSIVE; the work is free again
 *   the day after the end day (unless another hold is in force then).
 * - With a period, the end day is `startsOn` plus the months, then plus the days (calendar
 *   arithmetic, Temporal): "6 months" from 2013-01-31 ends on 2013-07-31, from 2013-08-31 on
 *   2014-02-28 (the month is shorter, so the day is clamped).
 * - A hold that ends on release ends the day BEFORE the first release on or after its start: on the
 *   release day the work is out and the hold is spent. Releases before the hold's start do not end it.
 * - A release known only to the month or year counts from the earliest day on which it has
 *   CERTAINLY happened, i.e. the last day the partial date can mean (2013-06 → 2013-06-30), so that
 *   a work is never called free while it may still be held.
 * - When several holds are in force, the one named is an exclusive one if any, else the one ending
 *   last (then by kind and id, so the answer is stable).
 */

export interface HoldPeriod {
  months: number
  days: number
}

export interface Holder {
  kind: HolderKind
  id: string
  name: string
}

/** The terms of one hold as the domain needs them. */
export interface HoldTerms {
  id: string
  kind: HoldKind
  holder: Holder
  startsOn: string
  period: HoldPeriod | null
  endsOn: string | null
  endsOnRelease: boolean
}

export type Availability = { state: 'held'; by: Holder; kind: HoldKind; until: string; holdId: string } | { state: 'free'; since: string | null }

/** A run of days with the same availability; `from`/`to` are inclusive, null means unbounded. */
export interface AvailabilitySegment {
  from: string | null
  to: string | null
  availability: Availability
}

/** A hold with the days it is really in force (`to` < `from` when a release spent it before it began). */
export interface HoldSpan {
  hold: HoldTerms
  from: string
  to: string
  /** The nominal end day, before any early end on release. */
  nominalTo: string
  endedByRelease: boolean
}

const day = (text: string) => Temporal.PlainDate.from(text)

export function addDays(date: string, days: number): string {
  return day(date).add({ days }).toString()
}

/** The last day a hold is in force by its own terms (inclusive), ignoring releases. */
export function nominalEndDay(hold: Pick<HoldTerms, 'startsOn' | 'period' | 'endsOn'>): string {
  if (hold.endsOn) return hold.endsOn
  const period = hold.period ?? { months: 0, days: 0 }
  return day(hold.startsOn).add({ months: period.months }).add({ days: period.days }).toString()
}

/** The day a release has certainly happened (see the rules above). */
export function releaseDay(date: string): string {
  return latestDay(date as PartialDate)
}

/** The days each hold is in force, given the days the work was released (full YYYY-MM-DD days). */
export function holdSpan(hold: HoldTerms, releaseDays: readonly string[]): HoldSpan {
  const nominalTo = nominalEndDay(hold)
  let to = nominalTo
  let endedByRelease = false
  if (hold.endsOnRelease) {
    const first = releaseDays.filter((d) => d >= hold.startsOn).sort()[0]
    if (first !== undefined && first <= nominalTo) {
      to = addDays(first, -1)
      endedByRelease = true
    }
  }
  return { hold, from: hold.startsOn, to, nominalTo, endedByRelease }
}

const kindRank: Record<HoldKind, number> = { exclusive: 3, option: 2, hold: 1, 'first-use': 0 }

/** Of the spans in force on one day, the one named in "held by …" (see the rules above). */
function principal(active: readonly HoldSpan[]): HoldSpan {
  return [...active].sort((a, b) => {
    const ex = Number(b.hold.kind === 'exclusive') - Number(a.hold.kind === 'exclusive')
    if (ex !== 0) return ex
    if (a.to !== b.to) return a.to < b.to ? 1 : -1
    if (a.hold.kind !== b.hold.kind) return kindRank[b.hold.kind] - kindRank[a.hold.kind]
    return a.hold.id < b.hold.id ? -1 : a.hold.id > b.hold.id ? 1 : 0
  })[0]!
}

function heldBy(span: HoldSpan): Availability {
  return { state: 'held', by: span.hold.holder, kind: span.hold.kind, until: span.to, holdId: span.hold.id }
}

/**
 * The availability of a work over all time: consecutive segments from the unbounded past to the
 * unbounded future. Within a segment the set of holds in force does not change.
 */
export function availabilityTimeline(holds: readonly HoldTerms[], releaseDays: readonly string[]): AvailabilitySegment[] {
  const spans = holds.map((h) => holdSpan(h, releaseDays)).filter((s) => s.to >= s.from)
  const boundaries = [...new Set(spans.flatMap((s) => [s.from, addDays(s.to, 1)]))].sort()
  const segments: AvailabilitySegment[] = []
  let freeSince: string | null = null
  let previous: string | null = null
  for (const boundary of [...boundaries, null]) {
    const from = previous
    const to = boundary === null ? null : addDays(boundary, -1)
    const probe = from ?? null
    const active = probe === null ? [] : spans.filter((s) => s.from <= probe && probe <= s.to)
    const availability: Availability = active.length > 0 ? heldBy(principal(active)) : { state: 'free', since: freeSince }
    const last = segments[segments.length - 1]
    if (last && sameAvailability(last.availability, availability)) last.to = to
    else segments.push({ from, to, availability })
    if (active.length > 0) freeSince = boundary
    previous = boundary
  }
  return segments
}

function sameAvailability(a: Availability, b: Availability): boolean {
  if (a.state === 'free' && b.state === 'free') return a.since === b.since
  if (a.state === 'held' && b.state === 'held') return a.holdId === b.holdId && a.until === b.until
  return false
}

/** The availability on one day (YYYY-MM-DD), read from a timeline. */
export function availabilityOn(timeline: readonly AvailabilitySegment[], date: string): Availability {
  const segment = timeline.find((s) => (s.from === null || s.from <= date) && (s.to === null || date <= s.to))
  return segment?.availability ?? { state: 'free', since: null }
}

/** The first day on or after `date` that no hold covers: across back-to-back holds, not just the first one's end. */
export function firstFreeDay(timeline: readonly AvailabilitySegment[], date: string): string {
  const index = timeline.findIndex((s) => (s.from === null || s.from <= date) && (s.to === null || date <= s.to))
  if (timeline[index]?.availability.state !== 'held') return date
  // Every hold ends, so the last segment is free; the first free one after `date` starts on a day.
  return timeline.slice(index + 1).find((s) => s.availability.state === 'free')!.from!
}

/** "held by Columbia (option) until 2013-12-11", "free and clear since 2013-12-12", "free and clear". */
export function availabilityText(availability: Availability): string {
  if (availability.state === 'held') return `held by ${availability.by.name} (${HOLD_KIND_LABELS[availability.kind]}) until ${availability.until}`
  return availability.since ? `free and clear since ${availability.since}` : 'free and clear'
}

/** Whether two inclusive day ranges share a day. */
function overlaps(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to
}

/**
 * The first other hold that may not share a day with this one, or null: two exclusive holds never
 * overlap, and while a song is held exclusively nobody else may hold it in any way ("nobody else
 * may use or pitch it"); the exclusive holder's own first use or option may. Nominal days, not days
 * shortened by a release: a release date can later move, and the rule must hold then too.
 */
export function overlappingExclusive(candidate: HoldTerms, others: readonly HoldTerms[]): HoldTerms | null {
  const mine = { from: candidate.startsOn, to: nominalEndDay(candidate) }
  const sameHolder = (o: HoldTerms) => o.holder.kind === candidate.holder.kind && o.holder.id === candidate.holder.id
  const excludes = (o: HoldTerms) =>
    (o.kind === 'exclusive' && candidate.kind === 'exclusive') || ((o.kind === 'exclusive' || candidate.kind === 'exclusive') && !sameHolder(o))
  return others.find((o) => o.id !== candidate.id && excludes(o) && overlaps(mine, { from: o.startsOn, to: nominalEndDay(o) })) ?? null
}

/** The exclusive hold of a party other than `artistActId` in force on `date`, if any. */
export function blockingExclusive(spans: readonly HoldSpan[], date: string, artistActId: string | null): HoldSpan | null {
  return (
    spans.find((s) => s.hold.kind === 'exclusive' && s.from <= date && date <= s.to && !(s.hold.holder.kind === 'act' && s.hold.holder.id === artistActId)) ??
    null
  )
}

/** Spans ending between `today` and `today + withinDays` (inclusive), soonest first. */
export function expiringSpans(spans: readonly HoldSpan[], today: string, withinDays: number): HoldSpan[] {
  const horizon = addDays(today, withinDays)
  return spans.filter((s) => s.to >= s.from && s.to >= today && s.to <= horizon).sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0))
}

/** Why the terms of a hold cannot stand, naming the fields: a period or an end day, not both, and no end before the start. */
export function holdTermsIssues(terms: { startsOn: string; period?: HoldPeriod | null; endsOn?: string | null }): FieldIssue[] {
  const { period, endsOn } = terms
  if (period && endsOn) return [{ path: 'endsOn', message: 'give a period or an end date, not both' }]
  if (!period && !endsOn) return [{ path: 'period', message: 'give a period (e.g. 6 months) or an end date' }]
  if (period) {
    if (period.months === 0 && period.days === 0) return [{ path: 'period', message: 'a period is at least one day or one month' }]
    if (period.months > HOLD_PERIOD_MAX_MONTHS) return [{ path: 'period.months', message: `at most ${HOLD_PERIOD_MAX_MONTHS} months` }]
    if (period.days > HOLD_PERIOD_MAX_DAYS) return [{ path: 'period.days', message: `at most ${HOLD_PERIOD_MAX_DAYS} days` }]
    return []
  }
  if (endsOn! < terms.startsOn) return [{ path: 'endsOn', message: `ends (${endsOn}) before it starts (${terms.startsOn})` }]
  return []
}
