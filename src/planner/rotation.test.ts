import { describe, expect, it } from 'vitest'
import { planTour } from './plan-tour.ts'
import { makeS4 } from './instances.ts'
import type { PlanTourRequest, RotationMode } from '../contract/planner.ts'

/** Issue 13: rotation modes. A short tour: 8 shows, 40 songs, sets of 10 (two-night stands, guest nights). */
function smallTour(seed: number, mode: RotationMode): PlanTourRequest {
  const full = makeS4(seed, 8)
  const repertoire = full.repertoire.slice(0, 40)
  const avg = repertoire.reduce((a, s) => a + s.durationSeconds, 0) / 40
  const keys = new Set(repertoire.map((s) => `rec:${s.recordingId}`))
  const core = [...repertoire]
    .sort((a, b) => (b.fanDemand ?? 0.5) - (a.fanDemand ?? 0.5))
    .filter((s) => !s.needs.length)
    .slice(0, 4)
    .map((s) => s.recordingId)
  return {
    ...full,
    repertoire,
    budgetMs: 60_000,
    rules: {
      ...full.rules,
      setSize: { min: 10, max: 10 },
      durationWindow: { minSeconds: Math.round(10 * avg * 0.85), maxSeconds: Math.round(10 * avg * 1.15) },
      acousticBlock: { min: 0, max: 4 },
      maxSameCityRepeatPct: null,
      differFromLastTourPct: null,
      newSongs: null,
    },
    history: {
      ...full.history,
      lastTourSongKeys: full.history.lastTourSongKeys!.filter((k) => keys.has(k)),
      plays: full.history.plays.filter((p) => keys.has(`rec:${p.recordingId}`)),
    },
    rotation: { mode, core, slots: 2, noRepeatWithin: 3 },
  }
}
const songsOf = (entries: { type: string; recordingId?: string | null }[]) => entries.filter((e) => e.type === 'song').map((e) => e.recordingId!)

describe('rotation modes (issue 13)', () => {
  it('core and rotating slots: the core every night unless a named rule prevents it, explained', () => {
    const input = smallTour(3, 'core-rotating')
    const tour = planTour(input, { seed: 1, steps: 200_000, capMs: 600_000 })
    expect(tour.stats.hardViolations).toBe(0)
    expect(tour.stats.infeasibleShows).toBe(0)
    const sets = tour.shows.map((s) => songsOf(s.entries))
    const core = input.rotation!.core!
    let coreChecked = 0
    tour.shows.forEach((show, i) => {
      for (const id of core) {
        if (sets[i]!.includes(id)) {
          coreChecked++
          continue
        }
        // left out: the explanation names the rule
        expect(show.explanation).toMatch(/Core song '.+' is out tonight: .+ \(rule [a-z-]+\)/)
      }
      expect(show.explanation).toMatch(/Core and 2 rotating slots/)
    })
    expect(coreChecked).toBeGreaterThanOrEqual(core.length * 6)
    // consecutive shows differ by the rotating slots (a guest night's song takes one more place at most)
    for (let i = 1; i < sets.length; i++) {
      const shared = sets[i]!.filter((id) => sets[i - 1]!.includes(id)).length
      expect(shared).toBeGreaterThanOrEqual(sets[i]!.length - 2 - 1)
    }
    expect(tour.stats.meanJaccard!).toBeLessThan(0.9)
  })

  it('core and rotating slots: a song rotating in was not in any of the shows within the window, nor earlier in the same city', () => {
    let checked = 0
    for (const seed of [1, 2, 3, 4]) {
      const input = smallTour(seed, 'core-rotating')
      const K = input.rotation!.noRepeatWithin
      const tour = planTour(input, { seed: 1, steps: 200_000, capMs: 600_000 })
      expect(tour.stats.hardViolations).toBe(0)
      const sets = tour.shows.map((s) => songsOf(s.entries))
      tour.shows.forEach((show, i) => {
        for (const r of show.reasons.filter((x) => x.reasons.some((w) => /^slot \d+ rotates/.test(w)))) {
          checked++
          for (let j = Math.max(0, i - K); j < i; j++) expect(sets[j]).not.toContain(r.recordingId)
          for (let j = 0; j < i; j++) if (input.shows[j]!.city === input.shows[i]!.city) expect(sets[j]).not.toContain(r.recordingId)
        }
      })
    }
    expect(checked).toBeGreaterThanOrEqual(4 * 7)
  })

  it('fixed: one set for the tour; two shows with the same lineup and billing get the same set; a guest night names what it changed', () => {
    let pairs = 0
    let guestNights = 0
    for (const seed of [1, 2, 3]) {
      const input = smallTour(seed, 'fixed')
      const tour = planTour(input, { seed: 1, steps: 200_000, capMs: 600_000 })
      expect(tour.stats.hardViolations).toBe(0)
      expect(tour.stats.infeasibleShows).toBe(0)
      const sets = tour.shows.map((s) => songsOf(s.entries))
      const sig = (i: number) => JSON.stringify([[...input.shows[i]!.lineupRoles].sort(), [...input.shows[i]!.billedGuests].sort()])
      for (let i = 0; i < sets.length; i++)
        for (let j = i + 1; j < sets.length; j++) {
          if (sig(i) !== sig(j)) {
            // a guest night changes one song of the set: the guest's song takes a place
            expect(sets[j]!.filter((id) => !sets[i]!.includes(id)).length).toBeLessThanOrEqual(1)
            continue
          }
          pairs++
          expect(sets[j]).toEqual(sets[i])
        }
      expect(tour.shows[0]!.explanation).toMatch(/Fixed set for the tour/)
      // a guest night (sets of 10 songs exactly) says what the guest's song replaced
      tour.shows.forEach((show, i) => {
        if (!input.shows[i]!.billedGuests.length || !show.entries.some((e) => e.guests?.length)) return
        guestNights++
        expect(show.explanation).toMatch(
          /Guest night: '.+' with Victoria Justice takes a place in the set\. Changed from the tour's set: '.+' makes room for the guest\./,
        )
      })
    }
    expect(pairs).toBeGreaterThanOrEqual(6)
    expect(guestNights).toBeGreaterThanOrEqual(3)
  })

  it("free rotation keeps today's variety between consecutive shows", () => {
    const tour = planTour(smallTour(3, 'free'), { seed: 1, steps: 100_000, capMs: 600_000 })
    expect(tour.stats.hardViolations).toBe(0)
    expect(tour.stats.meanJaccard!).toBeLessThan(0.35)
  })
})
