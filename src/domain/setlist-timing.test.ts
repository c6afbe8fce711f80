import { describe, expect, it } from 'vitest'
import type { SetlistEntry } from './setlist.ts'
import { formatRunningTime, timeEntries } from './setlist-timing.ts'

const lengths = new Map([
  ['like-nobodys-around', 200],
  ['we-are', 185.4],
  ['confetti', 210],
])
const durationOf = (e: SetlistEntry) => lengths.get(e.recordingId ?? '') ?? null

const set: SetlistEntry[] = [
  { id: '1', type: 'section', section: 'main' },
  { id: '2', type: 'song', recordingId: 'like-nobodys-around' },
  { id: '3', type: 'other', otherKind: 'talk', durationSeconds: 120 },
  { id: '4', type: 'song', recordingId: 'we-are' },
  { id: '5', type: 'song', title: 'I Knew You Were Trouble' },
  { id: '6', type: 'section', section: 'encore' },
  { id: '7', type: 'song', recordingId: 'confetti' },
]

describe('timeEntries', () => {
  it('adds song lengths and non-song durations, sections taking no time', () => {
    const t = timeEntries(set, { durationOf })
    expect(t.entries.map((e) => e.effectiveSeconds)).toEqual([0, 200, 120, 185, null, 0, 210])
    expect(t.entries.map((e) => e.startOffsetSeconds)).toEqual([0, 0, 200, 320, 505, 505, 505])
    expect(t.runningSeconds).toBe(715)
  })

  it('leaves clock times empty without a set start', () => {
    expect(timeEntries(set, { durationOf }).entries.every((e) => e.clockTime === null)).toBe(true)
  })

  it("gives each entry's clock time in the venue's zone", () => {
    // 20:30 in Chicago on 2013-07-12 (CDT, UTC-5)
    const t = timeEntries(set, { durationOf, setStart: { instant: new Date('2013-07-13T01:30:00Z'), zone: 'America/Chicago' } })
    expect(t.entries.map((e) => e.clockTime)).toEqual(['20:30', '20:30', '20:33', '20:35', '20:38', '20:38', '20:38'])
  })

  it('crosses midnight and a daylight-saving change on the wall clock', () => {
    const long: SetlistEntry[] = [
      { id: 'a', type: 'other', otherKind: 'dj-interlude', durationSeconds: 3600 },
      { id: 'b', type: 'section', section: 'encore' },
    ]
    // 00:30 EDT on the fall-back night: an hour later the wall clock reads 01:30 again... as EST
    const t = timeEntries(long, { durationOf, setStart: { instant: new Date('2013-11-03T04:30:00Z'), zone: 'America/New_York' } })
    expect(t.entries.map((e) => e.clockTime)).toEqual(['00:30', '01:30'])
  })

  it('is empty for an empty list', () => {
    expect(timeEntries([], { durationOf })).toEqual({ entries: [], runningSeconds: 0 })
  })
})

describe('formatRunningTime', () => {
  it('reads minutes and seconds, with hours when there are any', () => {
    expect(formatRunningTime(245)).toBe('4:05')
    expect(formatRunningTime(5525)).toBe('1:32:05')
  })
})

describe('songs without a recording', () => {
  it("count their own duration, while a recording's duration wins", () => {
    const entries = [
      { id: 'a', type: 'song' as const, title: 'I Knew You Were Trouble', durationSeconds: 200 },
      { id: 'b', type: 'song' as const, recordingId: '00000000-0000-7000-8000-000000000001', durationSeconds: 999 },
    ]
    const timing = timeEntries(entries, { durationOf: (e) => (e.recordingId ? 180 : null) })
    expect(timing.entries.map((e) => e.effectiveSeconds)).toEqual([200, 180])
    expect(timing.runningSeconds).toBe(380)
  })
})
