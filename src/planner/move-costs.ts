import type { Problem } from './problem.ts'
import { arcPenalty } from './costs.ts'

/** The local search's moves costed in O(1) from a sequence's cost: a swap of two slots, a song replaced by one not in the set. */

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
