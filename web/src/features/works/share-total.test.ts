import { describe, expect, it } from 'vitest'
import { evenShares, shareToBasisPoints, shareTotalPercent, writerIssues, type WriterDraft } from './share-total.ts'

const writer = (personId: string, share: string): WriterDraft => ({ key: personId, personId, role: 'composer-lyricist', share })

describe('shareToBasisPoints', () => {
  it('reads shares to the hundredth of a percent', () => {
    expect(shareToBasisPoints('50')).toBe(5000)
    expect(shareToBasisPoints('33.33')).toBe(3333)
    expect(shareToBasisPoints('12,5')).toBe(1250)
  })
  it('refuses finer shares and words', () => {
    expect(shareToBasisPoints('33.333')).toBeNull()
    expect(shareToBasisPoints('half')).toBeNull()
  })
})

describe('writerIssues', () => {
  it('accepts a 50/50 split', () => {
    expect(writerIssues([writer('a', '50'), writer('b', '50')])).toEqual([])
  })
  it('refuses a 60/30 split and says what the total is', () => {
    expect(writerIssues([writer('a', '60'), writer('b', '30')])).toEqual([
      { path: 'writers', message: "the writers' shares total 90 %; they must total exactly 100 %" },
    ])
  })
  it('adds thirds without rounding errors', () => {
    expect(shareTotalPercent([writer('a', '33.33'), writer('b', '33.33'), writer('c', '33.34')])).toBe(100)
  })
  it('points at the row with no writer chosen or a writer listed twice', () => {
    const issues = writerIssues([writer('', '50'), writer('b', '25'), writer('b', '25')])
    expect(issues).toContainEqual({ path: 'writers.0.personId', message: 'choose who wrote it' })
    expect(issues).toContainEqual({ path: 'writers.2.personId', message: 'this writer is listed twice' })
  })
  it('lets a song have no writers yet', () => {
    expect(writerIssues([])).toEqual([])
  })
})

describe('evenShares', () => {
  it('splits evenly and still totals 100', () => {
    expect(evenShares(3)).toEqual(['33.34', '33.33', '33.33'])
    expect(evenShares(2)).toEqual(['50', '50'])
  })
})
