import { describe, expect, it } from 'vitest'
import { parseSetlistFm } from './parse.ts'
import { readSongInfo, writeSongInfo } from './song-info.ts'

describe('song info', () => {
  it.each([
    ['>', { segue: '>', notes: '' }],
    ['without B&D section) (>', { segue: '>', notes: 'without B&D section' }],
    ['->, ended with a Split Open and Melt jam.', { segue: '->', notes: 'ended with a Split Open and Melt jam.' }],
    ['First time since 2019', { segue: '', notes: 'First time since 2019' }],
  ])('reads %j as a segue and notes', (info, expected) => {
    expect(readSongInfo(info, false)).toEqual({ ...expected, other: null })
  })

  it('keeps tape as a note and gives it back', () => {
    const read = readSongInfo('intro) (->', true)
    expect(read).toEqual({ segue: '->', notes: 'tape\nintro', other: null })
    expect(writeSongInfo(read)).toEqual({ info: 'intro) (->', tape: true })
  })

  it('writes non-song entries with a marker that reads back', () => {
    const s = { segue: '' as const, notes: 'change-over', other: { kind: 'break' as const, durationSeconds: 600 } }
    expect(readSongInfo(writeSongInfo(s).info, false)).toEqual(s)
  })
})

describe('parsing one set list', () => {
  it('turns with into guests, tape into a note, and a lone setlist object into one set list', () => {
    const [s] = parseSetlistFm({
      id: 'abc',
      eventDate: '02-07-2013',
      artist: { name: 'Big Time Rush' },
      venue: { name: 'Hall', city: { name: 'Ψυχικό', country: { code: 'gr' } } },
      sets: {
        set: [
          {
            song: [
              { name: 'Intro', tape: true },
              { name: "Like Nobody's Around", with: { name: 'Victoria Justice', mbid: 'x' }, info: 'acoustic' },
            ],
          },
          { encore: 2, song: [{ name: 'Windows Down' }] },
        ],
      },
    }).setlists
    expect(s).toMatchObject({ eventDate: '2013-07-02', venue: { countryCode: 'GR', latitude: null, state: null }, tourName: null })
    expect(s!.entries).toEqual([
      { id: 'e1', type: 'section', section: 'main', title: null },
      { id: 'e2', type: 'song', title: 'Intro', notes: 'tape' },
      { id: 'e3', type: 'song', title: "Like Nobody's Around", guests: ['Victoria Justice'], notes: 'acoustic' },
      { id: 'e4', type: 'section', section: 'encore', title: 'Encore 2' },
      { id: 'e5', type: 'song', title: 'Windows Down' },
    ])
  })

  it('reports a set list it cannot read, naming the field, and refuses what is no set list at all', () => {
    const { setlists, refused } = parseSetlistFm({ setlist: [{ id: 'x', eventDate: '2013-07-02' }] })
    expect(setlists).toEqual([])
    expect(refused).toMatchObject([{ index: 0, id: 'x', eventDate: '2013-07-02', venue: null }])
    expect(refused[0]!.reasons).toContain('eventDate: eventDate must be DD-MM-YYYY')
    expect(() => parseSetlistFm([1, 2])).toThrow(/not a setlist.fm/)
  })
})
