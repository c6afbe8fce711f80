import { describe, expect, it } from 'vitest'
import type { Hold } from '../../api/rights-api.ts'
import { timelineScale } from './holds-timeline.ts'

const hold = (over: Partial<Hold>): Hold => ({
  id: 'h',
  workId: 'w',
  holder: { kind: 'organization', id: 'o', name: 'Label' },
  kind: 'option',
  startsOn: '2013-01-31',
  period: { months: 6, days: 0 },
  endsOn: null,
  endsOnRelease: false,
  nominalEndsOn: '2013-07-31',
  effectiveEndsOn: '2013-07-31',
  endedByRelease: false,
  notes: '',
  version: 1,
  createdAt: '',
  updatedAt: '',
  ...over,
})

describe('timelineScale', () => {
  it('draws nothing without a hold in force', () => {
    expect(timelineScale([], [], '2013-04-15')).toBeNull()
    expect(timelineScale([hold({ effectiveEndsOn: '2013-01-30', endedByRelease: true })], [], '2013-04-15')).toBeNull()
  })

  it('places a hold between a month of padding on each side, with today inside and a year tick', () => {
    const scale = timelineScale([hold({})], ['2014-06-01'], '2013-04-15')!
    expect(scale.first).toBe('2013-01-01')
    expect(scale.last).toBe('2013-08-31')
    expect(scale.bars[0]!.start).toBeCloseTo(30 / 242)
    expect(scale.bars[0]!.end).toBeCloseTo(212 / 242)
    expect(scale.bars[0]!.nominalEnd).toBeNull()
    expect(scale.releases).toEqual([])
    expect(scale.today).toBeCloseTo(104 / 242)
    expect(scale.years).toEqual([])
  })

  it('shows the part a release cut off, and the release itself', () => {
    const scale = timelineScale([hold({ effectiveEndsOn: '2013-06-10', endedByRelease: true })], ['2013-06-11'], '2012-01-01')!
    expect(scale.bars[0]!.end).toBeLessThan(scale.bars[0]!.nominalEnd!)
    expect(scale.releases).toHaveLength(1)
    expect(scale.today).toBeNull()
  })
})
