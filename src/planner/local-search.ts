import type { Problem, PSong } from './problem.ts'
import type { FastEvaluator } from './sequence-check.ts'
import { ReplaceDelta, swapCost } from './move-costs.ts'
import { windowAt } from './moves.ts'

/**
 * The deterministic neighbourhoods the search intensifies with: descent to a local optimum
 * (exact windows, replace-and-place costed in O(1), relocations and swaps), the kick of the
 * iterated local search, and exact re-ordering of a window of slots.
 */

/**
 * Descent to a local optimum of a feasible sequence (no randomness, so the same input gives the
 * same output): slot by slot, the best of moving its song elsewhere or replacing it by one not in
 * the set placed at any position (the search's replace move keeps the slot), then every swap, each
 * costed in O(1) and fully evaluated (rules included) only when it would improve; repeated while
 * anything improves, then exact re-ordering of windows, and again while the windows improve. `stop`
 * is polled between steps.
 */
/**
 * What the descent's work is counted as, in search steps (one step: one full evaluation of a set,
 * about what an annealing step costs). Measured on S3 (24 of 80): an O(1) cost of a move about 1/40
 * of an evaluation, an exact 8-slot window 150–450 evaluations.
 */
export const DELTAS_PER_STEP = 40
export const WINDOW_STEPS = 300

export function localSearch(
  p: Problem,
  ev: FastEvaluator,
  start: number[],
  startCost: number,
  stop: () => boolean,
  window = 8,
  windowCache?: Set<string>,
): { seq: number[]; cost: number; evaluations: number; steps: number } {
  if (windowCache && windowCache.size > 100_000) windowCache.clear()
  let best = [...start]
  let bestCost = startCost
  let evaluations = 0
  const N = best.length
  if (N < 2) return { seq: best, cost: bestCost, evaluations, steps: 0 }
  let deltas = 0
  let windows = 0
  const songs = p.songs
  const inSet = new Uint8Array(p.n)
  const cand: number[] = new Array<number>(N).fill(0)
  const rest: number[] = new Array<number>(N - 1).fill(0)
  const counts: SetCounts = {
    dur: 0,
    fresh: 0,
    tour: 0,
    city: 0,
    ac: 0,
    tourCap: p.lastTour ? Math.floor(N * (1 - p.lastTour.pct / 100) + 1e-9) : Infinity,
    cityCap: p.sameCity ? Math.floor((p.sameCity.pct * p.sameCity.count) / 100 + 1e-9) : Infinity,
  }
  const w = Math.min(window, N)
  const delta = new ReplaceDelta(p, N)
  const done = () => ({ seq: best, cost: bestCost, evaluations, steps: evaluations + deltas / DELTAS_PER_STEP + windows * WINDOW_STEPS })
  for (let pass = 0; pass < 50; pass++) {
    let changed = false
    // 1. move a song elsewhere, or replace it by one not in the set placed anywhere: the cost of each
    // candidate in O(1) (ReplaceDelta), the full evaluation (rules included) only for those that would improve
    for (let i = 0; i < N; i++) {
      if (stop()) return done()
      const out = songs[best[i]!]!
      delta.prepare(best, i)
      for (let t = 0, r = 0; t < N; t++) if (t !== i) rest[r++] = best[t]!
      const replaceable = out.pin === null && !out.required
      if (replaceable) setCounts(p, best, inSet, counts)
      let localBest = bestCost
      let localSeq: number[] | null = null
      // s at slot j of what is left: fully evaluated only when its O(1) cost would improve
      for (let k = -1; k < p.eligible.length; k++) {
        const s = k < 0 ? out.idx : p.eligible[k]!
        if (k >= 0 && (!replaceable || inSet[s] || !keepsSetRules(p, out, songs[s]!, counts))) continue
        // no slot can make it better (the bound is below every slot's cost, with a margin for rounding)
        deltas++
        if (delta.bound(s) - 1e-9 >= localBest - 1e-12) continue
        for (let j = 0; j < N; j++) {
          deltas++
          if ((k < 0 && j === i) || delta.cost(s, j) >= localBest - 1e-12) continue
          for (let t = 0, r = 0; t < N; t++) cand[t] = t === j ? s : rest[r++]!
          const c = ev.evaluate(cand)
          evaluations++
          if (ev.viol === 0 && c < localBest - 1e-12) {
            localBest = c
            localSeq = [...cand]
          }
        }
      }
      if (localSeq) {
        best = localSeq
        bestCost = localBest
        changed = true
      }
    }
    // 2. swaps, costed in O(1)
    if (stop()) return done()
    for (let i = 0; i < N; i++)
      for (let j = i + 1; j < N; j++) {
        deltas++
        if (swapCost(p, delta, best, bestCost, i, j) >= bestCost - 1e-12) continue
        for (let t = 0; t < N; t++) cand[t] = best[t]!
        cand[i] = best[j]!
        cand[j] = best[i]!
        const c = ev.evaluate(cand)
        evaluations++
        if (ev.viol === 0 && c < bestCost - 1e-12) {
          best = [...cand]
          bestCost = c
          changed = true
        }
      }
    if (changed) continue
    if (w < 2) break
    // 3. exact windows, when nothing cheaper improves
    for (let a = 0; a + w <= N; a += Math.max(1, Math.floor(w / 3))) {
      if (stop()) return done()
      const key = windowCache ? windowKey(p, best, a, w) : ''
      if (windowCache?.has(key)) continue
      const improved = windowAt(p, best, a, w)
      windows++
      if (!improved) {
        windowCache?.add(key)
        continue
      }
      const c = ev.evaluate(improved)
      if (ev.viol === 0 && c < bestCost - 1e-12) {
        best = improved
        bestCost = c
        changed = true
      } else windowCache?.add(key)
    }
    if (!changed) break
  }
  return done()
}

/**
 * What the exact re-ordering of slots [a, a+w) depends on: the slot, the songs before it that set
 * the singers' runs, whether the acoustic block was played before, the window's songs and the song
 * after it. Windows with the same key have the same answer.
 */
function windowKey(p: Problem, seq: readonly number[], a: number, w: number): string {
  let acousticSeen = false
  for (let t = 0; t < a; t++) if (p.songs[seq[t]!]!.acoustic) acousticSeen = true
  const from = Math.max(0, a - p.maxRun - 1)
  return `${a}${acousticSeen ? 'a' : ''}:${seq.slice(from, Math.min(seq.length, a + w + 1)).join(',')}`
}

/** The set-level counts of a sequence (and the caps of the overlap rules for its size). */
interface SetCounts {
  dur: number
  fresh: number
  tour: number
  city: number
  ac: number
  tourCap: number
  cityCap: number
}

function setCounts(p: Problem, seq: readonly number[], inSet: Uint8Array, c: SetCounts): void {
  inSet.fill(0)
  c.dur = c.fresh = c.tour = c.city = c.ac = 0
  for (let t = 0; t < seq.length; t++) {
    const x = p.songs[seq[t]!]!
    inSet[x.idx] = 1
    c.dur += x.dur
    if (x.isNew) c.fresh++
    if (x.inLastTour) c.tour++
    if (x.inSameCity) c.city++
    if (x.acoustic) c.ac++
  }
}

/** Whether the set with `out` replaced by `x` keeps the set-level rules (cheap: only orderings of such a set can be feasible). */
function keepsSetRules(p: Problem, out: PSong, x: PSong, c: SetCounts): boolean {
  if (x.pin !== null) return false
  const d = c.dur - out.dur + x.dur
  if (d < p.durMin || d > p.durMax) return false
  const f = c.fresh - (out.isNew ? 1 : 0) + (x.isNew ? 1 : 0)
  if (p.newRule && (f < p.newRule.count || (p.newRule.exactly && f > p.newRule.count))) return false
  if (c.tour - (out.inLastTour ? 1 : 0) + (x.inLastTour ? 1 : 0) > c.tourCap) return false
  if (c.city - (out.inSameCity ? 1 : 0) + (x.inSameCity ? 1 : 0) > c.cityCap) return false
  const a = c.ac - (out.acoustic ? 1 : 0) + (x.acoustic ? 1 : 0)
  return !p.acoustic || (a >= p.acoustic.min && a <= p.acoustic.max)
}
