import type { Problem, PSong } from './problem.ts'
import { arcPenalty } from './costs.ts'
import type { FastEvaluator } from './sequence-check.ts'
import { solveDp } from './dp.ts'
import type { Rng } from './rng.ts'

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

/** The cost, in O(1), of `seq` (costing `cost`) with slots i < j swapped (cost only: the rules are for the full evaluation). */
export function swapCost(p: Problem, delta: ReplaceDelta, seq: readonly number[], cost: number, i: number, j: number): number {
  const N = seq.length
  const tr = p.trans
  const n = p.n
  const a = seq[i]!
  const b = seq[j]!
  const dSong = delta.at(b, i) + delta.at(a, j) - delta.at(a, i) - delta.at(b, j)
  // no closure here: it is called for every pair of slots
  let dTr = 0
  if (i > 0) dTr += tr[seq[i - 1]! * n + b]! - tr[seq[i - 1]! * n + a]!
  if (j < N - 1) dTr += tr[a * n + seq[j + 1]!]! - tr[b * n + seq[j + 1]!]!
  if (j === i + 1) dTr += tr[b * n + a]! - tr[a * n + b]!
  else {
    dTr += tr[b * n + seq[i + 1]!]! - tr[a * n + seq[i + 1]!]!
    dTr += tr[seq[j - 1]! * n + a]! - tr[seq[j - 1]! * n + b]!
  }
  return cost + dSong / N + dTr / (N - 1)
}

/**
 * The cost, in O(1), of a sequence of N songs after the move "take out the song at slot i, put
 * song s (not in the set) at slot j of what is left" (the slots between i and j shift by one).
 * Cost only: the rules are for the full evaluation. `prepare` once per (sequence, i): O(N).
 */
export class ReplaceDelta {
  private readonly arc: Float64Array
  private readonly shiftR: Float64Array
  private readonly shiftL: Float64Array
  private readonly rest: Int32Array
  /** Per song: its cheapest slot (songCost + arc), and its cheapest transition in and out. */
  private readonly minArc: Float64Array
  private readonly minIn: Float64Array
  private readonly minOut: Float64Array
  private i = 0
  private restSong = 0
  private restTr = 0
  private minShift = 0
  private maxJoin = 0
  constructor(
    private readonly p: Problem,
    private readonly N: number,
  ) {
    const tables = deltaTables(p, N)
    this.arc = tables.arc
    this.minArc = tables.minArc
    this.minIn = tables.minIn
    this.minOut = tables.minOut
    this.shiftR = new Float64Array(N + 1)
    this.shiftL = new Float64Array(N + 1)
    this.rest = new Int32Array(Math.max(0, N - 1))
  }
  /** songCost + weighted arc penalty of song s at slot t. */
  at(s: number, t: number): number {
    return this.arc[s * this.N + t]!
  }
  prepare(seq: readonly number[], i: number): void {
    const { N, arc, shiftR, shiftL } = this
    const tr = this.p.trans
    const n = this.p.n
    if (seq.length !== N || N < 2) throw new Error(`ReplaceDelta is for sets of ${N} ≥ 2 songs`)
    let songSum = 0
    let trSum = 0
    for (let t = 0; t < N; t++) {
      const s = seq[t]!
      const a0 = arc[s * N + t]!
      songSum += a0
      if (t > 0) trSum += tr[seq[t - 1]! * n + s]!
      // what moving song t one slot later (R) or earlier (L) adds, summed over slots < t + 1
      shiftR[t + 1] = shiftR[t]! + (t + 1 < N ? arc[s * N + t + 1]! - a0 : 0)
      shiftL[t + 1] = shiftL[t]! + (t > 0 ? arc[s * N + t - 1]! - a0 : 0)
    }
    for (let t = 0, r = 0; t < N; t++) if (t !== i) this.rest[r++] = seq[t]!
    const o = seq[i]!
    this.i = i
    this.restSong = songSum - arc[o * N + i]!
    this.restTr =
      trSum -
      (i > 0 ? tr[seq[i - 1]! * n + o]! : 0) -
      (i + 1 < N ? tr[o * n + seq[i + 1]!]! : 0) +
      (i > 0 && i + 1 < N ? tr[seq[i - 1]! * n + seq[i + 1]!]! : 0)
    let minShift = Infinity
    for (let j = 0; j < N; j++) minShift = Math.min(minShift, j <= i ? shiftR[i]! - shiftR[j]! : shiftL[j + 1]! - shiftL[i + 1]!)
    this.minShift = minShift
    let maxJoin = 0
    for (let r = 1; r < N - 1; r++) maxJoin = Math.max(maxJoin, tr[this.rest[r - 1]! * n + this.rest[r]!]!)
    this.maxJoin = maxJoin
  }
  /**
   * A lower bound of cost(s, j) over every slot j (its cheapest slot, the cheapest shift of the
   * others, its cheapest transitions in and out less the dearest one it could split): a song whose
   * bound does not beat a cost cannot beat it at any slot.
   */
  bound(s: number): number {
    const inOut = Math.min(this.minIn[s]! + this.minOut[s]! - this.maxJoin, this.minIn[s]!, this.minOut[s]!)
    return (this.restSong + this.minShift + this.minArc[s]!) / this.N + (this.restTr + inOut) / (this.N - 1)
  }
  /** weightedCost of the prepared sequence without slot i, with s at slot j (0 ≤ j < N). */
  cost(s: number, j: number): number {
    const { N, arc, i, rest } = this
    const tr = this.p.trans
    const n = this.p.n
    // the songs between the removed slot and the new one move by one
    const shift = j <= i ? this.shiftR[i]! - this.shiftR[j]! : this.shiftL[j + 1]! - this.shiftL[i + 1]!
    const songPart = this.restSong + shift + arc[s * N + j]!
    const before = j > 0 ? rest[j - 1]! : -1
    const after = j < N - 1 ? rest[j]! : -1
    let trPart = this.restTr
    if (before >= 0) trPart += tr[before * n + s]!
    if (after >= 0) trPart += tr[s * n + after]!
    if (before >= 0 && after >= 0) trPart -= tr[before * n + after]!
    return songPart / N + trPart / (N - 1)
  }
}

const deltaCache = new WeakMap<Problem, Map<number, { arc: Float64Array; minArc: Float64Array; minIn: Float64Array; minOut: Float64Array }>>()
/** ReplaceDelta's tables for sets of N, computed once per problem and size. */
function deltaTables(p: Problem, N: number) {
  let byN = deltaCache.get(p)
  if (!byN) deltaCache.set(p, (byN = new Map()))
  let t = byN.get(N)
  if (!t) {
    // songCost + weighted arc penalty of each song at each slot of a set of N
    const arc = new Float64Array(p.n * N)
    const minArc = new Float64Array(p.n).fill(Infinity)
    for (const s of p.songs)
      for (let u = 0; u < N; u++) {
        const v = s.songCost + p.weights.energyArc * arcPenalty(p, s, u, N)
        arc[s.idx * N + u] = v
        minArc[s.idx] = Math.min(minArc[s.idx]!, v)
      }
    const minIn = new Float64Array(p.n).fill(Infinity)
    const minOut = new Float64Array(p.n).fill(Infinity)
    for (let a = 0; a < p.n; a++)
      for (let b = 0; b < p.n; b++) {
        if (a === b) continue
        const v = p.trans[a * p.n + b]!
        minOut[a] = Math.min(minOut[a]!, v)
        minIn[b] = Math.min(minIn[b]!, v)
      }
    for (let a = 0; a < p.n; a++) {
      if (!Number.isFinite(minIn[a]!)) minIn[a] = 0
      if (!Number.isFinite(minOut[a]!)) minOut[a] = 0
    }
    t = { arc, minArc, minIn, minOut }
    byN.set(N, t)
  }
  return t
}

/**
 * `seq` after `moves` random feasible replace or swap moves (at most 40 tries per move, each one
 * evaluation; `tries` says how many it took); null when none applied (after moves × 40 tries). Deterministic for the rng's state.
 */
export function kick(p: Problem, ev: FastEvaluator, seq: number[], rng: Rng, moves: number): { seq: number[]; cost: number; tries: number } | null {
  const cur = [...seq]
  const N = cur.length
  if (N < 2) return null
  let cost = 0
  let applied = 0
  let tries = 0
  while (tries < moves * 40 && applied < moves) {
    tries++
    const i = rng.int(N)
    const old = cur[i]!
    if (rng.next() < 0.5) {
      const s = p.eligible[rng.int(p.eligible.length)]!
      if (cur.includes(s)) continue
      cur[i] = s
      const c = ev.evaluate(cur)
      if (ev.viol === 0) {
        cost = c
        applied++
      } else cur[i] = old
    } else {
      const j = rng.int(N)
      if (j === i) continue
      cur[i] = cur[j]!
      cur[j] = old
      const c = ev.evaluate(cur)
      if (ev.viol === 0) {
        cost = c
        applied++
      } else {
        cur[j] = cur[i]!
        cur[i] = old
      }
    }
  }
  return applied ? { seq: cur, cost, tries } : null
}

/** cand = cur with the block [i, i+len) moved so that it starts at j (positions in the result). */
export function shiftBlock(cur: number[], cand: number[], i: number, len: number, j: number): boolean {
  const N = cur.length
  let w = 0
  for (let t = 0; t < N; t++) {
    if (t >= i && t < i + len) continue
    if (w === j) w += len
    cand[w++] = cur[t]!
  }
  for (let k = 0; k < len; k++) cand[j + k] = cur[i + k]!
  return true
}

/** The sequence with slots [a, a+w) re-ordered optimally given their neighbours; null when the DP finds nothing. */
export function windowAt(p: Problem, seq: number[], a: number, w: number): number[] | null {
  const N = seq.length
  const items = seq.slice(a, a + w)
  const last = a > 0 ? seq[a - 1]! : -1
  const runs: number[] = []
  if (last >= 0 && p.maxRun > 0) {
    for (const q of p.songs[last]!.leads) {
      let run = 0
      for (let t = a - 1; t >= 0 && p.songs[seq[t]!]!.leads.includes(q); t--) run++
      runs.push(run)
    }
  }
  let acousticSeen = false
  for (let t = 0; t < a; t++) if (p.songs[seq[t]!]!.acoustic) acousticSeen = true
  const r = solveDp(p, {
    N,
    items,
    count: w,
    start: { last, runs, acousticSeen, slot: a },
    next: a + w < N ? seq[a + w]! : -1,
    setRules: false,
    incumbent: items,
  })
  if (!r.seq) return null
  return [...seq.slice(0, a), ...r.seq, ...seq.slice(a + w)]
}
