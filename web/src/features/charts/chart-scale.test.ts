import { describe, expect, it } from 'vitest'
import { chartScale, PLOT_BOX } from './chart-scale.ts'

const top = PLOT_BOX.top
const bottom = PLOT_BOX.height - PLOT_BOX.bottom
const left = PLOT_BOX.left
const right = PLOT_BOX.width - PLOT_BOX.right

describe('chartScale', () => {
  it('puts No. 1 at the top and a round number beyond the worst position at the bottom', () => {
    const scale = chartScale([
      { chartDate: '2013-06-03', position: 5 },
      { chartDate: '2013-06-10', position: 14 },
    ])
    expect(scale.lowest).toBe(20)
    expect(scale.y(1)).toBe(top)
    expect(scale.y(20)).toBe(bottom)
    expect(scale.y(5)).toBeLessThan(scale.y(14))
    expect(scale.ticks).toEqual([1, 10, 20])
  })

  it('spreads the days from the left edge to the right edge in proportion', () => {
    const scale = chartScale([
      { chartDate: '2013-06-01', position: 3 },
      { chartDate: '2013-06-11', position: 3 },
      { chartDate: '2013-06-03', position: 3 },
    ])
    expect(scale.x('2013-06-01')).toBe(left)
    expect(scale.x('2013-06-11')).toBe(right)
    expect(scale.x('2013-06-03')).toBeCloseTo(left + (right - left) / 5)
  })

  it('centres a run of one day, like the No. 5 on pre-order, and still has an axis of ten', () => {
    const scale = chartScale([{ chartDate: '2013-06-03', position: 5 }])
    expect(scale.x('2013-06-03')).toBe(left + (right - left) / 2)
    expect(scale.lowest).toBe(10)
    expect(scale.y(5)).toBeGreaterThan(top)
    expect(scale.y(5)).toBeLessThan(bottom)
  })

  it('keeps a No. 1 alone on the chart inside the box', () => {
    const scale = chartScale([{ chartDate: '2013-06-03', position: 1 }])
    expect(scale.lowest).toBe(5)
    expect(scale.ticks).toEqual([1, 5])
    expect(Number.isFinite(scale.y(1))).toBe(true)
    expect(scale.y(1)).toBe(top)
  })

  it('reaches past the round numbers for a very long chart', () => {
    expect(chartScale([{ chartDate: '2013-06-03', position: 12_345 }]).lowest).toBe(13_000)
  })
})
