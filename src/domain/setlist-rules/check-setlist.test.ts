import { describe, expect, it } from 'vitest'
import { checkSetlist, SETLIST_RULES } from './check-setlist.ts'
import { kendallsDraft, summerContext } from './reference-world.fixture.ts'
import type { SetlistRules } from '../setlist.ts'

const summerRules: SetlistRules = {
  durationWindow: { minSeconds: 30 * 60, maxSeconds: 45 * 60 },
  newSongs: { count: 6, mode: 'exactly', sinceDate: '2013-01-01' },
  acousticSection: { playerRole: 'acoustic-guitar', midSet: true },
  guestSongsNeedBilledGuest: true,
  maxLeadRun: 2,
  differFromLastTourPct: 50,
  maxSameCityRepeatPct: 50,
}

describe('checkSetlist', () => {
  it("finds nothing wrong with Kendall's draft for the summer tour", () => {
    expect(checkSetlist(kendallsDraft(), summerContext(), summerRules)).toEqual([])
  })

  it('reports each broken rule with its id, at a show without Dustin or Victoria', () => {
    const ctx = summerContext({ lineupRoles: ['dj'], billedGuests: ['Big Time Rush'] })
    expect(checkSetlist(kendallsDraft(), ctx, summerRules).map((v) => v.rule)).toEqual(['acoustic-section', 'guest-billed'])
  })

  it('checks only the rules asked for', () => {
    const ctx = summerContext({ lineupRoles: ['dj'], billedGuests: ['Big Time Rush'] })
    expect(checkSetlist(kendallsDraft(), ctx, summerRules, ['guest-billed']).map((v) => v.rule)).toEqual(['guest-billed'])
  })

  it('has one rule per id the contract names', () => {
    expect(SETLIST_RULES.map((r) => r.id)).toEqual([
      'duration-window',
      'new-songs',
      'acoustic-section',
      'guest-billed',
      'singer-run',
      'differ-from-last-tour',
      'same-city-repeat',
    ])
  })

  it('accepts an empty list under no rules', () => {
    expect(checkSetlist([], summerContext(), { guestSongsNeedBilledGuest: true })).toEqual([])
  })
})
