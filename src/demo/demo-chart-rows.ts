import type * as schema from '../db/schema/index.ts'
import { AWARD_RESULTS, CHART_KINDS } from '../domain/charts.ts'
import type { Context } from './demo-row-context.ts'
import type { Checker } from './demo-checker.ts'
import type { DemoWorld } from './world-2013.ts'

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert']

export interface ChartRows {
  chartEntries: Insert<typeof schema.chartEntries>[]
  awardNominations: Insert<typeof schema.awardNominations>[]
}

/** Rows of the demo's chart positions and award nominations; refs become the ids of their records. */
export function chartRows(world: DemoWorld, { workspaceId, now, idOf, newId }: Context): ChartRows {
  const stamps = { workspaceId, createdAt: now, updatedAt: now }
  const charts = world.charts ?? { entries: [], nominations: [] }
  return {
    chartEntries: charts.entries.map((e) => ({
      ...stamps,
      id: newId(),
      chart: e.chart,
      genre: e.genre ?? null,
      territory: e.territory ?? null,
      kind: e.kind,
      position: e.position,
      chartDate: e.chartDate,
      releaseGroupId: e.release ? idOf('release', e.release) : null,
      recordingId: e.recording ? idOf('recording', e.recording) : null,
      notes: e.notes ?? '',
    })),
    awardNominations: charts.nominations.map((n) => ({
      ...stamps,
      id: newId(),
      award: n.award,
      category: n.category,
      year: n.year,
      result: n.result,
      actId: n.act ? idOf('act', n.act) : null,
      personId: n.person ? idOf('person', n.person) : null,
      recordingId: n.recording ? idOf('recording', n.recording) : null,
      releaseGroupId: n.release ? idOf('release', n.release) : null,
      ceremonyDate: n.ceremonyDate ?? null,
      notes: n.notes ?? '',
    })),
  }
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/

/** What the database would refuse: one subject per chart entry, known refs, positions from 1, real days. */
export function checkCharts(world: DemoWorld, c: Checker): void {
  const charts = world.charts ?? { entries: [], nominations: [] }
  charts.entries.forEach((e, i) => {
    const path = `charts.entries.${i}`
    c.check(
      Number(e.release !== undefined) + Number(e.recording !== undefined) === 1,
      `${path}.release`,
      'a chart entry is of exactly one release or recording',
    )
    if (e.release) c.known('release', e.release, `${path}.release`)
    if (e.recording) c.known('recording', e.recording, `${path}.recording`)
    c.oneOf(CHART_KINDS, e.kind, `${path}.kind`)
    c.check(Number.isInteger(e.position) && e.position >= 1, `${path}.position`, 'a position is a whole number from 1')
    c.check(FULL_DATE.test(e.chartDate), `${path}.chartDate`, 'a chart date is YYYY-MM-DD')
    c.date(e.chartDate, `${path}.chartDate`)
  })
  charts.nominations.forEach((n, i) => {
    const path = `charts.nominations.${i}`
    c.check(
      [n.act, n.person, n.recording, n.release].some((ref) => ref !== undefined),
      `${path}.act`,
      'a nomination names an act, a person, a recording or a release',
    )
    if (n.act) c.known('act', n.act, `${path}.act`)
    if (n.person) c.known('person', n.person, `${path}.person`)
    if (n.recording) c.known('recording', n.recording, `${path}.recording`)
    if (n.release) c.known('release', n.release, `${path}.release`)
    c.oneOf(AWARD_RESULTS, n.result, `${path}.result`)
    c.check(Number.isInteger(n.year) && n.year >= 1900 && n.year <= 2999, `${path}.year`, 'a year like 2013')
    if (n.ceremonyDate) c.check(FULL_DATE.test(n.ceremonyDate), `${path}.ceremonyDate`, 'a ceremony date is YYYY-MM-DD')
  })
}
