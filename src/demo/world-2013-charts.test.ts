import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import type { Database } from '../db/client.ts'
import { listAwardNominations, listChartEntries } from '../db/queries/charts.ts'
import { fixedClock } from '../domain/clock.ts'
import { freshDatabase } from '../test/test-database.ts'
import { chartRuns } from '../usecases/charts/chart-history.ts'
import { demoWorldIssues } from './demo-world-issues.ts'
import { loadDemoWorld, type LoadedDemoWorld } from './load-demo-world.ts'
import { world2013 as world, type DemoWorld } from './world-2013.ts'

describe('the 2013 demo world on the charts', () => {
  it('states the facts of world.md and marks the rest as invented', () => {
    expect(world.charts!.entries).toEqual([
      expect.objectContaining({ chart: 'iTunes', genre: 'Pop', kind: 'pre-order', position: 5, release: 'album-24-seven', invented: ['chartDate'] }),
    ])
    // On pre-order: before the album's release on June 11, 2013.
    expect(world.charts!.entries[0]!.chartDate < '2013-06-11').toBe(true)
    expect(world.charts!.nominations).toEqual([
      expect.objectContaining({ award: 'Teen Choice Awards', category: 'Choice Music Group', act: 'btr', result: 'nominated', invented: ['year'] }),
    ])
  })

  it('refuses a chart entry with two subjects or an unknown release, and a nomination of nobody', () => {
    const broken: DemoWorld = {
      ...world,
      charts: {
        entries: [{ chart: 'iTunes', kind: 'sales', position: 0, chartDate: '2013-06-31', release: 'no-such-album', recording: 'rec-we-are' }],
        nominations: [{ award: 'A', category: 'B', year: 2013, result: 'nominated' }],
      },
    }
    expect(demoWorldIssues(broken).map((i) => i.path)).toEqual(
      expect.arrayContaining(['charts.entries.0.release', 'charts.entries.0.position', 'charts.entries.0.chartDate', 'charts.nominations.0.act']),
    )
  })

  describe('loaded', () => {
    let database: Database
    let loaded: LoadedDemoWorld
    beforeAll(async () => {
      database = await freshDatabase()
      loaded = await loadDemoWorld(database.db, { clock: fixedClock(new Date('2013-05-20T17:00:00Z')) })
    })
    afterAll(async () => {
      await database.close()
    })

    it('puts 24/Seven at a peak of No. 5 on the iTunes Pop pre-order chart, credited to Big Time Rush', async () => {
      expect(loaded.rows.chartEntries).toBe(1)
      const entries = await listChartEntries(database.db, loaded.workspaceId)
      expect(entries).toEqual([
        expect.objectContaining({
          label: 'iTunes Pop pre-order',
          position: 5,
          actName: 'Big Time Rush',
          subject: expect.objectContaining({ kind: 'release-group', title: '24/Seven' }),
        }),
      ])
      const [run] = chartRuns(entries)
      expect(run).toMatchObject({ peakPosition: 5, weeksOnChart: 1 })
    })

    it('nominates Big Time Rush for a Teen Choice Award, Choice Music Group', async () => {
      expect(loaded.rows.awardNominations).toBe(1)
      expect(await listAwardNominations(database.db, loaded.workspaceId)).toEqual([
        expect.objectContaining({ award: 'Teen Choice Awards', category: 'Choice Music Group', actName: 'Big Time Rush', result: 'nominated' }),
      ])
    })
  })
})
