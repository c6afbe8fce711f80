import { describe, expect, it } from 'vitest'
import type { ConflictView, TimelineEntry } from '../../api/touring-api.ts'
import { countConflicts, groupByMonthAndDay, isAllDayEntry, localTimeOfEntry, splitAtDay } from './agenda-groups.ts'

function entry(id: string, localStart: string, startsAt: string, conflicts: ConflictView[] = []): TimelineEntry {
  return {
    kind: 'show',
    id,
    title: `Show ${id}`,
    actId: null,
    actName: null,
    startsAt,
    endsAt: startsAt,
    timeZone: 'UTC',
    localStart,
    localEnd: localStart,
    place: '',
    status: null,
    conflicts,
  }
}

const conflict: ConflictView = { kind: 'overlap', personId: 'p', personName: 'Dustin Belt', message: 'Dustin Belt is booked twice' }

describe('groupByMonthAndDay', () => {
  it('groups by month, then by day, in date order', () => {
    const months = groupByMonthAndDay([
      entry('b', '2013-08-02 20:00', '2013-08-02T23:00:00Z'),
      entry('a', '2013-07-10 19:30', '2013-07-11T00:30:00Z'),
      entry('c', '2013-07-10 10:00', '2013-07-10T15:00:00Z'),
    ])
    expect(months.map((m) => m.month)).toEqual(['2013-07', '2013-08'])
    expect(months[0]?.days.map((d) => [d.date, d.entries.map((e) => e.id)])).toEqual([['2013-07-10', ['c', 'a']]])
  })

  it('files an entry under its date at its own place, not the reader’s', () => {
    // 19:30 in Chicago on July 10 is already July 11 in UTC.
    const [month] = groupByMonthAndDay([entry('a', '2013-07-10 19:30', '2013-07-11T00:30:00Z')])
    expect(month?.days[0]?.date).toBe('2013-07-10')
  })

  it('orders a day by instants when its entries are in different zones', () => {
    // 20:00 in Berlin happens before 15:00 in Chicago on the same date.
    const [month] = groupByMonthAndDay([
      entry('chicago', '2013-07-10 15:00', '2013-07-10T20:00:00Z'),
      entry('berlin', '2013-07-10 20:00', '2013-07-10T18:00:00Z'),
    ])
    expect(month?.days[0]?.entries.map((e) => e.id)).toEqual(['berlin', 'chicago'])
  })

  it('counts conflicts per month and marks the days that have them', () => {
    const [month] = groupByMonthAndDay([
      entry('a', '2013-07-10 19:30', '2013-07-11T00:30:00Z', [conflict]),
      entry('b', '2013-07-12 19:30', '2013-07-13T00:30:00Z'),
    ])
    expect(month?.conflictCount).toBe(1)
    expect(month?.days.map((d) => d.hasConflict)).toEqual([true, false])
  })
})

describe('splitAtDay', () => {
  it('keeps today with what is to come', () => {
    const months = groupByMonthAndDay([entry('a', '2013-04-14 10:00', '2013-04-14T10:00:00Z'), entry('b', '2013-04-15 10:00', '2013-04-15T10:00:00Z')])
    const { upcoming, past } = splitAtDay(months, '2013-04-15')
    expect(upcoming.flatMap((m) => m.days.map((d) => d.date))).toEqual(['2013-04-15'])
    expect(past.flatMap((m) => m.days.map((d) => d.date))).toEqual(['2013-04-14'])
  })
})

describe('localTimeOfEntry', () => {
  it('has no time for an all-day entry', () => {
    expect(localTimeOfEntry({ localStart: '2013-07-10' })).toBeNull()
    expect(localTimeOfEntry({ localStart: '2013-07-10 09:15' })).toBe('09:15')
  })
})

describe('isAllDayEntry', () => {
  it('takes midnight to midnight as a whole day, and a blockout always', () => {
    expect(isAllDayEntry({ kind: 'commitment', localStart: '2013-07-21 00:00', localEnd: '2013-07-22 00:00' })).toBe(true)
    expect(isAllDayEntry({ kind: 'blockout', localStart: '2013-07-21 00:00', localEnd: '2013-07-21 23:59' })).toBe(true)
  })
  it('keeps a booking that starts at midnight but ends the same night as timed', () => {
    expect(isAllDayEntry({ kind: 'commitment', localStart: '2013-07-21 00:00', localEnd: '2013-07-21 02:00' })).toBe(false)
    expect(isAllDayEntry({ kind: 'show', localStart: '2013-07-21 10:00', localEnd: '2013-07-21 23:00' })).toBe(false)
  })
})

describe('countConflicts', () => {
  const start = (id: string) => ({ kind: 'show' as const, id, title: `Show ${id}`, startsAt: '2013-07-10T00:30:00Z', endsAt: '2013-07-10T03:00:00Z' })
  it('counts a double booking once although both bookings list it, as the Conflicts page does (issue 11)', () => {
    const a = entry('a', '2013-07-10 19:30', '2013-07-11T00:30:00Z', [{ ...conflict, with: start('b') }])
    const b = entry('b', '2013-07-10 20:00', '2013-07-11T01:00:00Z', [{ ...conflict, with: start('a') }])
    const c = entry('c', '2013-07-12 20:00', '2013-07-13T01:00:00Z', [{ ...conflict, kind: 'blockout', blockoutId: 'x' }])
    expect(countConflicts([a, b, c])).toBe(2)
    const [month] = groupByMonthAndDay([a, b, c])
    expect(month?.conflictCount).toBe(2)
    // another person booked twice on the same pair is a conflict of their own
    expect(countConflicts([a, b, entry('d', '2013-07-10 19:30', '2013-07-11T00:30:00Z', [{ ...conflict, personId: 'q', with: start('b') }])])).toBe(2)
  })
})
