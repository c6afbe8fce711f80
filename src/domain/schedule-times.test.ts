import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { instantToLocalDate, instantToLocalTime } from './local-time.ts'
import { resolveTemplate, STANDARD_SHOW_DAY, timeLabel } from './road.ts'
import { itemSpan } from './schedule-times.ts'
import { showTimeDays } from './show-time-days.ts'

const ZONES = ['Europe/London', 'America/New_York', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago', 'Pacific/Chatham', 'UTC']
/** Dates around the daylight-saving changes of these zones (2013) and ordinary ones. */
const DATES = [
  '2013-03-09',
  '2013-03-10',
  '2013-03-30',
  '2013-03-31',
  '2013-04-06',
  '2013-04-07',
  '2013-07-12',
  '2013-10-05',
  '2013-10-26',
  '2013-10-27',
  '2013-11-02',
  '2013-11-03',
]
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
const line = fc.record({ startTime: hhmm, startDayOffset: fc.constantFrom(0, 1), endTime: fc.option(hhmm, { nil: null }) })

describe('itemSpan', () => {
  it('puts a +1 day line on the morning after, and an end earlier than its start past midnight', () => {
    const day = { localDate: '2013-07-12', timeZone: 'America/New_York' }
    expect(itemSpan(day, { startTime: '00:30', startDayOffset: 1 })).toMatchObject({ ok: true, startsAt: new Date('2013-07-13T04:30:00Z') })
    expect(itemSpan(day, { startTime: '23:00', startDayOffset: 0, endTime: '01:00' })).toMatchObject({
      ok: true,
      endsAt: new Date('2013-07-13T05:00:00Z'),
      endDayOffset: 1,
    })
  })

  it('refuses a line outside its day by more than a day, a start after 06:00 the morning after, an unknown zone, a skipped time — naming the field', () => {
    const day = { localDate: '2013-07-12', timeZone: 'America/New_York' }
    expect(itemSpan(day, { startTime: '02:00', startDayOffset: 1, endTime: '01:00' })).toEqual({
      ok: false,
      issues: [{ path: 'endTime', message: expect.stringMatching(/two days/) }],
    })
    expect(itemSpan(day, { startTime: '07:00', startDayOffset: 1 })).toEqual({
      ok: false,
      issues: [{ path: 'startTime', message: expect.stringMatching(/06:00/) }],
    })
    expect(itemSpan(day, { startTime: '10:00', startDayOffset: 2 })).toMatchObject({ ok: false, issues: [{ path: 'startTime' }] })
    expect(itemSpan({ ...day, timeZone: 'Mars/Olympus' }, { startTime: '10:00', startDayOffset: 0 })).toMatchObject({
      ok: false,
      issues: [{ path: 'timeZone' }],
    })
    expect(itemSpan({ localDate: '2013-03-10', timeZone: 'America/New_York' }, { startTime: '02:30', startDayOffset: 0 })).toMatchObject({
      ok: false,
      issues: [{ path: 'startTime', message: expect.stringMatching(/does not exist/) }],
    })
  })

  it('labels times by display mode, +1 day after midnight', () => {
    expect(timeLabel({ startTime: '00:30', startDayOffset: 1, display: 'exact' })).toBe('00:30 (+1 day)')
    expect(timeLabel({ startTime: '19:00', startDayOffset: 0, display: 'approximate' })).toBe('~19:00')
    expect(timeLabel({ startTime: '19:00', startDayOffset: 0, display: 'tbc' })).toBe('TBC')
    expect(timeLabel({ startTime: '19:00', startDayOffset: 0, display: 'hidden' })).toBe('')
  })
})

describe('the day’s clock, properties (zones and DST changes)', () => {
  it('orders a day’s lines by wall clock (+1 day after everything on the day) exactly as by instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.constantFrom(...DATES), fc.array(line, { minLength: 2, maxLength: 8 }), (zone, date, lines) => {
        const day = { localDate: date, timeZone: zone }
        const placed = lines.flatMap((l) => {
          const span = itemSpan(day, l)
          return span.ok ? [{ l, span }] : []
        })
        const byWall = [...placed].sort((a, b) => a.l.startDayOffset - b.l.startDayOffset || a.l.startTime.localeCompare(b.l.startTime))
        const instants = byWall.map((p) => p.span.startsAt.getTime())
        expect([...instants].sort((a, b) => a - b)).toEqual(instants)
        for (const { l, span } of placed) {
          // a +1 day line is after midnight: on the next local date, and after every line of the day itself
          const onDate = instantToLocalDate(span.startsAt, zone)
          const nextDate = instantToLocalDate(new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + 1, 12)), 'UTC')
          expect(onDate).toBe(l.startDayOffset === 1 ? nextDate : date)
          // the wall-clock time reads back (repeated hours take the earlier instant, which reads the same)
          expect(instantToLocalTime(span.startsAt, zone)).toBe(l.startTime)
          if (span.endsAt) {
            expect(span.endsAt.getTime()).toBeGreaterThanOrEqual(span.startsAt.getTime() - 3_600_000) // a fall-back hour at most
            expect(span.endDayOffset! - l.startDayOffset).toBe(l.endTime! > l.startTime ? 0 : 1)
          }
        }
      }),
    )
  })

  it('applies the standard show day to any valid show times: lines in order, after-midnight lines last and never past 06:00', () => {
    const time = fc.option(hhmm, { nil: null })
    fc.assert(
      fc.property(fc.record({ loadIn: time, soundcheck: time, doors: time, setStart: time, curfew: time }), (times) => {
        const days = showTimeDays(times)
        if (days.issues.length) return
        const { resolved, skipped } = resolveTemplate(STANDARD_SHOW_DAY, times, days.days)
        expect(resolved.length + skipped.length).toBe(STANDARD_SHOW_DAY.length)
        const minutes = resolved.map((r) => r.startDayOffset * 1440 + Number(r.startTime.slice(0, 2)) * 60 + Number(r.startTime.slice(3)))
        expect([...minutes].sort((a, b) => a - b)).toEqual(minutes)
        for (const r of resolved) if (r.startDayOffset === 1) expect(r.startTime <= '06:00').toBe(true)
        // a line anchored on a time the show has is skipped only when it would leave the day
        for (const l of skipped) if (l.anchor !== 'fixed' && times[l.anchor]) expect(l.offsetMinutes).not.toBe(0)
      }),
    )
  })

  it('a club show ending at 00:30 gets its curfew at 00:30 the morning after and the bus call after it', () => {
    const times = { loadIn: '15:00', soundcheck: '17:00', doors: '20:00', setStart: '22:30', curfew: '00:30' }
    const { resolved } = resolveTemplate(STANDARD_SHOW_DAY, times, showTimeDays(times).days)
    expect(resolved.map((r) => [r.line.title, r.startTime, r.startDayOffset])).toEqual([
      ['Bus call', '14:00', 0],
      ['Load-in', '15:00', 0],
      ['Soundcheck', '17:00', 0],
      ['Support soundcheck', '18:15', 0],
      ['Doors', '20:00', 0],
      ['Support set', '21:00', 0],
      ['Set', '22:30', 0],
      ['Curfew', '00:30', 1],
      ['Bus call', '02:00', 1],
    ])
  })
})
