import type { Problem } from './problem.ts'
import { dpStateCount, MAX_DP_STATES, solveDp, type DpResult } from './dp.ts'

/**
 * Exact selection and ordering for small catalogs (the subset variant of the DP in dp.ts, looping
 * over the set sizes the rules allow).
 */

/** Set sizes worth trying: the size rule and what the duration window allows. */
export function candidateSizes(p: Problem, items: number[]): number[] {
  const durs = items.map((i) => p.songs[i]!.dur).sort((a, b) => a - b)
  const sizes: number[] = []
  for (let N = Math.max(1, p.sizeMin); N <= Math.min(p.sizeMax, items.length); N++) {
    let shortest = 0
    let longest = 0
    for (let i = 0; i < N; i++) {
      shortest += durs[i]!
      longest += durs[durs.length - 1 - i]!
    }
    if (shortest <= p.durMax && longest >= p.durMin) sizes.push(N)
  }
  return sizes
}

/**
 * Selects and orders exactly from the eligible songs (the subset variant), trying each set size.
 * Returns null when the problem is too large for the DP.
 */
export function solveExact(p: Problem, opts: { shouldStop?: () => boolean } = {}): { seq: number[] | null; cost: number; states: number } | null {
  const items = p.eligible
  const m = items.length
  if (m === 0) return { seq: null, cost: Infinity, states: 0 }
  // a song that must be played (pinned, or a core song) but cannot be: no set keeps the rules
  if (p.songs.some((s) => (s.pin !== null || s.required) && !s.eligible)) return { seq: null, cost: Infinity, states: 0 }
  if (m > 24 || dpStateCount(p, m) > MAX_DP_STATES) return null
  let best: DpResult = { seq: null, cost: Infinity, states: 0 }
  let states = 0
  for (const N of candidateSizes(p, items)) {
    if (opts.shouldStop?.()) return null
    const r = solveDp(p, { N, items, count: N, shouldStop: opts.shouldStop })
    if (r.aborted) return null
    states += r.states
    if (r.seq && r.cost < best.cost - 1e-12) best = r
  }
  return { seq: best.seq, cost: best.cost, states }
}
