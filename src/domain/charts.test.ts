import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { awardYearProblem, chartKey, chartLabel, isoWeek, summariseChartRun } from './charts.ts'

describe('summariseChartRun', () => {
  it('orders entries by date and finds the first day of the peak', () => {
    const run = summariseChartRun([
      { chartDate: '2013-06-10', position: 7 },
      { chartDate: '2013-06-03', position: 12 },
      { chartDate: '2013-06-05', position: 5 },
      { chartDate: '2013-06-08', position: 5 },
    ])!
    expect(run.entries.map((e) => e.chartDate)).toEqual(['2013-06-03', '2013-06-05', '2013-06-08', '2013-06-10'])
    expect(run).toMatchObject({ peakPosition: 5, peakDate: '2013-06-05', firstDate: '2013-06-03', lastDate: '2013-06-10' })
  })

  it('counts the distinct ISO weeks with an entry, not the entries', () => {
    // Mon 3 June and Sun 9 June 2013 are one week; Mon 10 June starts the next.
    const run = summariseChartRun([
      { chartDate: '2013-06-03', position: 9 },
      { chartDate: '2013-06-09', position: 8 },
      { chartDate: '2013-06-10', position: 6 },
    ])!
    expect(run.weeksOnChart).toBe(2)
  })

  it('has no run without entries', () => {
    expect(summariseChartRun([])).toBeNull()
  })

  it('never reports a peak worse than any entry, and keeps every entry', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2010, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    fc.assert(
      fc.property(fc.array(fc.record({ chartDate: day, position: fc.integer({ min: 1, max: 200 }) }), { minLength: 1, maxLength: 40 }), (points) => {
        const run = summariseChartRun(points)!
        expect(run.entries).toHaveLength(points.length)
        for (const p of points) expect(run.peakPosition).toBeLessThanOrEqual(p.position)
        for (let i = 1; i < run.entries.length; i++) expect(run.entries[i - 1]!.chartDate <= run.entries[i]!.chartDate).toBe(true)
        expect(run.weeksOnChart).toBeGreaterThanOrEqual(1)
        expect(run.weeksOnChart).toBeLessThanOrEqual(points.length)
      }),
    )
  })
})

describe('isoWeek', () => {
  it('puts the first days of January in the last week of the old year when the week starts there', () => {
    expect(isoWeek('2013-06-11')).toBe('2013-W24')
    expect(isoWeek('2010-01-03')).toBe('2009-W53')
    expect(isoWeek('2013-12-30')).toBe('2014-W01')
  })
})

describe('chart names', () => {
  it('names the iTunes Pop pre-order chart and keys it regardless of letter case', () => {
    const chart = { chart: 'iTunes', genre: 'Pop', territory: null, kind: 'pre-order' as const }
    expect(chartLabel(chart)).toBe('iTunes Pop pre-order')
    expect(chartLabel({ ...chart, territory: 'US', kind: 'sales' })).toBe('iTunes Pop (US)')
    expect(chartKey(chart)).toBe(chartKey({ ...chart, chart: 'ITUNES', genre: 'pop' }))
    expect(chartKey(chart)).not.toBe(chartKey({ ...chart, kind: 'sales' }))
  })
})

describe('awardYearProblem', () => {
  it('accepts this year and next, and refuses the far future and the distant past', () => {
    expect(awardYearProblem(2013, 2013)).toBeNull()
    expect(awardYearProblem(2014, 2013)).toBeNull()
    expect(awardYearProblem(2015, 2013)).toMatch(/2014/)
    expect(awardYearProblem(1850, 2013)).toMatch(/1900/)
  })
})
