import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { instantToLocalDate, instantToLocalTime } from './local-time.ts'
import { localStamp } from './local-stamp.ts'

const ZONES = [
  'UTC',
  'America/Chicago',
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
]

describe('localStamp', () => {
  it('reads the same wall clock as the Temporal conversions, at any instant and zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2012-01-01'), max: Date.parse('2015-01-01') }), fc.constantFrom(...ZONES), (ms, zone) => {
        const instant = new Date(Math.floor(ms / 60_000) * 60_000)
        expect(localStamp(instant, zone)).toBe(`${instantToLocalDate(instant, zone)} ${instantToLocalTime(instant, zone)}`)
      }),
      { numRuns: 2000 },
    )
  })

  it('shows midnight as 00:00 and both passes through a fall-back hour', () => {
    expect(localStamp(new Date('2013-07-13T05:00:00Z'), 'America/Chicago')).toBe('2013-07-13 00:00')
    expect(localStamp(new Date('2013-11-03T05:30:00Z'), 'America/New_York')).toBe('2013-11-03 01:30')
    expect(localStamp(new Date('2013-11-03T06:30:00Z'), 'America/New_York')).toBe('2013-11-03 01:30')
  })
})
