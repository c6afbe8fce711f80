import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { planTour } from './plan-tour.ts'
import { planShow } from './plan-show.ts'
import { PlanTourInputSchema, PlanShowInputSchema, type PlanTourRequest, type PlanShowRequest } from '../contract/planner.ts'

/** Issue 13, point 7 and its findings: every explanation, score and statistic is computed from the plan actually returned. */
const example = (): PlanTourRequest =>
  PlanTourInputSchema.parse(JSON.parse(readFileSync(new URL('../../docs/examples/plan-tour.json', import.meta.url), 'utf8')))
const exampleShow = (): PlanShowRequest =>
  PlanShowInputSchema.parse(JSON.parse(readFileSync(new URL('../../docs/examples/plan-show.json', import.meta.url), 'utf8')))
const DAY = 86_400_000
const songsOf = (entries: { type: string; recordingId?: string | null }[]) => entries.filter((e) => e.type === 'song').map((e) => e.recordingId!)

describe('tour answers are true to the returned tour (issue 13)', () => {
  it('plans a show without the acoustic player with no acoustic section, not infeasible', () => {
    const input = exampleShow()
    input.show.lineupRoles = input.show.lineupRoles.filter((r) => r !== 'acoustic-guitar')
    input.show.lineup = input.show.lineup.filter((l) => l.role !== 'acoustic-guitar')
    const plan = planShow(input, { steps: 20_000, capMs: 600_000 })
    expect(plan.status).not.toBe('infeasible')
    expect(plan.entries.some((e) => e.type === 'section' && e.section === 'acoustic')).toBe(false)
    expect(plan.rules.find((r) => r.ruleId === 'acoustic-block')).toMatchObject({
      ok: true,
      message: expect.stringContaining('nobody in the lineup plays acoustic-guitar'),
    })
  })

  it('scores, reasons and the variety line of every show match the tour returned after the polish', () => {
    const input = { ...example(), shows: example().shows.slice(0, 8) }
    const tour = planTour(input, { seed: 1, steps: 150_000, capMs: 600_000 })
    expect(tour.status).not.toBe('infeasible')
    const sets = tour.shows.map((s) => songsOf(s.entries))
    const history = input.history.plays
    let checkedFresh = 0
    let checkedVariety = 0
    tour.shows.forEach((show, i) => {
      const date = input.shows[i]!.date
      // freshness from its definition: f/(f+1), f = Σ exp(−days/21) over earlier plays (history and this tour)
      const plays = [
        ...history.map((p) => ({ id: p.recordingId, date: p.date })),
        ...sets.slice(0, i).flatMap((s, j) => s.map((id) => ({ id, date: input.shows[j]!.date }))),
      ].filter((p) => p.date < date)
      const fresh = sets[i]!.map((id) => {
        const f = plays
          .filter((p) => p.id === id)
          .reduce((a, p) => a + Math.exp(-Math.max(1, Math.round((Date.parse(date) - Date.parse(p.date)) / DAY)) / 21), 0)
        return f / (f + 1)
      })
      expect(show.score!.byGoal.freshness).toBeCloseTo(fresh.reduce((a, b) => a + b, 0) / fresh.length, 5)
      // "not played before: fresh" only for songs not played before
      for (const r of show.reasons) {
        if (!r.reasons.includes('not played before: fresh')) continue
        expect(plays.some((p) => p.id === r.recordingId)).toBe(false)
        checkedFresh++
      }
      // "N of M songs were not in the previous show": the show before it in the tour
      if (i > 0) {
        const m = /(\d+) of (\d+) songs were not in the previous show/.exec(show.explanation)
        expect(m).not.toBeNull()
        const prev = new Set(sets[i - 1])
        expect(Number(m![1])).toBe(sets[i]!.filter((id) => !prev.has(id)).length)
        checkedVariety++
      }
    })
    expect(checkedVariety).toBe(7)
    expect(checkedFresh).toBeGreaterThanOrEqual(0)
  })

  it('counts violations of returned sets, not the conflicting rules of an infeasible show', () => {
    const input = { ...example(), shows: example().shows.slice(0, 3) }
    // the second show cannot be played: its window is shorter than any set of the required new songs
    input.shows[1] = { ...input.shows[1]!, durationWindow: { minSeconds: 60, maxSeconds: 120 } }
    const tour = planTour(input, { seed: 1, steps: 30_000, capMs: 600_000 })
    expect(tour.shows[1]!.status).toBe('infeasible')
    expect(tour.shows[1]!.conflictingRules!.length).toBeGreaterThan(0)
    expect(tour.stats.infeasibleShows).toBe(1)
    expect(tour.stats.hardViolations).toBe(0)
  })
})
