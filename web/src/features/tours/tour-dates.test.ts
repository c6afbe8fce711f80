import { describe, expect, it } from 'vitest'
import { formatDateSpan, formatShortDate } from './tour-dates.ts'

describe('formatDateSpan', () => {
  it('writes a leg’s first and last dates as one span', () => {
    expect(formatDateSpan('2013-07-08', '2013-08-31', 'en-US')).toMatch(/^Jul 8\s–\sAug 31, 2013$/u)
  })
  it('writes one date once', () => {
    expect(formatDateSpan('2013-07-08', '2013-07-08', 'en-US')).toBe('Jul 8, 2013')
  })
  it('says when a leg has no shows yet', () => {
    expect(formatDateSpan(null, null)).toBe('No dates yet')
  })
})

describe('formatShortDate', () => {
  it('keeps the venue’s date whatever the reader’s zone', () => {
    expect(formatShortDate('2013-07-10', 'en-US')).toBe('Wed, Jul 10')
  })
})
