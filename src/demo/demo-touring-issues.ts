import { coordinatesIssues } from '../domain/geo.ts'
import { timeZoneProblem } from '../domain/local-time.ts'
import { partialDateProblem } from '../domain/partial-date.ts'
import { ANNOUNCEMENT_STATES, BILLING_ROLES, COMMITMENT_KINDS, LOCAL_TIME_PATTERN, SHOW_STATUSES } from '../domain/touring.ts'
import type { Checker } from './demo-checker.ts'
import { commitmentSpan, showSpan } from './demo-times.ts'
import { SHOW_TIME_FIELDS, showTimeDays } from '../domain/show-time-days.ts'
import type { DemoWorld } from './world-2013.ts'

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/** The touring half of a demo world: venues, tours and legs, shows, commitments, blockouts. */
export function checkTouring(world: DemoWorld, c: Checker): void {
  const zones = checkVenues(world, c)
  checkTours(world, c)
  checkShows(world, c, zones)
  checkCommitments(world, c, zones)
  world.blockouts.forEach((b, i) => {
    c.known('person', b.person, `blockouts.${i}.person`)
    const datesOk = fullDate(c, b.startDate, `blockouts.${i}.startDate`) && fullDate(c, b.endDate, `blockouts.${i}.endDate`)
    if (datesOk) c.check(b.startDate <= b.endDate, `blockouts.${i}.endDate`, 'a blockout ends on or after its first day')
  })
}

/** Checks the venues; returns the zone of each venue whose zone is valid. */
function checkVenues(world: DemoWorld, c: Checker): Map<string, string> {
  const zones = new Map<string, string>()
  world.venues.forEach((v, i) => {
    c.check(v.name.trim() !== '' && v.city.trim() !== '', `venues.${i}.name`, 'a venue has a name and a city')
    c.check(/^[A-Z]{2}$/.test(v.country), `venues.${i}.country`, 'a two-letter country code like US or GB')
    c.issues.push(...coordinatesIssues(v.latitude, v.longitude, `venues.${i}.`))
    if (zoneOk(c, v.timeZone, `venues.${i}.timeZone`)) zones.set(v.ref, v.timeZone)
  })
  return zones
}

function checkTours(world: DemoWorld, c: Checker): void {
  world.tours.forEach((t, i) => {
    c.known('act', t.act, `tours.${i}.act`)
    c.check(t.legs.length > 0, `tours.${i}.legs`, 'a demo tour has at least one leg')
  })
}

function checkShows(world: DemoWorld, c: Checker, zones: Map<string, string>): void {
  const tourOf = new Map(world.tours.map((t) => [t.ref, t]))
  world.shows.forEach((s, i) => {
    const path = `shows.${i}`
    c.known('act', s.act, `${path}.act`)
    c.known('venue', s.venue, `${path}.venue`)
    if (s.tour !== undefined) {
      const tour = tourOf.get(s.tour)
      c.check(tour !== undefined, `${path}.tour`, `no tour "${s.tour}"`)
      c.check(!tour || tour.act === s.act, `${path}.act`, `the tour "${s.tour}" belongs to another act`)
      c.check(s.leg === undefined || !tour || tour.legs.some((l) => l.ref === s.leg), `${path}.leg`, `the tour "${s.tour}" has no leg "${s.leg}"`)
    } else {
      c.check(s.leg === undefined, `${path}.leg`, 'a leg needs its tour')
    }
    c.oneOf(SHOW_STATUSES, s.status, `${path}.status`)
    c.oneOf(ANNOUNCEMENT_STATES, s.announcement, `${path}.announcement`)
    const embargoed = s.announcement === 'embargoed'
    c.check(embargoed === (s.announceAt !== undefined), `${path}.announceAt`, 'an embargoed show, and only one, has an announce time')
    c.check(
      s.announceAt === undefined || (ISO_INSTANT.test(s.announceAt) && !Number.isNaN(Date.parse(s.announceAt))),
      `${path}.announceAt`,
      'an ISO 8601 instant with its offset',
    )
    checkShowTimes(c, s.date, s.times, zones.get(s.venue), path)
    unique(
      c,
      s.billing.map((b) => b.act),
      `${path}.billing`,
    )
    s.billing.forEach((b, j) => {
      c.known('act', b.act, `${path}.billing.${j}.act`)
      c.oneOf(BILLING_ROLES, b.role, `${path}.billing.${j}.role`)
      c.check(b.act !== s.act, `${path}.billing.${j}.act`, 'the headliner is not billed again')
    })
    unique(
      c,
      s.lineup.map((l) => l.person),
      `${path}.lineup`,
    )
    s.lineup.forEach((l, j) => {
      c.known('person', l.person, `${path}.lineup.${j}.person`)
      c.check(l.role.trim().length > 0 && l.role.length <= 60, `${path}.lineup.${j}.role`, 'a role of 1 to 60 characters')
    })
  })
}

function checkShowTimes(c: Checker, date: string, times: DemoWorld['shows'][number]['times'], zone: string | undefined, path: string): void {
  let valid = fullDate(c, date, `${path}.date`)
  for (const field of SHOW_TIME_FIELDS) {
    const value = times[field]
    if (value === undefined || LOCAL_TIME_PATTERN.test(value)) continue
    c.check(false, `${path}.times.${field}`, 'a time like 19:30 (24-hour clock)')
    valid = false
  }
  if (!valid) return
  // The day's order (past midnight up to 06:00) is the domain's rule (show-time-days.ts), as for every show.
  const order = showTimeDays(times)
  for (const issue of order.issues) c.check(false, `${path}.times.${issue.path}`, issue.message)
  if (order.issues.length || zone === undefined) return
  const span = showSpan(date, times, zone, `${path}.times`)
  if (!span.ok) c.issues.push(...span.issues)
}

function checkCommitments(world: DemoWorld, c: Checker, zones: Map<string, string>): void {
  world.commitments.forEach((m, i) => {
    const path = `commitments.${i}`
    c.oneOf(COMMITMENT_KINDS, m.kind, `${path}.kind`)
    c.check(m.title.trim() !== '', `${path}.title`, 'a commitment has a title')
    if (m.act !== undefined) c.known('act', m.act, `${path}.act`)
    let zone: string | undefined
    if (m.venue !== undefined) {
      c.known('venue', m.venue, `${path}.venue`)
      zone = zones.get(m.venue)
      c.check(m.timeZone === undefined || m.timeZone === zone, `${path}.timeZone`, "a commitment at a venue takes the venue's zone")
      c.check(m.latitude === undefined && m.longitude === undefined, `${path}.latitude`, "a commitment at a venue takes the venue's coordinates")
    } else if (m.timeZone === undefined) {
      c.check(false, `${path}.timeZone`, 'a commitment without a venue needs a time zone')
    } else if (zoneOk(c, m.timeZone, `${path}.timeZone`)) {
      zone = m.timeZone
    }
    c.issues.push(...coordinatesIssues(m.latitude, m.longitude, `${path}.`))
    let valid = fullDate(c, m.startDate, `${path}.startDate`) && fullDate(c, m.endDate, `${path}.endDate`)
    for (const field of ['startTime', 'endTime'] as const) {
      const value = m[field]
      if (value !== undefined && !LOCAL_TIME_PATTERN.test(value)) {
        c.check(false, `${path}.${field}`, 'a time like 19:30 (24-hour clock)')
        valid = false
      }
    }
    if (valid && zone !== undefined) {
      const span = commitmentSpan(m, zone)
      if (!span.ok) c.issues.push(...span.issues.map((issue) => ({ ...issue, path: `${path}.${issue.path}` })))
    }
    c.check(m.people.length > 0, `${path}.people`, 'a demo commitment takes somebody’s time')
    unique(c, m.people, `${path}.people`)
    m.people.forEach((p, j) => c.known('person', p, `${path}.people.${j}`))
  })
}

function zoneOk(c: Checker, zone: string, path: string): boolean {
  const problem = timeZoneProblem(zone)
  c.check(problem === null, path, problem ?? '')
  return problem === null
}

function fullDate(c: Checker, value: string, path: string): boolean {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && partialDateProblem(value) === null
  c.check(ok, path, `"${value}" is not a date YYYY-MM-DD`)
  return ok
}

function unique(c: Checker, values: readonly string[], path: string): void {
  c.check(new Set(values).size === values.length, path, 'lists someone or something twice')
}
