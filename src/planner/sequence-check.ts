import type { Problem } from './problem.ts'
import { arcPenalty, pinSlot } from './costs.ts'

/**
 * How far a sequence of song indexes is from keeping the hard rules, rule by rule, in "song units"
 * (0 = kept). The search minimises cost + λ·total; the exact DP never builds a sequence with a
 * non-zero measure. This is the planner's own view of the rules; every plan returned is checked
 * again, independently, by ./feasibility.ts on the set-list entries.
 */
export interface SeqViolations {
  total: number
  byRule: Record<string, number>
}

export function sequenceViolations(p: Problem, seq: readonly number[], detail = false): SeqViolations {
  const byRule: Record<string, number> = {}
  let total = 0
  const add = (rule: string, v: number) => {
    if (v <= 0) return
    total += v
    if (detail) byRule[rule] = (byRule[rule] ?? 0) + v
  }
  const N = seq.length
  const songs = p.songs
  // set size and eligibility
  if (N < p.sizeMin) add('set-size', p.sizeMin - N)
  if (N > p.sizeMax) add('set-size', N - p.sizeMax)
  let dur = 0
  let fresh = 0
  let lastTour = 0
  let city = 0
  let acousticCount = 0
  let blocks = 0
  let prevAcoustic = false
  const mainEnd = N - Math.min(p.encoreK, N)
  for (let t = 0; t < N; t++) {
    const s = songs[seq[t]!]!
    if (!s.eligible) add(s.ineligibleRules[0] ?? 'known-songs', 1)
    dur += s.dur
    if (s.isNew) fresh++
    if (s.inLastTour) lastTour++
    if (s.inSameCity) city++
    if (s.acoustic) {
      acousticCount++
      if (!prevAcoustic) blocks++
      if (t >= mainEnd) add('acoustic-section', 1)
      if (p.acoustic?.midSet && (t === 0 || t === mainEnd - 1)) add('acoustic-section', 1)
    }
    prevAcoustic = s.acoustic
    if (s.pin !== null) {
      const slot = pinSlot(s.pin, N)
      if (slot === -1 ? (p.encoreK > 0 ? t < mainEnd : t !== N - 1) : slot !== t) add('pinned', 1)
    }
  }
  // pinned songs left out
  for (const s of songs) if (s.pin !== null && !seq.includes(s.idx)) add('pinned', 1)
  for (const s of songs) if (s.required && s.pin === null && !seq.includes(s.idx)) add('core', 1)
  if (dur < p.durMin) add('duration-window', (p.durMin - dur) / 180)
  if (dur > p.durMax) add('duration-window', (dur - p.durMax) / 180)
  if (p.newRule) {
    if (fresh < p.newRule.count) add('new-songs', p.newRule.count - fresh)
    if (p.newRule.exactly && fresh > p.newRule.count) add('new-songs', fresh - p.newRule.count)
  }
  if (p.acoustic) {
    if (blocks > 1) add('acoustic-section', blocks - 1)
    if (acousticCount < p.acoustic.min) add('acoustic-block', p.acoustic.min - acousticCount)
    if (acousticCount > p.acoustic.max) add('acoustic-block', acousticCount - p.acoustic.max)
  }
  if (p.encoreK > 0 && N <= p.encoreK) add('encore', p.encoreK + 1 - N)
  if (p.lastTour && N > 0) {
    // different * 100 >= pct * N  ⇔  lastTour <= N (1 − pct/100)
    const excess = lastTour - Math.floor(N * (1 - p.lastTour.pct / 100) + 1e-9)
    if (excess > 0) add('differ-from-last-tour', excess)
  }
  if (p.sameCity) {
    const excess = city - Math.floor((p.sameCity.pct * p.sameCity.count) / 100 + 1e-9)
    if (excess > 0) add('same-city-repeat', excess)
  }
  if (p.maxRun > 0) add('singer-run', runExcess(p, seq))
  return { total, byRule }
}

const runsScratch: number[] = []
/** Σ over runs longer than maxRun of how much longer (a shared lead counts for each singer). */
export function runExcess(p: Problem, seq: readonly number[]): number {
  const k = p.maxRun
  const runs = runsScratch
  runs.length = p.personCount
  runs.fill(0)
  let excess = 0
  let prevLeads: number[] = []
  for (let t = 0; t < seq.length; t++) {
    const leads = p.songs[seq[t]!]!.leads
    for (const q of prevLeads) if (!leads.includes(q)) runs[q] = 0
    for (const q of leads) {
      runs[q] = runs[q]! + 1
      if (runs[q]! > k) excess++
    }
    prevLeads = leads
  }
  return excess
}

/**
 * The search's hot path: cost and violation measure of a sequence with no allocation and no
 * closures (the same measures as sequenceViolations and weightedCost, which tests compare it with).
 */
export class FastEvaluator {
  private readonly arcTables = new Map<number, Float64Array>()
  private readonly runs: Int32Array
  readonly pinned: number[]
  private readonly songCost: Float64Array
  private readonly dur: Float64Array
  private readonly flags: Uint8Array
  private readonly pin: Int32Array
  private readonly leadMask: Int32Array
  private readonly fallbackRuns: boolean
  viol = 0
  constructor(private readonly p: Problem) {
    this.runs = new Int32Array(Math.max(1, p.personCount))
    this.pinned = p.songs.filter((s) => s.pin !== null || s.required).map((s) => s.idx)
    this.songCost = Float64Array.from(p.songs.map((s) => s.songCost))
    this.dur = Float64Array.from(p.songs.map((s) => s.dur))
    // bit 1 eligible, 2 new, 4 last tour, 8 same city, 16 acoustic
    this.flags = Uint8Array.from(
      p.songs.map((s) => (s.eligible ? 1 : 0) | (s.isNew ? 2 : 0) | (s.inLastTour ? 4 : 0) | (s.inSameCity ? 8 : 0) | (s.acoustic ? 16 : 0)),
    )
    this.leadMask = Int32Array.from(p.songs.map((s) => s.leads.reduce((m, q) => (q < 31 ? m | (1 << q) : m), 0)))
    this.fallbackRuns = p.personCount > 31
    this.pin = Int32Array.from(p.songs.map((s) => (s.pin === null ? -9 : s.pin === 'opener' ? 0 : s.pin === 'closer' ? -2 : s.pin === 'encore' ? -3 : s.pin)))
  }
  private arcTable(N: number): Float64Array {
    let t = this.arcTables.get(N)
    if (!t) {
      const p = this.p
      t = new Float64Array(p.n * N)
      for (const s of p.songs) for (let i = 0; i < N; i++) t[s.idx * N + i] = p.weights.energyArc * arcPenalty(p, s, i, N)
      this.arcTables.set(N, t)
    }
    return t
  }
  /** Weighted cost; sets `viol`. */
  evaluate(seq: readonly number[]): number {
    const p = this.p
    const N = seq.length
    if (N === 0) {
      this.viol = p.sizeMin
      return 0
    }
    const arc = this.arcTable(N)
    const flags = this.flags
    const n = p.n
    const trans = p.trans
    let songPart = 0
    let tr = 0
    let v = 0
    let dur = 0,
      fresh = 0,
      tour = 0,
      city = 0,
      ac = 0,
      blocks = 0
    let prevAc = false
    const mainEnd = N - Math.min(p.encoreK, N)
    const midSet = !!p.acoustic?.midSet
    let prev = -1
    for (let t = 0; t < N; t++) {
      const s = seq[t]!
      songPart += this.songCost[s]! + arc[s * N + t]!
      if (prev >= 0) tr += trans[prev * n + s]!
      prev = s
      const f = flags[s]!
      if (!(f & 1)) v++
      dur += this.dur[s]!
      if (f & 2) fresh++
      if (f & 4) tour++
      if (f & 8) city++
      const isAc = (f & 16) !== 0
      if (isAc) {
        ac++
        if (!prevAc) blocks++
        if (t >= mainEnd) v++
        if (midSet && (t === 0 || t === mainEnd - 1)) v++
      }
      prevAc = isAc
      const pin = this.pin[s]!
      if (pin !== -9) {
        const ok = pin >= 0 ? pin === t : pin === -2 ? t === N - 1 : p.encoreK > 0 ? t >= mainEnd : t === N - 1
        if (!ok) v++
      }
    }
    for (let i = 0; i < this.pinned.length; i++) if (seq.indexOf(this.pinned[i]!) < 0) v++
    if (N < p.sizeMin) v += p.sizeMin - N
    if (N > p.sizeMax) v += N - p.sizeMax
    if (dur < p.durMin) v += (p.durMin - dur) / 180
    if (dur > p.durMax) v += (dur - p.durMax) / 180
    if (p.newRule) {
      if (fresh < p.newRule.count) v += p.newRule.count - fresh
      if (p.newRule.exactly && fresh > p.newRule.count) v += fresh - p.newRule.count
    }
    if (p.acoustic) {
      if (blocks > 1) v += blocks - 1
      if (ac < p.acoustic.min) v += p.acoustic.min - ac
      if (ac > p.acoustic.max) v += ac - p.acoustic.max
    }
    if (p.encoreK > 0 && N <= p.encoreK) v += p.encoreK + 1 - N
    if (p.lastTour) {
      const e = tour - Math.floor(N * (1 - p.lastTour.pct / 100) + 1e-9)
      if (e > 0) v += e
    }
    if (p.sameCity) {
      const e = city - Math.floor((p.sameCity.pct * p.sameCity.count) / 100 + 1e-9)
      if (e > 0) v += e
    }
    if (p.maxRun > 0 && !this.fallbackRuns) {
      // a singer's run is longer than k at slot t exactly when they lead all of slots t−k … t
      const k = p.maxRun
      const lm = this.leadMask
      for (let t = k; t < N; t++) {
        let and = lm[seq[t]!]!
        for (let u = t - k; u < t && and !== 0; u++) and &= lm[seq[u]!]!
        if (and !== 0) v += popcount(and)
      }
    } else if (p.maxRun > 0) {
      const runs = this.runs
      runs.fill(0)
      const k = p.maxRun
      let prevLeads: number[] = []
      for (let t = 0; t < N; t++) {
        const leads = p.songs[seq[t]!]!.leads
        for (let i = 0; i < prevLeads.length; i++) if (leads.indexOf(prevLeads[i]!) < 0) runs[prevLeads[i]!] = 0
        for (let i = 0; i < leads.length; i++) {
          const q = leads[i]!
          runs[q] = runs[q]! + 1
          if (runs[q]! > k) v++
        }
        prevLeads = leads
      }
    }
    this.viol = v
    return songPart / N + (N > 1 ? tr / (N - 1) : 0)
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
