import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compileProblem } from './compile.ts'
import { weightedCost } from './costs.ts'
import type { Problem } from './problem.ts'
import { FastEvaluator, sequenceViolations } from './sequence-check.ts'
import { makeS2, makeS3 } from './instances.ts'
import { localSearch } from './local-search.ts'
import { ReplaceDelta } from './move-costs.ts'
import { kick } from './moves.ts'
import { search } from './search.ts'
import { Rng } from './rng.ts'

const s3 = compileProblem(makeS3(5))
const skew = compileProblem(makeS3(102, true))

/** A feasible set of the problem from a short, seeded search. */
function feasibleSet(p: Problem, seed: number): number[] {
  const r = search(p, { seed, budgetMs: 60_000, maxIterations: 4_000 })
  expect(r.feasible).toBe(true)
  return r.seq
}

describe('the search', () => {
  it('the O(1) replace-and-place cost equals the full cost of the sequence it stands for (property)', () => {
    for (const p of [s3, skew]) {
      fc.assert(
        fc.property(fc.uniqueArray(fc.integer({ min: 0, max: p.n - 1 }), { minLength: 3, maxLength: 26 }), fc.nat(), fc.nat(), (picked, iRaw, jRaw) => {
          // the last one picked is the song brought in; the others are the sequence
          const seq = picked.slice(0, -1)
          const s = picked[picked.length - 1]!
          const N = seq.length
          const i = iRaw % N
          const j = jRaw % N
          const delta = new ReplaceDelta(p, N)
          delta.prepare(seq, i)
          const rest = seq.filter((_, t) => t !== i)
          const moved = [...rest.slice(0, j), s, ...rest.slice(j)]
          expect(delta.cost(s, j)).toBeCloseTo(weightedCost(p, moved), 9)
        }),
        { numRuns: 400 },
      )
    }
  })

  it('the descent ends feasible, no worse, and no single replace-and-place, relocation or swap improves it', () => {
    for (const [p, seed] of [
      [s3, 3],
      [skew, 8],
    ] as const) {
      const ev = new FastEvaluator(p)
      const start = feasibleSet(p, seed)
      const startCost = ev.evaluate(start)
      const r = localSearch(p, ev, start, startCost, () => false)
      expect(sequenceViolations(p, r.seq).total).toBe(0)
      expect(r.cost).toBeCloseTo(weightedCost(p, r.seq), 9)
      expect(r.cost).toBeLessThanOrEqual(startCost + 1e-12)
      // brute force over the neighbourhoods, with the reference cost and rule measure
      const N = r.seq.length
      const better = (seq: number[]) => sequenceViolations(p, seq).total === 0 && weightedCost(p, seq) < r.cost - 1e-9
      for (let i = 0; i < N; i++) {
        const rest = r.seq.filter((_, t) => t !== i)
        for (const s of p.eligible) {
          if (r.seq.includes(s) || p.songs[s]!.pin !== null) continue
          for (let j = 0; j < N; j++) expect(better([...rest.slice(0, j), s, ...rest.slice(j)])).toBe(false)
        }
        for (let j = 0; j < N; j++) {
          expect(better([...rest.slice(0, j), r.seq[i]!, ...rest.slice(j)])).toBe(false)
          const sw = [...r.seq]
          sw[i] = r.seq[j]!
          sw[j] = r.seq[i]!
          expect(better(sw)).toBe(false)
        }
      }
    }
  })

  it('a kick keeps the set feasible and its cost right (property)', () => {
    const ev = new FastEvaluator(s3)
    const start = feasibleSet(s3, 11)
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 10 }), (seed, moves) => {
        const k = kick(s3, ev, start, new Rng(seed), moves)
        if (!k) return
        expect(new Set(k.seq).size).toBe(start.length)
        expect(sequenceViolations(s3, k.seq).total).toBe(0)
        expect(k.cost).toBeCloseTo(weightedCost(s3, k.seq), 9)
      }),
      { numRuns: 60 },
    )
  })

  it('with a step count, the plan depends on the seed only: not on the budget the clock is given', () => {
    const p = compileProblem(makeS2(4, 16, 8, true))
    for (const seed of [1, 2]) {
      // 40 000 steps: the annealing and a descent; 120 000: the iterated local search too (from 100 000: search.ts)
      const a = search(p, { seed, budgetMs: 20_000, maxIterations: 40_000 })
      const b = search(p, { seed, budgetMs: 200_000, maxIterations: 40_000 })
      const c = search(skew, { seed, budgetMs: 20_000, maxIterations: 120_000 })
      const d = search(skew, { seed, budgetMs: 200_000, maxIterations: 120_000 })
      expect(b.seq).toEqual(a.seq)
      expect(d.seq).toEqual(c.seq)
      expect(d.feasible).toBe(true)
    }
  })

  it('a long search (two starts) reports one rising progress over both, a best score that never worsens, and ends on its plan', () => {
    const seen: { fraction: number; bestScore: number | null }[] = []
    const r = search(skew, {
      seed: 3,
      budgetMs: 200_000,
      maxIterations: 120_000,
      onProgress: (q) => seen.push({ fraction: q.fraction, bestScore: q.bestScore }),
    })
    expect(r.feasible).toBe(true)
    expect(r.cost).toBeCloseTo(weightedCost(skew, r.seq), 9)
    // both starts reported: progress passes the half (the first start's end) and goes on to 1
    expect(seen.filter((q) => q.fraction > 0.5 && q.fraction < 1).length).toBeGreaterThanOrEqual(1)
    expect(seen.at(-1)!.fraction).toBe(1)
    for (let k = 1; k < seen.length; k++) {
      expect(seen[k]!.fraction).toBeGreaterThanOrEqual(seen[k - 1]!.fraction)
      if (seen[k - 1]!.bestScore !== null) expect(seen[k]!.bestScore!).toBeLessThanOrEqual(seen[k - 1]!.bestScore! + 1e-12)
    }
    expect(seen.at(-1)!.bestScore!).toBeCloseTo(r.cost, 9)
  })
})
