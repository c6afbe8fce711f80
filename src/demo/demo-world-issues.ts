import {
  ACT_KINDS,
  MEMBERSHIP_ROLES,
  MODES,
  PITCH_CLASSES,
  RECORDING_KINDS,
  RELEASE_FORMATS,
  RELEASE_KINDS,
  STAGE_NEEDS,
  WRITER_ROLES,
} from '../domain/catalog.ts'
import type { FieldIssue } from '../domain/errors.ts'
import { dateRangeIssues } from '../domain/partial-date.ts'
import { WORKSPACE_ROLES } from '../domain/roles.ts'
import { SLUG_PATTERN } from '../domain/slug.ts'
import { writerShareIssues } from '../domain/writer-shares.ts'
import { checker, type Checker } from './demo-checker.ts'
import { checkTouring } from './demo-touring-issues.ts'
import { checkCharts } from './demo-chart-rows.ts'
import { checkRights } from './demo-rights-rows.ts'
import { checkPublishing } from './demo-publishing-rows.ts'
import { demoEmail, type DemoWorld } from './world-2013.ts'

/**
 * Everything wrong with a demo world, with paths such as `works.3.writers`. The data is typed, but
 * tests run without the type checker, so enums and cross-references are checked here as well: a
 * typo in the data file must fail loudly, not load half a world.
 */
export function demoWorldIssues(world: DemoWorld): FieldIssue[] {
  const c = checker(world)
  c.check(SLUG_PATTERN.test(world.workspace.slug), 'workspace.slug', 'not a slug')
  checkPeopleAndActs(world, c)
  checkWorks(world, c)
  checkRecordings(world, c)
  checkReleases(world, c)
  checkTouring(world, c)
  checkCharts(world, c)
  checkRights(world, c)
  checkPublishing(world, c)
  return c.issues
}

function checkPeopleAndActs(world: DemoWorld, c: Checker): void {
  const emails = new Set<string>()
  world.people.forEach((p, i) => {
    c.oneOf(WORKSPACE_ROLES, p.login, `people.${i}.login`)
    if (!p.login) return
    const email = demoEmail(p)
    c.check(!emails.has(email), `people.${i}.name`, `the login ${email} is taken by another person`)
    emails.add(email)
  })
  const slugs = new Set<string>()
  world.acts.forEach((a, i) => {
    c.oneOf(ACT_KINDS, a.kind, `acts.${i}.kind`)
    c.check(SLUG_PATTERN.test(a.slug) && !slugs.has(a.slug), `acts.${i}.slug`, `"${a.slug}" is not a slug or is used twice`)
    slugs.add(a.slug)
  })
  world.memberships.forEach((m, i) => {
    c.known('act', m.act, `memberships.${i}.act`)
    c.known('person', m.person, `memberships.${i}.person`)
    c.oneOf(MEMBERSHIP_ROLES, m.role, `memberships.${i}.role`)
    c.issues.push(...dateRangeIssues(m.beginDate, m.endDate, { begin: `memberships.${i}.beginDate`, end: `memberships.${i}.endDate` }))
  })
}

function checkWorks(world: DemoWorld, c: Checker): void {
  world.works.forEach((w, i) => {
    w.writers.forEach((wr, j) => {
      c.known('person', wr.person, `works.${i}.writers.${j}.person`)
      c.oneOf(WRITER_ROLES, wr.role, `works.${i}.writers.${j}.role`)
    })
    const shares = w.writers.map((wr) => ({ personId: wr.person, sharePercent: wr.sharePercent }))
    c.issues.push(...writerShareIssues(shares, `works.${i}.writers`))
  })
}

function checkRecordings(world: DemoWorld, c: Checker): void {
  world.recordings.forEach((r, i) => {
    const path = `recordings.${i}`
    c.known('work', r.work, `${path}.work`)
    c.known('act', r.act, `${path}.act`)
    c.oneOf(RECORDING_KINDS, r.kind, `${path}.kind`)
    c.oneOf(PITCH_CLASSES, r.key, `${path}.key`)
    c.oneOf(MODES, r.mode, `${path}.mode`)
    r.needs.forEach((n, j) => c.oneOf(STAGE_NEEDS, n, `${path}.needs.${j}`))
    c.check(r.energy === undefined || (Number.isInteger(r.energy) && r.energy >= 1 && r.energy <= 10), `${path}.energy`, 'energy is 1 to 10')
    c.date(r.recordedOn, `${path}.recordedOn`)
    r.leads.forEach((p, j) => c.known('person', p, `${path}.leads.${j}`))
    r.featured?.forEach((f, j) => c.known('act', f.act, `${path}.featured.${j}.act`))
  })
}

function checkReleases(world: DemoWorld, c: Checker): void {
  world.releaseGroups.forEach((g, i) => {
    const path = `releaseGroups.${i}`
    c.known('act', g.act, `${path}.act`)
    c.oneOf(RELEASE_KINDS, g.kind, `${path}.kind`)
    if (g.singleOf !== undefined) c.known('release', g.singleOf, `${path}.singleOf`)
    g.editions.forEach((e, j) => {
      c.oneOf(RELEASE_FORMATS, e.format, `${path}.editions.${j}.format`)
      c.date(e.releaseDate, `${path}.editions.${j}.releaseDate`)
      c.date(e.preorderDate, `${path}.editions.${j}.preorderDate`)
      const slots = new Set(e.tracks.map((t) => `${t.medium}.${t.position}`))
      c.check(slots.size === e.tracks.length, `${path}.editions.${j}.tracks`, 'two tracks share a medium and position')
      e.tracks.forEach((t, k) => c.known('recording', t.recording, `${path}.editions.${j}.tracks.${k}.recording`))
    })
  })
  world.placements.forEach((p, i) => {
    c.known('recording', p.recording, `placements.${i}.recording`)
    c.check(/^\d{4}-\d{2}-\d{2}$/.test(p.airDate), `placements.${i}.airDate`, 'an air date is YYYY-MM-DD')
    c.date(p.airDate, `placements.${i}.airDate`)
  })
}

/** The refs of a list of records, with an issue for each one used twice (at the record's own `path` when it has one). */
