import { describe, expect, it } from 'vitest'
import { dateRangeIssues, earliestDay, latestDay, partialDateProblem, type PartialDate } from './partial-date.ts'

describe('partial dates', () => {
  it('accepts a year, a year and month, or a full date', () => {
    for (const d of ['2013', '2013-06', '2013-06-11', '2012-02-29']) expect(partialDateProblem(d)).toBeNull()
  })

  it('refuses malformed and impossible dates with a reason', () => {
    expect(partialDateProblem('13-06')).toMatch(/YYYY/)
    expect(partialDateProblem('2013-13')).toMatch(/month 13/)
    expect(partialDateProblem('2013-02-29')).toMatch(/day 29/)
    expect(partialDateProblem('2013-6-1')).toMatch(/YYYY/)
  })

  it('knows the first and last day a partial date can mean', () => {
    expect(earliestDay('2013' as PartialDate)).toBe('2013-01-01')
    expect(latestDay('2013' as PartialDate)).toBe('2013-12-31')
    expect(latestDay('2012-02' as PartialDate)).toBe('2012-02-29')
    expect(latestDay('2013-06-11' as PartialDate)).toBe('2013-06-11')
  })

  it('refuses a range only when it must end before it begins', () => {
    const paths = { begin: 'beginDate', end: 'endDate' }
    expect(dateRangeIssues('2013-05', '2013', paths)).toEqual([])
    expect(dateRangeIssues('2013', '2013-05', paths)).toEqual([])
    expect(dateRangeIssues('2013-05', '2013-04', paths)).toEqual([{ path: 'endDate', message: 'ends (2013-04) before it begins (2013-05)' }])
    expect(dateRangeIssues('2013-05-02', '2013-05-01', paths)).toHaveLength(1)
    expect(dateRangeIssues(null, '2013', paths)).toEqual([])
  })
})
