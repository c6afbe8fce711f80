import { describe, expect, it } from 'vitest'
import { commitmentInstants } from './commitment-times.ts'

const hours = (r: ReturnType<typeof commitmentInstants>) => (r.ok ? (r.endsAt.getTime() - r.startsAt.getTime()) / 3_600_000 : NaN)

describe('commitmentInstants', () => {
  it('turns local times into instants in the zone of the place', () => {
    expect(commitmentInstants({ startDate: '2013-07-12', startTime: '10:00', endDate: '2013-07-12', endTime: '11:30', timeZone: 'America/Chicago' })).toEqual({
      ok: true,
      startsAt: new Date('2013-07-12T15:00:00Z'),
      endsAt: new Date('2013-07-12T16:30:00Z'),
    })
  })

  it('makes a commitment without times last from the start of its first day to the start of the day after its last', () => {
    expect(commitmentInstants({ startDate: '2013-08-01', endDate: '2013-08-03', timeZone: 'America/Sao_Paulo' })).toEqual({
      ok: true,
      startsAt: new Date('2013-08-01T03:00:00Z'),
      endsAt: new Date('2013-08-04T03:00:00Z'),
    })
  })

  it('gives a spring-forward day 23 hours and a fall-back day 25', () => {
    expect(hours(commitmentInstants({ startDate: '2013-03-10', endDate: '2013-03-10', timeZone: 'America/New_York' }))).toBe(23)
    expect(hours(commitmentInstants({ startDate: '2013-11-03', endDate: '2013-11-03', timeZone: 'America/New_York' }))).toBe(25)
    expect(hours(commitmentInstants({ startDate: '2013-03-31', endDate: '2013-03-31', timeZone: 'Europe/London' }))).toBe(23)
  })

  it('counts the real hours of a timed commitment across a DST change', () => {
    expect(
      hours(commitmentInstants({ startDate: '2013-03-09', startTime: '22:00', endDate: '2013-03-10', endTime: '04:00', timeZone: 'America/New_York' })),
    ).toBe(5)
    expect(hours(commitmentInstants({ startDate: '2013-10-26', startTime: '22:00', endDate: '2013-10-27', endTime: '04:00', timeZone: 'Europe/Berlin' }))).toBe(
      7,
    )
  })

  it('refuses a start or end time that does not exist on a spring-forward day, naming the field', () => {
    const r = commitmentInstants({ startDate: '2013-03-10', startTime: '02:30', endDate: '2013-03-10', endTime: '02:45', timeZone: 'America/New_York' })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual(['startTime', 'endTime'])
    expect(!r.ok && r.issues[0]!.message).toMatch(/02:30 does not exist on 2013-03-10/)
  })

  it('takes the earlier instant of a fall-back time that happens twice', () => {
    const r = commitmentInstants({ startDate: '2013-11-03', startTime: '01:30', endDate: '2013-11-03', endTime: '03:00', timeZone: 'America/New_York' })
    expect(r).toEqual({ ok: true, startsAt: new Date('2013-11-03T05:30:00Z'), endsAt: new Date('2013-11-03T08:00:00Z') })
  })

  it('starts at the first minute of a day whose midnight does not exist', () => {
    // Brazil moved its clocks forward at midnight: 2013-10-20 began at 01:00.
    const r = commitmentInstants({ startDate: '2013-10-20', endDate: '2013-10-20', timeZone: 'America/Sao_Paulo' })
    expect(r).toEqual({ ok: true, startsAt: new Date('2013-10-20T03:00:00Z'), endsAt: new Date('2013-10-21T02:00:00Z') })
  })

  it('refuses an end before the start, on the end date or the end time', () => {
    const byDate = commitmentInstants({ startDate: '2013-07-12', endDate: '2013-07-11', timeZone: 'UTC' })
    expect(!byDate.ok && byDate.issues.map((i) => i.path)).toEqual(['endDate'])
    const byTime = commitmentInstants({ startDate: '2013-07-12', startTime: '18:00', endDate: '2013-07-12', endTime: '17:00', timeZone: 'UTC' })
    expect(!byTime.ok && byTime.issues).toEqual([{ path: 'endTime', message: 'must end after it starts: 2013-07-12 17:00 is not after 2013-07-12 18:00' }])
    const same = commitmentInstants({ startDate: '2013-07-12', startTime: '18:00', endDate: '2013-07-12', endTime: '18:00', timeZone: 'UTC' })
    expect(same.ok).toBe(false)
  })

  it('takes the end of the day for a missing end time and the start of the day for a missing start time', () => {
    expect(commitmentInstants({ startDate: '2013-07-12', startTime: '18:00', endDate: '2013-07-12', timeZone: 'UTC' })).toEqual({
      ok: true,
      startsAt: new Date('2013-07-12T18:00:00Z'),
      endsAt: new Date('2013-07-13T00:00:00Z'),
    })
    expect(commitmentInstants({ startDate: '2013-07-12', endDate: '2013-07-12', endTime: '09:00', timeZone: 'UTC' })).toEqual({
      ok: true,
      startsAt: new Date('2013-07-12T00:00:00Z'),
      endsAt: new Date('2013-07-12T09:00:00Z'),
    })
  })

  it('refuses an unknown zone on timeZone', () => {
    const r = commitmentInstants({ startDate: '2013-07-12', endDate: '2013-07-12', timeZone: 'Mars/Olympus_Mons' })
    expect(!r.ok && r.issues).toEqual([{ path: 'timeZone', message: 'unknown time zone "Mars/Olympus_Mons"' }])
  })
})
