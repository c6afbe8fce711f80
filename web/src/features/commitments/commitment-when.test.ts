import { describe, expect, it } from 'vitest'
import { formatCommitmentWhen } from './commitment-when.ts'

describe('formatCommitmentWhen', () => {
  it('writes a timed commitment at its place, with the zone', () => {
    const when = {
      startDate: '2013-06-11',
      startTime: '08:00',
      endDate: '2013-06-11',
      endTime: '08:30',
      startsAt: '2013-06-11T12:00:00Z',
      endsAt: '2013-06-11T12:30:00Z',
      timeZone: 'America/New_York',
    }
    expect(formatCommitmentWhen(when, 'en-GB')).toBe('11 Jun 2013, 08:00 – 08:30 GMT-4')
  })

  it('writes an all-day commitment as its dates', () => {
    const when = {
      startDate: '2013-06-11',
      startTime: null,
      endDate: '2013-06-11',
      endTime: null,
      startsAt: '2013-06-11T04:00:00Z',
      endsAt: '2013-06-12T04:00:00Z',
      timeZone: 'America/New_York',
    }
    expect(formatCommitmentWhen(when, 'en-US')).toBe('Jun 11, 2013 · all day')
  })
})
