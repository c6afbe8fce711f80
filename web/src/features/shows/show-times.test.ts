import { describe, expect, it } from 'vitest'
import { showTimeRows } from './show-times.ts'

const show = {
  localDate: '2013-07-10',
  timeZone: 'America/Chicago',
  times: { loadIn: '10:00', soundcheck: null, doors: '18:30', setStart: '20:00', curfew: '23:00' },
}

describe('showTimeRows', () => {
  it('lists the known times in the day’s order, at the venue with its zone', () => {
    const rows = showTimeRows(show, 'America/Chicago', 'en-US')
    expect(rows.map((r) => [r.label, r.venueText, r.venueZoneShort])).toEqual([
      ['Load-in', '10:00 AM', 'CDT'],
      ['Doors', '6:30 PM', 'CDT'],
      ['Set start', '8:00 PM', 'CDT'],
      ['Curfew', '11:00 PM', 'CDT'],
    ])
    expect(rows.every((r) => r.viewer === null)).toBe(true)
  })

  it('adds the viewer’s clock, with the next day when the evening is already tomorrow for them', () => {
    const rows = showTimeRows(show, 'Europe/London', 'en-GB')
    expect(rows.find((r) => r.key === 'doors')?.viewer).toMatchObject({ text: 'Thu 11 Jul, 00:30', isOtherDay: true, zone: 'Europe/London', zoneShort: 'BST' })
    expect(rows.find((r) => r.key === 'loadIn')?.viewer).toMatchObject({ text: '16:00', isOtherDay: false })
  })

  it('reads instants sent by the API the same as local times', () => {
    const rows = showTimeRows({ ...show, times: { ...show.times, setStart: '2013-07-11T01:00:00Z' } }, 'America/Chicago', 'en-US')
    expect(rows.find((r) => r.key === 'setStart')?.venueText).toBe('8:00 PM')
  })
})

describe('a time that happens twice (issue 11)', () => {
  it('says which of the two instants 01:30 is on the night the clocks go back', () => {
    const night = {
      localDate: '2013-10-27',
      timeZone: 'Europe/London',
      times: { loadIn: null, soundcheck: null, doors: '00:30', setStart: '01:30', curfew: '03:00' },
    }
    const rows = showTimeRows(night, 'Europe/London', 'en-GB')
    const set = rows.find((r) => r.key === 'setStart')!
    expect(set.instant?.toISOString()).toBe('2013-10-27T00:30:00.000Z')
    expect(set.ambiguity).toMatch(/Set start at 01:30 happens twice .* this is the first, 01:30 BST, not the second, 01:30 GMT/)
    expect(rows.find((r) => r.key === 'curfew')!.ambiguity).toBeNull()
    expect(rows.find((r) => r.key === 'doors')!.ambiguity).toBeNull()
  })
})

describe('a show past midnight (issue 15)', () => {
  it('puts a curfew earlier than the set start on the next day and marks it', () => {
    const late = {
      localDate: '2013-09-20',
      timeZone: 'Europe/Berlin',
      times: { loadIn: null, soundcheck: null, doors: '20:00', setStart: '22:45', curfew: '00:30' },
    }
    const rows = showTimeRows(late, 'Europe/Berlin', 'en-GB')
    expect(rows.map((r) => [r.key, r.nextDay])).toEqual([
      ['doors', false],
      ['setStart', false],
      ['curfew', true],
    ])
    expect(rows.find((r) => r.key === 'curfew')!.instant?.toISOString()).toBe('2013-09-20T22:30:00.000Z')
  })
})
