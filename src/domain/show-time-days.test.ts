import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SHOW_DAY_ENDS_AT, SHOW_TIME_FIELDS, showTimeDays, timesAfterMidnight } from './show-time-days.ts'

describe('showTimeDays', () => {
  it('keeps an evening show on its date', () => {
    expect(showTimeDays({ loadIn: '10:00', doors: '18:30', setStart: '20:00', curfew: '23:00' })).toEqual({
      days: { loadIn: 0, doors: 0, setStart: 0, curfew: 0 },
      issues: [],
    })
  })

  it('puts a curfew or a late set after midnight on the next day', () => {
    expect(showTimeDays({ doors: '21:00', setStart: '23:15', curfew: '00:30' }).days).toEqual({ doors: 0, setStart: 0, curfew: 1 })
    expect(showTimeDays({ doors: '22:00', setStart: '01:00', curfew: '02:30' }).days).toEqual({ doors: 0, setStart: 1, curfew: 1 })
    expect(timesAfterMidnight({ doors: '22:00', setStart: '01:00', curfew: '02:30' })).toEqual(['setStart', 'curfew'])
    expect(showTimeDays({ doors: '22:00', curfew: SHOW_DAY_ENDS_AT }).issues).toEqual([])
  })

  it('refuses a time earlier than the one before it past 06:00, or twice past midnight, naming the field', () => {
    expect(showTimeDays({ doors: '19:00', curfew: '11:00' }).issues).toEqual([
      { path: 'curfew', message: expect.stringMatching(/^curfew \(11:00\) is before doors \(19:00\).*up to 06:00 after midnight/) },
    ])
    expect(showTimeDays({ doors: '19:00', curfew: '06:01' }).issues.map((i) => i.path)).toEqual(['curfew'])
    expect(showTimeDays({ doors: '23:00', setStart: '02:00', curfew: '01:00' }).issues).toEqual([
      { path: 'curfew', message: expect.stringMatching(/already after midnight/) },
    ])
  })

  it('keeps times that are all after midnight (an all-night show starting at 00:30) on the date given', () => {
    expect(showTimeDays({ doors: '00:30', setStart: '01:30', curfew: '03:00' }).days).toEqual({ doors: 0, setStart: 0, curfew: 0 })
  })
})

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
const times = fc.record(
  Object.fromEntries(SHOW_TIME_FIELDS.map((f) => [f, fc.option(hhmm, { nil: undefined })])) as Record<
    (typeof SHOW_TIME_FIELDS)[number],
    fc.Arbitrary<string | undefined>
  >,
)

describe('showTimeDays, properties', () => {
  it('accepts exactly the times that run forward on a clock of at most 30 hours, and orders them', () => {
    fc.assert(
      fc.property(times, (t) => {
        const { days, issues } = showTimeDays(t)
        // Written apart: minutes since the show's midnight, each time the first that is not before the previous one.
        let previous = -1
        let ok = true
        for (const f of SHOW_TIME_FIELDS) {
          const v = t[f]
          if (!v) continue
          const m = Number(v.slice(0, 2)) * 60 + Number(v.slice(3))
          const candidate = m >= previous ? m : m + 1440
          if (candidate < previous || (candidate >= 1440 && m > 360) || (previous >= 1440 && candidate < previous)) ok = false
          previous = Math.max(previous, candidate)
        }
        expect(issues.length === 0, JSON.stringify(t)).toBe(ok)
        if (!ok) return
        const minutes = SHOW_TIME_FIELDS.filter((f) => t[f]).map((f) => days[f]! * 1440 + Number(t[f]!.slice(0, 2)) * 60 + Number(t[f]!.slice(3)))
        expect([...minutes].sort((a, b) => a - b)).toEqual(minutes)
      }),
    )
  })
})
