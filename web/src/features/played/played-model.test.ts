import { describe, expect, it } from 'vitest'
import { canRecordPlayed, historyOfSongs, numberSongs, todayIn } from './played-model.ts'

describe('played helpers', () => {
  it('opens recording on the day of the show at the venue, not before', () => {
    const now = new Date('2013-07-13T03:00:00Z') // still the 12th in Chicago
    expect(todayIn('America/Chicago', now)).toBe('2013-07-12')
    expect(canRecordPlayed({ localDate: '2013-07-12', timeZone: 'America/Chicago' }, now)).toBe(true)
    expect(canRecordPlayed({ localDate: '2013-07-13', timeZone: 'America/Chicago' }, now)).toBe(false)
    expect(canRecordPlayed({ localDate: '2013-07-13', timeZone: 'Europe/Berlin' }, now)).toBe(true)
  })

  it('lists each song of a list once, with its history when it has one', () => {
    const h = { songKey: 'rec:r1', recordingId: 'r1', title: 'Windows Down', timesPlayed: 12, timesThisTour: 3, lastPlayed: null }
    const rows = historyOfSongs(
      [
        { id: 'a', type: 'song', recordingId: 'r1' },
        { id: 's', type: 'section', section: 'encore' },
        { id: 'b', type: 'song', recordingId: 'r1' },
        { id: 'c', type: 'song', title: 'Cover' },
      ],
      [h],
    )
    expect(rows.map((r) => [r.key, r.history?.timesPlayed ?? null])).toEqual([
      ['rec:r1', 12],
      ['title:cover', null],
    ])
  })
})

describe('numberSongs', () => {
  it('numbers songs only: section headers and talks are not songs (issue 11)', () => {
    const list = [{ type: 'section' }, { type: 'song' }, { type: 'song' }, { type: 'other' }, { type: 'section' }, { type: 'song' }]
    expect(numberSongs(list).map((n) => n.number)).toEqual([null, 1, 2, null, null, 3])
  })
})
