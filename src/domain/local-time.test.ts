import { describe, expect, it } from 'vitest'
import { localToInstant, timeZoneProblem, instantToLocalTime } from './local-time.ts'

describe('local times at a place', () => {
  it('turns a local time into the right instant on either side of a DST change', () => {
    expect(localToInstant('2013-03-09', '20:00', 'America/New_York')).toEqual({ ok: true, instant: new Date('2013-03-10T01:00:00Z') })
    expect(localToInstant('2013-03-10', '20:00', 'America/New_York')).toEqual({ ok: true, instant: new Date('2013-03-11T00:00:00Z') })
    expect(localToInstant('2013-03-31', '20:00', 'Europe/Berlin')).toEqual({ ok: true, instant: new Date('2013-03-31T18:00:00Z') })
  })

  it('refuses a local time that does not exist on a spring-forward day', () => {
    const r = localToInstant('2013-03-10', '02:30', 'America/New_York')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(/02:30 does not exist on 2013-03-10 in America\/New_York/)
  })

  it('takes the earlier of the two instants of an ambiguous fall-back time', () => {
    expect(localToInstant('2013-11-03', '01:30', 'America/New_York')).toEqual({ ok: true, instant: new Date('2013-11-03T05:30:00Z') })
    expect(instantToLocalTime(new Date('2013-11-03T06:30:00Z'), 'America/New_York')).toBe('01:30')
  })

  it('knows IANA zones and refuses others', () => {
    expect(timeZoneProblem('America/Sao_Paulo')).toBeNull()
    expect(timeZoneProblem('Mars/Olympus_Mons')).toMatch(/unknown time zone/)
    expect(timeZoneProblem('GMT+2; drop table')).toMatch(/not an IANA time zone/)
  })
})
