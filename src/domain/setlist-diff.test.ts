import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { SetlistEntry } from './setlist.ts'
import { applySongDiff, diffSetlists, longestIncreasingSubsequence, songKey, songKeys } from './setlist-diff.ts'

const song = (id: string, extra: Partial<SetlistEntry> = {}): SetlistEntry => ({ id: `e-${id}`, type: 'song', recordingId: id, ...extra })
const section = (kind: SetlistEntry['section'], title?: string): SetlistEntry => ({ id: `s-${kind}-${title ?? ''}`, type: 'section', section: kind, title })
const titleOf = (e: SetlistEntry) => e.title ?? e.recordingId ?? ''

describe('songKey', () => {
  it('names a repertoire song by its recording and any other song by its trimmed lowercased title', () => {
    expect(songKey(song('r1'))).toBe('rec:r1')
    expect(songKey({ id: 'x', type: 'song', title: '  I Knew You Were Trouble ' })).toBe('title:i knew you were trouble')
  })

  it('gives no key to sections, talks and untitled songs', () => {
    expect(songKey(section('main'))).toBeNull()
    expect(songKey({ id: 'x', type: 'other', otherKind: 'talk', title: 'Hello' })).toBeNull()
    expect(songKey({ id: 'x', type: 'song', title: '  ' })).toBeNull()
  })
})

describe('longestIncreasingSubsequence', () => {
  it('finds one longest increasing run', () => {
    expect(longestIncreasingSubsequence([0, 3, 1, 2])).toEqual([0, 2, 3])
    expect(longestIncreasingSubsequence([])).toEqual([])
    expect(longestIncreasingSubsequence([3, 2, 1])).toHaveLength(1)
  })
})

describe('diffSetlists', () => {
  it('marks only the inserted song when one song is added at the top', () => {
    const before = ['a', 'b', 'c', 'd'].map((k) => song(k))
    const after = [song('new'), ...before]
    const diff = diffSetlists(before, after, titleOf)
    expect(diff.added).toEqual([{ key: 'rec:new', title: 'new', toIndex: 0 }])
    expect(diff.moved).toEqual([])
    expect(diff.removed).toEqual([])
  })

  it('marks one song moved when it jumps to the end, and lists removed songs', () => {
    const before = ['a', 'b', 'c', 'd'].map((k) => song(k))
    const after = ['b', 'c', 'a'].map((k) => song(k))
    const diff = diffSetlists(before, after, titleOf)
    expect(diff.moved).toEqual([{ key: 'rec:a', title: 'a', fromIndex: 0, toIndex: 2 }])
    expect(diff.removed).toEqual([{ key: 'rec:d', title: 'd', fromIndex: 3 }])
  })

  it('reports a song moved into the acoustic section as a section change', () => {
    const before = [section('main'), song('a'), song('b'), section('acoustic'), song('c')]
    const after = [section('main'), song('a'), section('acoustic'), song('b'), song('c')]
    const diff = diffSetlists(before, after, titleOf)
    expect(diff.moved).toEqual([])
    expect(diff.sectionsChanged).toEqual([{ key: 'rec:b', title: 'b', fromSection: 'main', toSection: 'acoustic' }])
  })

  it('uses the title of an untyped or "other" section', () => {
    const before = [section('other', 'Medley'), song('a')]
    const after = [song('a')]
    expect(diffSetlists(before, after, titleOf).sectionsChanged[0]).toMatchObject({ fromSection: 'Medley', toSection: null })
  })

  it('lists the fields changed on a kept song: a guest, a key and an arrangement', () => {
    const before = [song('song-for-you')]
    const after = [song('song-for-you', { guests: ['Victoria Justice'], keyOverride: 'D', arrangement: 'acoustic' })]
    expect(diffSetlists(before, after, titleOf).changed).toEqual([
      { key: 'rec:song-for-you', title: 'song-for-you', fields: ['keyOverride', 'guests', 'arrangement'] },
    ])
  })

  it('ignores empty notes versus missing notes and guest order', () => {
    const before = [song('a', { notes: '', guests: ['X', 'Y'] })]
    const after = [song('a', { guests: ['y', 'x'] })]
    expect(diffSetlists(before, after, titleOf).changed).toEqual([])
  })

  it('keys a reprise separately from the first performance', () => {
    const list = [song('a'), song('b'), song('a')]
    expect(songKeys(list)).toEqual(['rec:a', 'rec:b', 'rec:a#2'])
    expect(diffSetlists(list, [song('a'), song('b')], titleOf).removed).toEqual([{ key: 'rec:a#2', title: 'a', fromIndex: 2 }])
  })
})

describe('applySongDiff', () => {
  const keyList = fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 25 })

  it("rebuilds the new version's song order from the old one and the diff", () => {
    fc.assert(
      fc.property(keyList, keyList, (a, b) => {
        const before = a.map((k) => song(`s${k}`))
        const after = b.map((k) => song(`s${k}`))
        const diff = diffSetlists(before, after, titleOf)
        expect(applySongDiff(songKeys(before), diff)).toEqual(songKeys(after))
      }),
      { numRuns: 500 },
    )
  })

  it('marks nothing moved when songs are only inserted and removed', () => {
    fc.assert(
      fc.property(keyList, fc.nat(), fc.nat(), (a, at, drop) => {
        const before = a.map((k) => song(`s${k}`))
        const after = before.filter((_, i) => i !== drop % Math.max(1, a.length))
        after.splice(at % (after.length + 1), 0, song('inserted'))
        expect(diffSetlists(before, after, titleOf).moved).toEqual([])
      }),
    )
  })
})
