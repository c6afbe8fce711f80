import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { PlannerGoal, PlannerSong, PlanShowRequest } from '../contract/planner.ts'
import { compileProblem } from './compile.ts'
import { scoreByGoal, weightedCost } from './costs.ts'
import { planShow } from './plan-show.ts'
import { makeS2, makeS3 } from './instances.ts'
import { Rng } from './rng.ts'

/**
 * Issue 13: the planner's objective had no oracle but itself. This evaluator is written from the
 * goals' definitions (docs/planner-input.md, "The goals"), on the raw input and the returned songs,
 * sharing no code with src/planner/costs.ts or compile.ts; a sign or weight bug in any of the seven goals makes
 * it disagree with the product.
 */
const PITCHES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B']
const DEFAULT_ENERGY_ARC = [0.8, 0.65, 0.7, 0.5, 0.7, 0.85, 1]
const DAY_MS = 86_400_000

/** Steps between two keys on the circle of fifths, a minor key beside its relative major, one more step for a major/minor change; 6 steps or more is the worst. Unknown: 0.5. */
function keysPenalty(a: PlannerSong, b: PlannerSong): number {
  if (!a.key || !b.key) return 0.5
  const position = (s: PlannerSong) => {
    const pc = (PITCHES.indexOf(s.key!) + (s.mode === 'minor' ? 3 : 0)) % 12
    return (pc * 7) % 12
  }
  const d = Math.abs(position(a) - position(b))
  let steps = Math.min(d, 12 - d)
  if (a.mode && b.mode && a.mode !== b.mode) steps += 1
  return Math.min(1, steps / 6)
}
/** A tempo jump of 40 bpm or more is the worst. Unknown: 0.25. */
const tempoPenalty = (a: PlannerSong, b: PlannerSong) =>
  a.tempoBpm === null || b.tempoBpm === null ? 0.25 : Math.min(1, Math.abs(a.tempoBpm - b.tempoBpm) / 40)
/** An energy jump of 6 or more is the worst. Unknown: 0.25. */
const energyFlowPenalty = (a: PlannerSong, b: PlannerSong) => (a.energy === null || b.energy === null ? 0.25 : Math.min(1, Math.abs(a.energy - b.energy) / 6))
/** Distance of the song's energy (0–1) from the arc at its place, the arc's points spread evenly over the set. Unknown: 0.25. */
function arcPenalty(arc: number[], s: PlannerSong, t: number, n: number): number {
  if (s.energy === null) return 0.25
  const x = n <= 1 ? 0 : (t / (n - 1)) * (arc.length - 1)
  const i = Math.min(arc.length - 2, Math.floor(x))
  const target = arc[i]! + (arc[i + 1]! - arc[i]!) * (x - i)
  return Math.abs(s.energy / 10 - target)
}

/** Every goal's mean penalty and the weighted total for the songs of a set, in order. */
export function independentScore(req: PlanShowRequest, ids: string[]): { total: number; byGoal: Record<PlannerGoal, number> } {
  const songs = ids.map((id) => req.repertoire.find((s) => s.recordingId === id)!)
  const n = songs.length
  const arc = req.energyArc ?? DEFAULT_ENERGY_ARC
  const before = req.history.plays.filter((p) => p.date < req.show.date)
  const lastDate = before.reduce((a, p) => (p.date > a ? p.date : a), '')
  const previousShow = new Set(before.filter((p) => p.date === lastDate).map((p) => p.recordingId))
  const g: Record<PlannerGoal, number> = { keys: 0, tempo: 0, energyFlow: 0, energyArc: 0, fanDemand: 0, freshness: 0, variety: 0 }
  songs.forEach((s, t) => {
    g.fanDemand += 1 - (s.fanDemand ?? 0.5)
    // freshness: f / (f + 1) with f = Σ exp(−days / 21) over the song's earlier plays (at least one day apart)
    const f = before
      .filter((p) => p.recordingId === s.recordingId)
      .reduce((a, p) => a + Math.exp(-Math.max(1, Math.round((Date.parse(req.show.date) - Date.parse(p.date)) / DAY_MS)) / 21), 0)
    g.freshness += f / (f + 1)
    g.variety += previousShow.has(s.recordingId) ? 1 : 0
    g.energyArc += arcPenalty(arc, s, t, n)
    if (t + 1 < n) {
      g.keys += keysPenalty(s, songs[t + 1]!)
      g.tempo += tempoPenalty(s, songs[t + 1]!)
      g.energyFlow += energyFlowPenalty(s, songs[t + 1]!)
    }
  })
  for (const k of ['fanDemand', 'freshness', 'variety', 'energyArc'] as const) g[k] /= Math.max(1, n)
  for (const k of ['keys', 'tempo', 'energyFlow'] as const) g[k] = n > 1 ? g[k] / (n - 1) : 0
  const w = req.weights
  const total = (Object.keys(g) as PlannerGoal[]).reduce((a, k) => a + w[k] * g[k], 0)
  return { total, byGoal: g }
}

/** Random inputs: S2/S3 catalogs with a play history (so freshness and variety mean something), random weights and arcs. */
function randomRequest(seed: number): PlanShowRequest {
  const rng = new Rng(seed * 7 + 1)
  const req = seed % 2 ? makeS3(seed) : makeS2(seed, 16, 8)
  const weight = () => Math.round(rng.next() * 50) / 10
  // some songs with unknown facts, to check the unknown values of every goal
  const repertoire = req.repertoire.map((s, i) =>
    i % 7 === 3 ? { ...s, key: null, tempoBpm: null } : i % 11 === 5 ? { ...s, energy: null, fanDemand: null, mode: null } : s,
  )
  const plays = repertoire
    .filter(() => rng.next() < 0.4)
    .flatMap((s) => [
      { recordingId: s.recordingId, date: '2013-07-20', city: null },
      ...(rng.next() < 0.5 ? [{ recordingId: s.recordingId, date: '2013-06-01', city: null }] : []),
    ])
  return {
    ...req,
    repertoire,
    weights: { keys: weight(), tempo: weight(), energyFlow: weight(), energyArc: weight(), fanDemand: weight(), freshness: weight(), variety: weight() },
    energyArc: rng.next() < 0.5 ? null : [rng.next(), rng.next(), rng.next()].map((x) => Math.round(x * 100) / 100),
    history: { ...req.history, plays: [...req.history.plays.filter((p) => p.date < '2013-07-01'), ...plays] },
  }
}

describe('the objective against an independent evaluator (issue 13)', () => {
  it('agrees with weightedCost and every goal of scoreByGoal on random sets of random inputs', () => {
    let checked = 0
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 14 }), (inputSeed, orderSeed, size) => {
        const req = randomRequest(inputSeed)
        const p = compileProblem(req)
        const rng = new Rng(orderSeed)
        const seq = rng.shuffle(p.songs.map((s) => s.idx)).slice(0, Math.min(size, p.n))
        const ids = seq.map((i) => p.songs[i]!.id)
        const mine = independentScore(req, ids)
        expect(weightedCost(p, seq)).toBeCloseTo(mine.total, 9)
        const theirs = scoreByGoal(p, seq)
        for (const goal of Object.keys(mine.byGoal) as PlannerGoal[]) expect(theirs.byGoal[goal]).toBeCloseTo(mine.byGoal[goal], 5)
        checked++
      }),
      { numRuns: 200, seed: 13 },
    )
    expect(checked).toBe(200)
  })

  it('agrees with the score of the plan the planner returns', () => {
    let checked = 0
    for (let seed = 1; seed <= 6; seed++) {
      const req = randomRequest(seed)
      const plan = planShow(req, { steps: 20_000, capMs: 600_000 })
      if (plan.status === 'infeasible') continue
      checked++
      const ids = plan.entries.filter((e) => e.type === 'song').map((e) => e.recordingId!)
      expect(plan.score!.total).toBeCloseTo(independentScore(req, ids).total, 5)
    }
    expect(checked).toBeGreaterThanOrEqual(5)
  })

  it('the evaluator is not vacuous: it tells a set from the same set with two songs swapped', () => {
    const req = randomRequest(3)
    const ids = req.repertoire.slice(0, 10).map((s) => s.recordingId)
    const swapped = [ids[1]!, ids[0]!, ...ids.slice(2)]
    expect(independentScore(req, ids).total).not.toBeCloseTo(independentScore(req, swapped).total, 6)
  })
})
