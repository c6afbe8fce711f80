import { describe, expect, it } from 'vitest'
import { checkSetlist } from './check-setlist.ts'
import { kendallsDraft, LAST_TOUR, NO_RULES, song, summerContext } from './reference-world.fixture.ts'

describe('same-city-repeat rule', () => {
  const lastTimeHere = LAST_TOUR.slice(0, 4) // boyfriend, worldwide, big-night, elevate: all four are in the draft
  it('reports too many songs repeated from the last set in the city', () => {
    expect(checkSetlist(kendallsDraft(), summerContext({ lastSameCitySongKeys: lastTimeHere }), { ...NO_RULES, maxSameCityRepeatPct: 50 })).toEqual([
      {
        rule: 'same-city-repeat',
        message: 'At most 50 % of the last set in this city may come back; 4 of its 4 songs (100 %) do',
        entryIds: ['boyfriend', 'worldwide', 'big-night', 'elevate'],
      },
    ])
  })

  it('accepts repeats up to the cap, and any set in a new city', () => {
    const list = [song('boyfriend'), song('worldwide'), song('we-are')]
    expect(checkSetlist(list, summerContext({ lastSameCitySongKeys: lastTimeHere }), { ...NO_RULES, maxSameCityRepeatPct: 50 })).toEqual([])
    expect(checkSetlist(kendallsDraft(), summerContext({ lastSameCitySongKeys: null }), { ...NO_RULES, maxSameCityRepeatPct: 0 })).toEqual([])
  })
})
