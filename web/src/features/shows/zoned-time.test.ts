import { describe, expect, it } from 'vitest'
import { formatLocalDate, fromDateTimeLocal, localToInstant, toDateTimeLocal, viewerTimeOf, zoneOffsetMinutes } from './zoned-time.ts'

function instantOf(date: string, time: string, zone: string): string {
  const result = localToInstant(date, time, zone)
  if (!result.ok) throw new Error(result.message)
  return result.instant.toISOString()
}

describe('localToInstant', () => {
  it('reads a summer evening in Chicago as daylight time', () => {
    expect(instantOf('2013-07-10', '19:30', 'America/Chicago')).toBe('2013-07-11T00:30:00.000Z')
  })

  it('reads a winter evening in Chicago as standard time', () => {
    expect(instantOf('2013-01-10', '19:30', 'America/Chicago')).toBe('2013-01-11T01:30:00.000Z')
  })

  it('refuses a time the clocks skip on the spring-forward day', () => {
    const result = localToInstant('2013-03-10', '02:30', 'America/Chicago')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/does not exist/)
  })

  it('takes the earlier of a time that happens twice on the fall-back day', () => {
    expect(instantOf('2013-11-03', '01:30', 'America/Chicago')).toBe('2013-11-03T06:30:00.000Z')
  })

  it('follows the southern hemisphere, where July is winter', () => {
    expect(instantOf('2013-07-10', '20:00', 'Australia/Sydney')).toBe('2013-07-10T10:00:00.000Z')
    expect(instantOf('2013-01-10', '20:00', 'Australia/Sydney')).toBe('2013-01-10T09:00:00.000Z')
  })

  it('refuses an unknown zone', () => {
    expect(localToInstant('2013-07-10', '19:30', 'Mars/Olympus').ok).toBe(false)
  })
})

describe('zoneOffsetMinutes', () => {
  it('knows São Paulo had no daylight time in August 2013', () => {
    expect(zoneOffsetMinutes(new Date('2013-08-20T23:00:00Z'), 'America/Sao_Paulo')).toBe(-180)
  })
})

describe('viewerTimeOf', () => {
  const chicagoShow = new Date('2013-07-11T00:30:00Z') // 19:30 on July 10 at the venue

  it('says nothing when the viewer is in the venue’s zone', () => {
    expect(viewerTimeOf(chicagoShow, 'America/Chicago', 'America/Chicago', 'en-GB')).toBeNull()
  })

  it('says nothing when another zone shows the same wall clock', () => {
    expect(viewerTimeOf(chicagoShow, 'America/Chicago', 'America/Winnipeg', 'en-GB')).toBeNull()
  })

  it('gives the viewer’s day when the show is on another day for them', () => {
    const berlin = viewerTimeOf(chicagoShow, 'America/Chicago', 'Europe/Berlin', 'en-GB')
    expect(berlin).toMatchObject({ isOtherDay: true, zone: 'Europe/Berlin', zoneShort: 'CEST' })
    expect(berlin?.text).toMatch(/Thu.*11.*02:30/)
  })

  it('uses the gap of six hours, not seven, while only America has switched to summer time', () => {
    // March 20, 2013: Chicago on CDT since March 10, Berlin still on CET until March 31.
    const show = new Date(instantOf('2013-03-20', '17:00', 'America/Chicago'))
    expect(viewerTimeOf(show, 'America/Chicago', 'Europe/Berlin', 'en-GB')?.text).toBe('23:00')
    const april = new Date(instantOf('2013-04-20', '17:00', 'America/Chicago'))
    expect(viewerTimeOf(april, 'America/Chicago', 'Europe/Berlin', 'en-GB')?.text).toMatch(/00:00/)
  })
})

describe('datetime-local values', () => {
  it('round-trips an embargo time through the viewer’s zone', () => {
    expect(toDateTimeLocal('2013-06-01T16:00:00Z', 'America/Los_Angeles')).toBe('2013-06-01T09:00')
    const back = fromDateTimeLocal('2013-06-01T09:00', 'America/Los_Angeles')
    expect(back.ok && back.instant.toISOString()).toBe('2013-06-01T16:00:00.000Z')
  })
})

describe('formatLocalDate', () => {
  it('writes the date as it is at the place, whatever the viewer’s zone', () => {
    expect(formatLocalDate('2013-07-10', 'full', 'en-US')).toBe('Wednesday, July 10, 2013')
  })
})
