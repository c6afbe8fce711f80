import { describe, expect, it } from 'vitest'
import { checkSetlist } from './check-setlist.ts'
import { kendallsDraft, NO_RULES, song, summerContext } from './reference-world.fixture.ts'

const sixNew = { ...NO_RULES, newSongs: { count: 6, mode: 'exactly' as const, sinceDate: '2013-01-01' } }
const ids = ['like-nobodys-around', 'song-for-you', 'amazing', 'we-are', 'confetti-falling', 'untouchable']

describe('new-songs rule', () => {
  it("accepts Kendall's draft with its six new songs", () => {
    expect(checkSetlist(kendallsDraft(), summerContext(), sixNew)).toEqual([])
  })

  it('says how many new songs are missing', () => {
    const four = kendallsDraft().filter((e) => e.id !== 'amazing' && e.id !== 'untouchable')
    expect(checkSetlist(four, summerContext(), sixNew)).toEqual([
      { rule: 'new-songs', message: '6 new songs needed, 4 in this list', entryIds: ids.filter((id) => id !== 'amazing' && id !== 'untouchable') },
    ])
  })

  it('refuses a seventh new song when exactly six are wanted, but not when at least six are', () => {
    const seven = [...kendallsDraft(), song('24-seven')]
    expect(checkSetlist(seven, summerContext(), sixNew)[0]?.message).toBe('Exactly 6 new songs wanted, 7 in this list')
    expect(checkSetlist(seven, summerContext(), { ...sixNew, newSongs: { ...sixNew.newSongs, mode: 'at-least' } })).toEqual([])
  })

  it('counts a partial release date from its first day and ignores unreleased songs', () => {
    const rules = { ...NO_RULES, newSongs: { count: 1, mode: 'at-least' as const, sinceDate: '2013-06-01' } }
    // song-for-you is known only as 2013-04; the duet is unreleased
    expect(checkSetlist([song('song-for-you'), song('duet')], summerContext(), rules)[0]?.message).toBe('1 new song needed, 0 in this list')
    expect(checkSetlist([song('we-are')], summerContext(), rules)).toEqual([])
  })

  it('counts a song played twice once', () => {
    const rules = { ...NO_RULES, newSongs: { count: 2, mode: 'at-least' as const, sinceDate: '2013-01-01' } }
    expect(checkSetlist([song('we-are'), song('we-are', { id: 'reprise' })], summerContext(), rules)[0]?.message).toBe('2 new songs needed, 1 in this list')
  })
})
