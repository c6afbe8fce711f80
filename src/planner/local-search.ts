import type { Problem } from './model.ts'
import { arcPenalty } from './model.ts'
import type { FastEvaluator } from './sequence-check.ts'
import { solveDp } from './exact.ts'
import type { Rng } from './rng.ts'

/**
 * The deterministic neighbourhoods the search intensifies with: descent to a local optimum
 * (exact windows, replace-and-place costed in O(1), relocations and swaps), the kick of the
 * iterated local search, and exact re-ordering of a window of slots.
 */

/**
 * Descent to a local optimum of a feasible sequence (no randomness, so the same input gives the
 * same output): exact re-ordering of windows, then, slot by slot, the best of replacing its song by
 * one not in the set placed at any position (the search's replace move keeps the slot), then every
 * relocation and swap; repeated while anything improves. `stop` is polled between steps.
 */
export function localSearch(
  p: Problem,
  ev: FastEvaluator,
  start: number[],
  startCost: number,
  stop: () => boolean,
  window = 8,
): { seq: number[]; cost: number; evaluations: number } {
  let best = [...start]
  let bestCost = startCost
  let evaluations = 0
  const N = best.length
  if (N < 2) return { seq: best, cost: bestCost, evaluations }
  const songs = p.songs
  const inSet = new Uint8Array(p.n)
  const cand: number[] = new Array<number>(N).fill(0)
  const rest: number[] = new Array<number>(N - 1).fill(0)
  const tourCap = p.lastTour ? Math.floor(N * (1 - p.lastTour.pct / 100) + 1e-9) : Infinity
  const cityCap = p.sameCity ? Math.floor((p.sameCity.pct * p.sameCity.count) / 100 + 1e-9) : Infinity
  const w = Math.min(window, N)
  const delta = new ReplaceDelta(p, N)
  for (let pass = 0; pass < 50; pass++) {
    let changed = false
    // 1. exact windows
    for (let a = 0; a + w <= N; a += Math.max(1, Math.floor(w / 3))) {
      if (stop()) return { seq: best, cost: bestCost, evaluations }
      const improved = windowAt(p, best, a, w)
      evaluations++
      if (!improved) continue
      const c = ev.evaluate(improved)
      if (ev.viol === 0 && c < bestCost - 1e-12) {
        best = improved
        bestCost = c
        changed = true
      }
    }
    // 2. replace a song by one not in the set, placed anywhere: the cost of each candidate in O(1)
    // (ReplaceDelta), the full evaluation (rules included) only for those that would improve
    for (let i = 0; i < N; i++) {
      if (stop()) return { seq: best, cost: bestCost, evaluations }
      const out = songs[best[i]!]!
      if (out.pin !== null || out.required) continue
      inSet.fill(0)
      let dur = 0,
        fresh = 0,
        tour = 0,
        city = 0,
        ac = 0
      for (let t = 0; t < N; t++) {
        const x = songs[best[t]!]!
        inSet[x.idx] = 1
        dur += x.dur
        if (x.isNew) fresh++
        if (x.inLastTour) tour++
        if (x.inSameCity) city++
        if (x.acoustic) ac++
      }
      delta.prepare(best, i)
      for (let t = 0, r = 0; t < N; t++) if (t !== i) rest[r++] = best[t]!
      let localBest = bestCost
      let localSeq: number[] | null = null
      for (const s of p.eligible) {
        if (inSet[s]) continue
        const x = songs[s]!
        if (x.pin !== null) continue
        // set-level rules first (cheap): only orderings of a set that keeps them can be feasible
        const d = dur - out.dur + x.dur
        if (d < p.durMin || d > p.durMax) continue
        const f = fresh - (out.isNew ? 1 : 0) + (x.isNew ? 1 : 0)
        if (p.newRule && (f < p.newRule.count || (p.newRule.exactly && f > p.newRule.count))) continue
        if (tour - (out.inLastTour ? 1 : 0) + (x.inLastTour ? 1 : 0) > tourCap) continue
        if (city - (out.inSameCity ? 1 : 0) + (x.inSameCity ? 1 : 0) > cityCap) continue
        const a = ac - (out.acoustic ? 1 : 0) + (x.acoustic ? 1 : 0)
        if (p.acoustic && (a < p.acoustic.min || a > p.acoustic.max)) continue
        for (let j = 0; j < N; j++) {
          if (delta.cost(s, j) >= localBest - 1e-12) continue
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
    // 3. relocations and swaps
    if (stop()) return { seq: best, cost: bestCost, evaluations }
    for (let i = 0; i < N; i++)
      for (let j = 0; j < N; j++) {
        if (i === j) continue
        shiftBlock(best, cand, i, 1, j)
        let c = ev.evaluate(cand)
        evaluations++
        if (ev.viol === 0 && c < bestCost - 1e-12) {
          best = [...cand]
          bestCost = c
          changed = true
          continue
        }
        if (j < i) continue
        for (let t = 0; t < N; t++) cand[t] = best[t]!
        cand[i] = best[j]!
        cand[j] = best[i]!
        c = ev.evaluate(cand)
        evaluations++
        if (ev.viol === 0 && c < bestCost - 1e-12) {
          best = [...cand]
          bestCost = c
          changed = true
        }
      }
    if (!changed) break
  }
  return { seq: best, cost: bestCost, evaluations }
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
  private i = 0
  private restSong = 0
  private restTr = 0
  constructor(
    private readonly p: Problem,
    private readonly N: number,
  ) {
    // songCost + weighted arc penalty of each song at each slot of a set of N
    this.arc = new Float64Array(p.n * N)
    for (const s of p.songs) for (let t = 0; t < N; t++) this.arc[s.idx * N + t] = s.songCost + p.weights.energyArc * arcPenalty(p, s, t, N)
    this.shiftR = new Float64Array(N + 1)
    this.shiftL = new Float64Array(N + 1)
    this.rest = new Int32Array(Math.max(0, N - 1))
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

/**
 * `seq` after `moves` random feasible replace or swap moves (at most 40 tries per move); null when
 * none applied. Deterministic for the rng's state.
 */
export function kick(p: Problem, ev: FastEvaluator, seq: number[], rng: Rng, moves: number): { seq: number[]; cost: number } | null {
  const cur = [...seq]
  const N = cur.length
  if (N < 2) return null
  let cost = 0
  let applied = 0
  for (let tries = 0; tries < moves * 40 && applied < moves; tries++) {
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
  return applied ? { seq: cur, cost } : null
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
