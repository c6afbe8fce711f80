import { describe, expect, it } from 'vitest'
import { earliestDay, type PartialDate } from '../domain/partial-date.ts'
import { world2013 } from './world-2013.ts'

/** The README's clock for the demo (GREENROOM_NOW=2013-04-15): history is dated before it, plans after it. */
const TODAY = '2013-04-15'

describe('the demo on its own date', () => {
  const world = world2013
  it('dates every set-list proposal, version, answer and agreement before the day', () => {
    const data = world.setlists!
    const stamps = [
      ...data.proposals.flatMap((p) => [p.createdAt, p.updatedAt, p.agreedAt ?? p.createdAt, ...p.versions.map((v) => v.createdAt)]),
      ...data.answers.map((a) => a.at),
    ]
    expect(stamps.filter((s) => s.slice(0, 10) >= TODAY)).toEqual([])
  })

  it('dates the pre-order and the pre-order chart entry before the day, and the release after it', () => {
    const editions = world.releaseGroups.flatMap((g) => g.editions)
    const preorders = editions.flatMap((e) => (e.preorderDate ? [earliestDay(e.preorderDate as PartialDate)] : []))
    expect(preorders.length).toBeGreaterThan(0)
    expect(preorders.filter((d) => d >= TODAY)).toEqual([])
    const preorderCharts = world.charts!.entries.filter((e) => e.kind === 'pre-order')
    expect(preorderCharts.filter((e) => e.chartDate >= TODAY)).toEqual([])
    expect(editions.filter((e) => e.preorderDate && e.releaseDate && e.releaseDate <= TODAY).map((e) => e.name)).toEqual([])
  })
})
