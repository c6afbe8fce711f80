import { describe, expect, it } from 'vitest'
import { demoSummerTourInput } from '../../bench/planner/demo-instance.ts'
import { planTour } from './plan-tour.ts'

/** Issue 13, point 6: the demo's summer tour, planned as core and rotating slots. */
describe("the demo's summer tour (issue 13)", () => {
  it('core and two rotating slots; "I Knew You Were Trouble" on Victoria Justice\'s nights; the acoustic section wherever Dustin is in the lineup', () => {
    const input = demoSummerTourInput()
    // one night without Dustin (he is in every show of the demo): that night has no acoustic section
    const without = Math.floor(input.shows.length / 2)
    input.shows[without] = {
      ...input.shows[without]!,
      lineupRoles: input.shows[without]!.lineupRoles.filter((r) => r !== 'acoustic-guitar'),
      lineup: input.shows[without]!.lineup.filter((l) => l.role !== 'acoustic-guitar'),
    }
    expect(input.rotation).toMatchObject({ mode: 'core-rotating', slots: 2 })
    const tour = planTour(input, { seed: 1, steps: 150_000, capMs: 600_000 })
    expect(tour.stats.infeasibleShows).toBe(0)
    expect(tour.stats.hardViolations).toBe(0)
    const trouble = input.repertoire.find((s) => s.title.startsWith('I Knew You Were Trouble'))!.recordingId
    let victoriaNights = 0
    let dustinNights = 0
    tour.shows.forEach((show, i) => {
      const s = input.shows[i]!
      const songs = show.entries.filter((e) => e.type === 'song').map((e) => e.recordingId)
      const billed = s.billedGuests.includes('Victoria Justice')
      if (billed) victoriaNights++
      expect(songs.includes(trouble)).toBe(billed)
      if (billed) expect(show.entries.find((e) => e.recordingId === trouble)?.guests).toEqual(['Victoria Justice'])
      const dustin = s.lineup.some((l) => l.name === 'Dustin')
      if (dustin) dustinNights++
      expect(show.entries.some((e) => e.type === 'section' && e.section === 'acoustic')).toBe(dustin)
      expect(show.explanation).toMatch(/Core and 2 rotating slots/)
    })
    expect(victoriaNights).toBeGreaterThanOrEqual(10)
    expect(dustinNights).toBe(input.shows.length - 1)
    // consecutive shows share most of the set (a pop show), far from free rotation
    expect(tour.stats.meanJaccard!).toBeGreaterThan(0.6)
  })
})
