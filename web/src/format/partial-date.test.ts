import { describe, expect, it } from 'vitest'
import { formatDateRange, formatPartialDate } from './partial-date.ts'

describe('formatPartialDate', () => {
  it('keeps the precision the date has', () => {
    expect(formatPartialDate('2013')).toBe('2013')
    expect(formatPartialDate('2013-06')).toBe('June 2013')
    expect(formatPartialDate('2013-06-11')).toBe('June 11, 2013')
  })
  it('shows a dash for no date', () => {
    expect(formatPartialDate(null)).toBe('—')
  })
})

describe('formatDateRange', () => {
  it('reads naturally when one end is open', () => {
    expect(formatDateRange('2013', null)).toBe('since 2013')
    expect(formatDateRange(null, '2013-06')).toBe('until June 2013')
    expect(formatDateRange('2009', '2013')).toBe('2009 – 2013')
    expect(formatDateRange(null, null)).toBe('')
  })
})
