import { describe, expect, it } from 'vitest'
import { showSpan } from './show-times.ts'

const at = (iso: string) => new Date(iso)

describe('showSpan', () => {
  it('runs from the first given time to the curfew, in the venue zone', () => {
    expect(showSpan('2013-07-12', { loadIn: '12:00', doors: '18:30', setStart: '20:00', curfew: '23:00' }, 'America/Chicago')).toEqual({
      ok: true,
      startsAt: at('2013-07-12T17:00:00Z'),
      endsAt: at('2013-07-13T04:00:00Z'),
    })
  })

  it('takes set start plus two hours when there is no curfew', () => {
    expect(showSpan('2013-07-12', { doors: '18:30', setStart: '23:00' }, 'America/Chicago')).toEqual({
      ok: true,
      startsAt: at('2013-07-12T23:30:00Z'),
      endsAt: at('2013-07-13T06:00:00Z'),
    })
  })

  it('runs to the end of the local day with neither set start nor curfew', () => {
    expect(showSpan('2013-07-12', { doors: '19:00' }, 'America/Chicago')).toEqual({
      ok: true,
      startsAt: at('2013-07-13T00:00:00Z'),
      endsAt: at('2013-07-13T05:00:00Z'),
    })
  })

  it('takes the whole local day when no time is given, and the day up to a lone curfew', () => {
    expect(showSpan('2013-07-12', {}, 'Europe/London')).toEqual({ ok: true, startsAt: at('2013-07-11T23:00:00Z'), endsAt: at('2013-07-12T23:00:00Z') })
    expect(showSpan('2013-07-12', { curfew: '22:00' }, 'Europe/London')).toEqual({
      ok: true,
      startsAt: at('2013-07-11T23:00:00Z'),
      endsAt: at('2013-07-12T21:00:00Z'),
    })
  })

  it('refuses a curfew before doors, naming the curfew', () => {
    const span = showSpan('2013-07-12', { doors: '19:00', curfew: '18:00' }, 'America/Chicago')
    expect(span.ok).toBe(false)
    expect(!span.ok && span.issues.map((i) => i.path)).toEqual(['curfew'])
    expect(!span.ok && span.issues[0]!.message).toMatch(/curfew \(18:00\) is before doors \(19:00\)/)
  })

  it('allows equal neighbouring times and checks only the ones given', () => {
    expect(showSpan('2013-07-12', { loadIn: '15:00', setStart: '15:00', curfew: '15:30' }, 'UTC')).toMatchObject({ ok: true })
    expect(showSpan('2013-07-12', { soundcheck: '17:00', setStart: '16:00' }, 'UTC')).toMatchObject({ ok: false, issues: [{ path: 'setStart' }] })
  })

  describe('on daylight-saving days', () => {
    it('refuses doors at 02:30 on the spring-forward day in New York, with the domain message', () => {
      const span = showSpan('2013-03-10', { doors: '02:30', curfew: '05:00' }, 'America/New_York')
      expect(span).toEqual({
        ok: false,
        issues: [
          {
            path: 'doors',
            message: '02:30 does not exist on 2013-03-10 in America/New_York: the clocks jump forward then. Choose a time before or after the change.',
          },
        ],
      })
    })

    it('counts a 23-hour day in New York and in Berlin when the clocks spring forward', () => {
      expect(showSpan('2013-03-10', {}, 'America/New_York')).toEqual({ ok: true, startsAt: at('2013-03-10T05:00:00Z'), endsAt: at('2013-03-11T04:00:00Z') })
      expect(showSpan('2013-03-31', {}, 'Europe/Berlin')).toEqual({ ok: true, startsAt: at('2013-03-30T23:00:00Z'), endsAt: at('2013-03-31T22:00:00Z') })
    })

    it('puts an evening show after the change on summer time', () => {
      expect(showSpan('2013-03-10', { doors: '19:00', curfew: '23:00' }, 'America/New_York')).toEqual({
        ok: true,
        startsAt: at('2013-03-10T23:00:00Z'),
        endsAt: at('2013-03-11T03:00:00Z'),
      })
      expect(showSpan('2013-03-31', { doors: '19:00', curfew: '23:00' }, 'Europe/Berlin')).toEqual({
        ok: true,
        startsAt: at('2013-03-31T17:00:00Z'),
        endsAt: at('2013-03-31T21:00:00Z'),
      })
    })

    it('refuses a load-in at 02:30 on the spring-forward day in Berlin', () => {
      expect(showSpan('2013-03-31', { loadIn: '02:30', doors: '19:00' }, 'Europe/Berlin')).toMatchObject({ ok: false, issues: [{ path: 'loadIn' }] })
    })

    it('takes the earlier instant of an ambiguous time on the fall-back day', () => {
      // 01:30 happens twice in New York on 2013-11-03: 05:30Z (EDT) and 06:30Z (EST); the earlier counts.
      expect(showSpan('2013-11-03', { loadIn: '01:30', curfew: '03:00' }, 'America/New_York')).toEqual({
        ok: true,
        startsAt: at('2013-11-03T05:30:00Z'),
        endsAt: at('2013-11-03T08:00:00Z'),
      })
    })

    it('counts a 25-hour day in New York when the clocks fall back', () => {
      expect(showSpan('2013-11-03', {}, 'America/New_York')).toEqual({ ok: true, startsAt: at('2013-11-03T04:00:00Z'), endsAt: at('2013-11-04T05:00:00Z') })
    })
  })
})
