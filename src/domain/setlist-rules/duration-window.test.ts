import { describe, expect, it } from 'vitest'
import { checkSetlist } from './check-setlist.ts'
import { kendallsDraft, NO_RULES, summerContext } from './reference-world.fixture.ts'

// Kendall's draft: eleven songs of 3:20 and a one-minute talk (37:40); the cover has no known length
const window = (minSeconds: number, maxSeconds: number) => ({ ...NO_RULES, durationWindow: { minSeconds, maxSeconds } })

describe('duration-window rule', () => {
  it('accepts a running time inside the window', () => {
    expect(checkSetlist(kendallsDraft(), summerContext(), window(30 * 60, 45 * 60))).toEqual([])
  })

  it('reports a set that runs long', () => {
    expect(checkSetlist(kendallsDraft(), summerContext(), window(20 * 60, 35 * 60))).toEqual([
      { rule: 'duration-window', message: 'Running time 37:40 is over the 35:00 maximum (1 entry has no length)', entryIds: [] },
    ])
  })

  it('reports a short set and points at the entries of unknown length', () => {
    expect(checkSetlist(kendallsDraft(), summerContext(), window(60 * 60, 90 * 60))).toEqual([
      { rule: 'duration-window', message: 'Running time 37:40 is under the 1:00:00 minimum (1 entry has no length)', entryIds: ['trouble'] },
    ])
  })
})
