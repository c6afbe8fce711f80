import { describe, expect, it } from 'vitest'
import { checkSetlist } from './check-setlist.ts'
import { kendallsDraft, NO_RULES, section, song, summerContext } from './reference-world.fixture.ts'

const rules = { ...NO_RULES, acousticSection: { playerRole: 'acoustic-guitar', midSet: true } }
const withoutDustin = summerContext({ lineupRoles: ['lead-vocals', 'dj'] })

describe('acoustic-section rule', () => {
  it('accepts the acoustic section with Dustin in the middle of the set', () => {
    expect(checkSetlist(kendallsDraft(), summerContext(), rules)).toEqual([])
  })

  it('refuses an acoustic section when nobody in the lineup plays acoustic guitar', () => {
    expect(checkSetlist(kendallsDraft(), withoutDustin, rules)).toEqual([
      {
        rule: 'acoustic-section',
        message: "An acoustic section needs acoustic-guitar in the show's lineup, and nobody in it plays that",
        entryIds: ['acoustic'],
      },
    ])
  })

  it('refuses the acoustic section at the start or the end of the main set, or in the encore', () => {
    const opening = [section('acoustic', 'acoustic'), song('we-are'), section('main', 'main'), song('boyfriend')]
    const closing = [song('boyfriend'), section('acoustic', 'acoustic'), song('we-are'), section('encore', 'encore'), song('elevate')]
    const inEncore = [song('boyfriend'), section('encore', 'encore'), song('elevate'), section('acoustic', 'acoustic'), song('we-are')]
    expect(checkSetlist(opening, summerContext(), rules)[0]?.message).toMatch(/opens the main set/)
    expect(checkSetlist(closing, summerContext(), rules)[0]?.message).toMatch(/closes the main set/)
    expect(checkSetlist(inEncore, summerContext(), rules)[0]?.message).toMatch(/not in an encore/)
    expect(checkSetlist(closing, summerContext(), { ...rules, acousticSection: { playerRole: 'acoustic-guitar', midSet: false } })).toEqual([])
  })

  it('points at songs needing the acoustic guitar that are played outside the acoustic section', () => {
    const list = [song('boyfriend'), song('we-are'), section('acoustic', 'acoustic'), song('confetti-falling'), section('main-2', 'main'), song('elevate')]
    expect(checkSetlist(list, summerContext(), rules)).toEqual([
      { rule: 'acoustic-section', message: 'This song needs acoustic-guitar: play it in the acoustic section', entryIds: ['we-are'] },
    ])
  })

  it('keeps to one acoustic section', () => {
    const list = [
      song('boyfriend'),
      section('a1', 'acoustic'),
      song('we-are'),
      section('m2', 'main'),
      song('elevate'),
      section('a2', 'acoustic'),
      song('confetti-falling'),
      section('m3', 'main'),
      song('worldwide'),
    ]
    expect(checkSetlist(list, summerContext(), rules).map((v) => v.message)).toEqual(['Keep to one acoustic section; this list has 2'])
  })

  it('is silent when the act has no acoustic rule', () => {
    expect(checkSetlist(kendallsDraft(), withoutDustin, NO_RULES)).toEqual([])
  })
})
