import { describe, expect, it } from 'vitest'
import { checkSetlist } from './check-setlist.ts'
import { kendallsDraft, NO_RULES, summerContext } from './reference-world.fixture.ts'

describe('differ-from-last-tour rule', () => {
  // the draft: 12 distinct songs, 5 of them from the last tour, so 7 (58.3 %) differ
  it('accepts a set that switches it up enough', () => {
    expect(checkSetlist(kendallsDraft(), summerContext(), { ...NO_RULES, differFromLastTourPct: 50 })).toEqual([])
  })

  it('reports the share that differs and points at the songs kept from the last tour', () => {
    expect(checkSetlist(kendallsDraft(), summerContext(), { ...NO_RULES, differFromLastTourPct: 75 })).toEqual([
      {
        rule: 'differ-from-last-tour',
        message: 'At least 75 % of the songs should differ from the last tour; 7 of 12 (58.3 %) do',
        entryIds: ['boyfriend', 'worldwide', 'big-night', 'music-sounds-better', 'elevate'],
      },
    ])
  })

  it('is silent with no last tour on record', () => {
    expect(checkSetlist(kendallsDraft(), summerContext({ lastTourSongKeys: null }), { ...NO_RULES, differFromLastTourPct: 100 })).toEqual([])
  })
})
