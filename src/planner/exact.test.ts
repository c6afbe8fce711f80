import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compileProblem } from './compile.ts'
import { weightedCost } from './costs.ts'
import type { Problem } from './problem.ts'
import { solveExact } from './exact.ts'
import { FastEvaluator, sequenceViolations } from './sequence-check.ts'
import { makeS1, makeS2 } from './instances.ts'
import { windowAt } from './moves.ts'

/** Every sequence of every size, the slow way: the oracle of the oracle. */
function bruteForce(p: Problem): { cost: number; seq: number[] | null } {
  let best = Infinity
  let bestSeq: number[] | null = null
  const items = p.eligible
  const seq: number[] = []
  const used = new Set<number>()
  const visit = () => {
    if (seq.length >= 1 && sequenceViolations(p, seq).total === 0) {
      const c = weightedCost(p, seq)
      if (c < best - 1e-9) {
        best = c
        bestSeq = [...seq]
      }
    }
    if (seq.length >= Math.min(p.sizeMax, items.length)) return
    for (const s of items) {
      if (used.has(s)) continue
      used.add(s)
      seq.push(s)
      visit()
      seq.pop()
      used.delete(s)
    }
  }
  visit()
  return { cost: best, seq: bestSeq }
}

describe('the exact Held–Karp DP', () => {
  it('orders a fixed set as well as trying every order (S1, n = 6 and 7)', () => {
    let solved = 0
    for (let seed = 1; seed <= 6; seed++) {
      const p = compileProblem(makeS1(seed, 6 + (seed % 2), seed % 2 === 0))
      const exact = solveExact(p)!
      const brute = bruteForce(p)
      expect(exact.seq === null).toBe(brute.seq === null)
      if (exact.seq) {
        expect(sequenceViolations(p, exact.seq).total).toBe(0)
        expect(weightedCost(p, exact.seq)).toBeCloseTo(brute.cost, 5)
        solved++
      }
    }
    expect(solved).toBeGreaterThan(3)
  })

  it('keeps singer runs exactly when solo and duet songs mix (their run states are packed differently)', () => {
    let solved = 0
    for (let seed = 1; seed <= 5; seed++) {
      const req = makeS1(seed, 7, seed % 2 === 0)
      req.repertoire[1]!.leadPersonIds = ['kendall', 'james']
      req.repertoire[4]!.leadPersonIds = ['james', 'logan']
      const p = compileProblem({ ...req, rules: { ...req.rules, maxLeadRun: 1 + (seed % 2) } })
      const exact = solveExact(p)!
      const brute = bruteForce(p)
      expect(exact.seq === null).toBe(brute.seq === null)
      if (exact.seq) {
        expect(sequenceViolations(p, exact.seq).total).toBe(0)
        expect(weightedCost(p, exact.seq)).toBeCloseTo(brute.cost, 5)
        solved++
      }
    }
    expect(solved).toBeGreaterThan(1)
  })

  it('selects and orders as well as trying every subset in every order (S2-like, 7 songs, sets of 4–5)', () => {
    let solved = 0
    for (let seed = 1; seed <= 5; seed++) {
      const req = makeS2(seed, 7, 4 + (seed % 2))
      const p = compileProblem({
        ...req,
        rules: {
          ...req.rules,
          setSize: { min: 3, max: 5 },
          acousticBlock: { min: 0, max: 3 },
          newSongs: { count: 1, mode: 'at-least', sinceDate: '2013-06-11' },
        },
      })
      const exact = solveExact(p)!
      const brute = bruteForce(p)
      expect(exact.seq === null).toBe(brute.seq === null)
      if (exact.seq) {
        expect(weightedCost(p, exact.seq)).toBeCloseTo(brute.cost, 5)
        solved++
      }
    }
    expect(solved).toBeGreaterThan(2)
  })

  it('proves a set infeasible when no order keeps the singer runs', () => {
    const req = makeS1(3, 6)
    // everybody sings lead on every song: no order keeps runs of at most 3
    const repertoire = req.repertoire.map((s) => ({ ...s, leadPersonIds: ['kendall'], needs: [] }))
    const p = compileProblem({ ...req, repertoire, rules: { ...req.rules, acousticBlock: null } })
    expect(solveExact(p)!.seq).toBeNull()
    expect(bruteForce(p).seq).toBeNull()
  })

  it('re-orders a window optimally without breaking the rest of the set', () => {
    const p = compileProblem(makeS1(4, 10))
    const best = solveExact(p)!.seq!
    const scrambled = [...best.slice(0, 3), ...best.slice(3, 8).reverse(), ...best.slice(8)]
    const fixed = windowAt(p, scrambled, 3, 5)
    if (fixed && sequenceViolations(p, fixed).total === 0) expect(weightedCost(p, fixed)).toBeLessThanOrEqual(weightedCost(p, scrambled) + 1e-9)
  })

  it('the search evaluator agrees with the reference cost and rule measures on any sequence', () => {
    const req = makeS2(9, 14, 8)
    const p = compileProblem({
      ...req,
      rules: { ...req.rules, pinned: [{ recordingId: req.repertoire[2]!.recordingId, position: 'closer' }], encore: { songs: 2 }, differFromLastTourPct: 50 },
      history: { ...req.history, lastTourSongKeys: req.repertoire.slice(0, 6).map((s) => `rec:${s.recordingId}`) },
    })
    const ev = new FastEvaluator(p)
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 13 }), { minLength: 1, maxLength: 12 }), (seq) => {
        const cost = ev.evaluate(seq)
        expect(cost).toBeCloseTo(weightedCost(p, seq), 9)
        expect(ev.viol).toBeCloseTo(sequenceViolations(p, seq).total, 9)
      }),
      { numRuns: 300 },
    )
  })
})
