import type { Problem } from './problem.ts'
import { arcPenalty, pinSlot } from './costs.ts'

/**
 * The exact method. Held–Karp dynamic programming over the rule state: (songs placed, last song,
 * the current run of each of the last song's lead singers). The slot index is the number of songs placed, so the
 * energy arc, pinned positions, the encore and one contiguous acoustic block are exact; set-level
 * rules (duration window, new songs, overlaps) are pruned on the way and checked at the end.
 *
 * Three uses: order a fixed set (S1), select and order from a small catalog (the subset variant,
 * looping over the set size N), and re-order a window of a longer set inside the search.
 */

/** States above this are not attempted (8 bytes each: a float value and a parent pointer). */
export const MAX_DP_STATES = 20_000_000

export interface DpStart {
  /** The song just before the first slot (−1: none, the window starts the set). */
  last: number
  /** Runs of `last`'s lead singers, in the order of its leads. */
  runs: number[]
  /** An acoustic song was played before the first slot. */
  acousticSeen: boolean
  /** Absolute slot of the first song placed. */
  slot: number
}

export interface DpJob {
  /** Total set size (for the arc, the encore and pins). */
  N: number
  /** Candidate songs. */
  items: number[]
  /** How many of them to place. */
  count: number
  start?: DpStart
  /** The song after the last slot (its transition cost is counted); −1 none. */
  next?: number
  /** Check set-level rules (false when re-ordering a window of a feasible set). */
  setRules?: boolean
  /** Polled every 1024 masks: true gives up (the result then has `aborted`). */
  shouldStop?: () => boolean
  /**
   * A known order of all the items (fixed sets only: count = items.length), e.g. the window's
   * current order: when it keeps the rules, its cost bounds the DP (branch and bound). The answer is
   * the same with or without it; only the work shrinks.
   */
  incumbent?: number[]
}

export interface DpResult {
  seq: number[] | null
  cost: number
  states: number
  aborted?: boolean
}

export function dpStateCount(p: Problem, m: number): number {
  return 2 ** m * m * runStates(p)
}

function runStates(p: Problem): number {
  if (p.maxRun <= 0) return 1
  let maxLeads = 0
  for (const s of p.songs) maxLeads = Math.max(maxLeads, s.leads.length)
  return p.maxRun ** maxLeads
}

/**
 * The DP's tables, reused from one DP to the next (a fresh megabyte-sized array is zeroed by the
 * engine and faults its pages in: most of a small DP's time). Tables above POOL_MAX entries are
 * allocated for that DP alone, so a large one does not stay in memory.
 */
const POOL_MAX = 4_000_000
let valuePool = new Float32Array(0)
let parentPool = new Int32Array(0)
function scratchValue(n: number): Float32Array {
  if (n > POOL_MAX) return new Float32Array(n)
  if (valuePool.length < n) valuePool = new Float32Array(Math.max(n, Math.min(POOL_MAX, valuePool.length * 2)))
  return valuePool.subarray(0, n)
}
function scratchParent(n: number): Int32Array {
  if (n > POOL_MAX) return new Int32Array(n)
  if (parentPool.length < n) parentPool = new Int32Array(Math.max(n, Math.min(POOL_MAX, parentPool.length * 2)))
  return parentPool.subarray(0, n)
}

/** Solves one job exactly; seq is null when no sequence keeps the rules. */
export function solveDp(p: Problem, job: DpJob): DpResult {
  const { N, items, count } = job
  const m = items.length
  const R = runStates(p)
  const k = p.maxRun
  const size = 2 ** m * m * R
  if (size > MAX_DP_STATES) throw new Error(`exact DP too large (${size} states)`)
  const start = job.start ?? { last: -1, runs: [], acousticSeen: false, slot: 0 }
  const next = job.next ?? -1
  const setRules = job.setRules ?? true
  const songs = p.songs
  const mainEnd = N - Math.min(p.encoreK, N)
  const invN = 1 / N
  const invT = N > 1 ? 1 / (N - 1) : 0
  const wArc = p.weights.energyArc

  // set-level counts per mask, by the lowest-bit recurrence
  const full = 2 ** m
  const pop = new Uint8Array(full)
  const dur = new Float64Array(full)
  const cNew = new Uint8Array(full)
  const cTour = new Uint8Array(full)
  const cCity = new Uint8Array(full)
  const cAc = new Uint8Array(full)
  for (let mask = 1; mask < full; mask++) {
    const low = mask & -mask
    const j = 31 - Math.clz32(low)
    const rest = mask ^ low
    const s = songs[items[j]!]!
    pop[mask] = pop[rest]! + 1
    dur[mask] = dur[rest]! + s.dur
    cNew[mask] = cNew[rest]! + (s.isNew ? 1 : 0)
    cTour[mask] = cTour[rest]! + (s.inLastTour ? 1 : 0)
    cCity[mask] = cCity[rest]! + (s.inSameCity ? 1 : 0)
    cAc[mask] = cAc[rest]! + (s.acoustic ? 1 : 0)
  }
  const tourCap = p.lastTour ? Math.floor(N * (1 - p.lastTour.pct / 100) + 1e-9) : Infinity
  const cityCap = p.sameCity ? Math.floor((p.sameCity.pct * p.sameCity.count) / 100 + 1e-9) : Infinity
  const newCap = p.newRule?.exactly ? p.newRule.count : Infinity
  const acMax = p.acoustic?.max ?? Infinity

  // placement cost of item j at each slot, and which slots pins force
  const place = new Float64Array(m * (count + 1))
  const allowedAt = new Uint8Array(m * (count + 1))
  const forced = new Int32Array(count + 1).fill(-1)
  for (let j = 0; j < m; j++) {
    const s = songs[items[j]!]!
    const slot = pinSlot(s.pin, N)
    if (slot !== null && slot >= 0 && slot >= start.slot && slot < start.slot + count) forced[slot - start.slot] = j
  }
  for (let j = 0; j < m; j++) {
    const s = songs[items[j]!]!
    const slot = pinSlot(s.pin, N)
    for (let i = 0; i < count; i++) {
      const t = start.slot + i
      place[j * (count + 1) + i] = (s.songCost + wArc * arcPenalty(p, s, t, N)) * invN
      let ok = s.eligible && (forced[i] === -1 || forced[i] === j)
      if (slot !== null) ok &&= slot === -1 ? (p.encoreK > 0 ? t >= mainEnd : t === N - 1) : slot === t
      if (s.acoustic) ok &&= t < mainEnd && !(p.acoustic?.midSet && (t === 0 || t === mainEnd - 1))
      allowedAt[j * (count + 1) + i] = ok ? 1 : 0
    }
  }
  // run transitions: (item j with run code r) → item j2: the new code, or −1 when a run gets too long
  const codesOf = new Int32Array(m)
  for (let j = 0; j < m; j++) codesOf[j] = k > 0 ? k ** songs[items[j]!]!.leads.length : 1
  // the states of a mask, packed: item j's run codes start at off[j] (a solo song has k codes, a duet k²)
  const off = new Int32Array(m + 1)
  for (let j = 0; j < m; j++) off[j + 1] = off[j]! + codesOf[j]!
  const S = off[m]!
  const itemAt = new Int32Array(S)
  for (let j = 0; j < m; j++) itemAt.fill(j, off[j]!, off[j + 1]!)
  const value = scratchValue(full * S).fill(Infinity)
  // only read where a value was written (which writes the parent too): reused without clearing
  const parent = scratchParent(full * S)
  const nextRun = new Int32Array(m * R * m).fill(-1)
  const runsOf = (code: number, leads: number) => {
    const r: number[] = []
    for (let q = 0; q < leads; q++) {
      r.push((code % k) + 1)
      code = Math.floor(code / k)
    }
    return r
  }
  const codeAfter = (last: number, lastRuns: number[], s: number): number => {
    if (k <= 0) return 0
    const leads = songs[s]!.leads
    const lastLeads = last >= 0 ? songs[last]!.leads : []
    let code = 0
    let mul = 1
    for (const q of leads) {
      const at = lastLeads.indexOf(q)
      const run = (at >= 0 ? lastRuns[at]! : 0) + 1
      if (run > k) return -1
      code += (run - 1) * mul
      mul *= k
    }
    return code
  }
  for (let j = 0; j < m; j++)
    for (let r = 0; r < codesOf[j]!; r++) {
      const runs = k > 0 ? runsOf(r, songs[items[j]!]!.leads.length) : []
      for (let j2 = 0; j2 < m; j2++) if (j2 !== j) nextRun[(j * R + r) * m + j2] = codeAfter(items[j]!, runs, items[j2]!)
    }
  const transJ = new Float64Array(m * m)
  for (let j = 0; j < m; j++) for (let j2 = 0; j2 < m; j2++) transJ[j * m + j2] = p.trans[items[j]! * p.n + items[j2]!]! * invT
  const acJ = new Uint8Array(m)
  for (let j = 0; j < m; j++) {
    acJ[j] = songs[items[j]!]!.acoustic ? 1 : 0
  }
  const durMax = p.durMax
  const stride = count + 1
  const acSeen = start.acousticSeen ? 1 : 0

  const caps: SetCaps = { dur, cNew, cTour, cCity, durMax, newCap, tourCap, cityCap }

  // first slot
  const startAcoustic = start.last >= 0 && songs[start.last]!.acoustic
  for (let j = 0; j < m; j++) {
    if (!allowedAt[j * stride]) continue
    if (acJ[j] && start.acousticSeen && !startAcoustic) continue
    if (setRules && (overCaps(caps, 1 << j) || cAc[1 << j]! > acMax)) continue
    const r = codeAfter(start.last, start.runs, items[j]!)
    if (r < 0) continue
    const c = place[j * stride]! + (start.last >= 0 ? p.trans[start.last * p.n + items[j]!]! * invT : 0)
    const at = (1 << j) * S + off[j]! + r
    if (c < value[at]!) {
      value[at] = c
      parent[at] = -1
    }
  }
  let bestAt = -1
  let best = Infinity
  const fullMask = full - 1
  const needSetChecks = setRules && (Number.isFinite(durMax) || Number.isFinite(newCap) || Number.isFinite(tourCap) || Number.isFinite(cityCap))
  // items allowed at each slot, and the acoustic ones, as bit masks
  const allowedBits = new Int32Array(count + 1)
  let acBits = 0
  for (let j = 0; j < m; j++) {
    if (acJ[j]) acBits |= 1 << j
    for (let i = 0; i < count; i++) if (allowedAt[j * stride + i]) allowedBits[i] = allowedBits[i]! | (1 << j)
  }
  const checkAcMax = setRules && Number.isFinite(acMax)
  // for each item's run code r, the codes r' < r whose every run is no longer (componentwise ≤), as
  // a bit mask over r' at dom[off[j] + r]: a state is dominated by such a state that costs no more
  const dom = new Int32Array(S)
  for (let j = 0; j < m; j++) {
    const leads = songs[items[j]!]!.leads.length
    for (let r = 0; r < codesOf[j]!; r++) {
      let bits = 0
      if (k > 0 && codesOf[j]! <= 31) {
        const a = runsOf(r, leads)
        for (let r2 = 0; r2 < r; r2++) {
          const b = runsOf(r2, leads)
          if (b.every((x, q) => x <= a[q]!)) bits |= 1 << r2
        }
      }
      dom[off[j]! + r] = bits
    }
  }
  const t: Tables = {
    value,
    parent,
    off,
    codesOf,
    dom,
    nextRun,
    acJ,
    acBits,
    place,
    transJ,
    cAc,
    caps,
    S,
    m,
    R,
    stride,
    checkAcMax,
    acMax,
    needSetChecks,
    allPlaced: count === m,
    // a fresh set's block holds its minimum; a job starting mid-set (a window) checks nothing here
    acMin: setRules && start.slot === 0 && !start.acousticSeen ? (p.acoustic?.min ?? 0) : 0,
    lb: null,
    ub: Infinity,
  }
  // branch and bound, for a fixed set (every item placed): a state whose cost plus a lower bound of
  // what is left exceeds a feasible order's cost lies on no optimal path (its completions all cost
  // more), so it is not expanded; the optimum and the order found are the same as without the bound
  const ub = count === m && job.incumbent ? incumbentCost(t, job, start, allowedAt, codeAfter, items, p, invT, acSeen) : Infinity
  if (Number.isFinite(ub)) {
    // what is left of a mask costs at least, per item not placed, its cheapest slot still to come and its cheapest way in
    const minIn = new Float64Array(m)
    for (let j2 = 0; j2 < m; j2++) {
      let lo = Infinity
      for (let j = 0; j < m; j++) if (j !== j2) lo = Math.min(lo, transJ[j * m + j2]!)
      if (start.last >= 0) lo = Math.min(lo, p.trans[start.last * p.n + items[j2]!]! * invT)
      minIn[j2] = Number.isFinite(lo) ? lo : 0
    }
    // the cheapest placement of item j from slot i on: suffix minima
    const placeFrom = new Float64Array(m * stride).fill(Infinity)
    for (let j = 0; j < m; j++)
      for (let i = count - 1; i >= 0; i--)
        placeFrom[j * stride + i] = Math.min(placeFrom[j * stride + i + 1]!, allowedAt[j * stride + i] ? place[j * stride + i]! : Infinity)
    const lb = new Float64Array(full)
    for (let mask = 0; mask < full; mask++) {
      const placed = pop[mask]!
      let sum = 0
      for (let rest = ~mask & fullMask; rest !== 0; rest &= rest - 1) {
        const j = 31 - Math.clz32(rest & -rest)
        sum += placeFrom[j * stride + placed]! + minIn[j]!
      }
      lb[mask] = sum
    }
    t.lb = lb
    // float32 values: a margin far above their rounding
    t.ub = ub + 1e-5 * Math.max(1, Math.abs(ub))
  }
  for (let mask = 1; mask < full; mask++) {
    if ((mask & 1023) === 0 && job.shouldStop?.()) return { seq: null, cost: Infinity, states: size, aborted: true }
    const placed = pop[mask]!
    if (placed > count) continue
    const blockClosed = cAc[mask]! > 0 || acSeen === 1
    if (placed < count) {
      const open = ~mask & fullMask & allowedBits[placed]!
      if (open !== 0) expandMask(t, mask, placed, open, blockClosed)
      continue
    }
    if (setRules && !setComplete(p, mask, dur, cNew, cAc, items, N)) continue
    for (let bits = mask; bits !== 0; bits &= bits - 1) {
      const j = 31 - Math.clz32(bits & -bits)
      const base = mask * S + off[j]!
      for (let r = 0; r < codesOf[j]!; r++) {
        const v = value[base + r]!
        if (v === Infinity || (r > 0 && dominated(value, base, dom, off[j]! + r, v))) continue
        const total = v + (next >= 0 ? p.trans[items[j]! * p.n + next]! * invT : 0)
        if (total < best) {
          best = total
          bestAt = base + r
        }
      }
    }
  }
  if (bestAt < 0) return { seq: null, cost: Infinity, states: size }
  const seq: number[] = []
  for (let at = bestAt; at >= 0; at = parent[at]!) seq.push(items[itemAt[at % S]!]!)
  seq.reverse()
  return { seq, cost: best, states: size }
}

/** The set-level counts per mask and their caps (the duration window, exactly-N new songs, the overlap caps). */
interface SetCaps {
  dur: Float64Array
  cNew: Uint8Array
  cTour: Uint8Array
  cCity: Uint8Array
  durMax: number
  newCap: number
  tourCap: number
  cityCap: number
}

/** A mask whose songs already break a set-level cap (the caps only grow with the mask). */
function overCaps(c: SetCaps, mask: number): boolean {
  return c.dur[mask]! > c.durMax || c.cNew[mask]! > c.newCap || c.cTour[mask]! > c.tourCap || c.cCity[mask]! > c.cityCap
}

interface Tables {
  value: Float32Array
  parent: Int32Array
  off: Int32Array
  codesOf: Int32Array
  dom: Int32Array
  nextRun: Int32Array
  acJ: Uint8Array
  acBits: number
  place: Float64Array
  transJ: Float64Array
  cAc: Uint8Array
  caps: SetCaps
  S: number
  m: number
  R: number
  stride: number
  checkAcMax: boolean
  acMax: number
  needSetChecks: boolean
  /** Every item is placed (count = m). */
  allPlaced: boolean
  /** Fewest acoustic songs a block closed in this job must hold (0: no such rule here). */
  acMin: number
  /** Branch and bound: lower bounds of what is left per mask, and the bound (Infinity: none). */
  lb: Float64Array | null
  ub: number
}

/**
 * Extends every state of `mask` (not yet complete) by each song in `open`. The DP's hot loop, kept
 * in a small function of its own: the JIT optimises it within the first DP instead of after many.
 */
function expandMask(t: Tables, mask: number, placed: number, open: number, blockClosed: boolean): void {
  const { value, parent, off, codesOf, dom, nextRun, acJ, place, transJ, cAc, caps, S, m, R, stride, checkAcMax, acMax, needSetChecks } = t
  const maskBase = mask * S
  const lb = t.lb
  const ub = t.ub
  const lbMask = lb ? lb[mask]! : 0
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const j = 31 - Math.clz32(bits & -bits)
    const codes = codesOf[j]!
    const base = maskBase + off[j]!
    // an acoustic song cannot follow a closed block: after a non-acoustic song once one was played;
    // and a block may close only when it is complete (else the state leads nowhere)
    const targets = acJ[j] ? (blockComplete(t, mask) ? open : open & t.acBits) : blockClosed ? open & ~t.acBits : open
    const runBase = j * R * m
    const transBase = j * m
    for (let r = 0; r < codes; r++) {
      const at = base + r
      const v = value[at]!
      if (v === Infinity) continue
      // dominated: a state of the same songs and last song with no longer runs costs no more
      if (r > 0 && dominated(value, base, dom, off[j]! + r, v)) continue
      if (v + lbMask > ub) continue
      const runRow = runBase + r * m
      for (let rest = targets; rest !== 0; rest &= rest - 1) {
        const bit = rest & -rest
        const j2 = 31 - Math.clz32(bit)
        const r2 = nextRun[runRow + j2]!
        if (r2 < 0) continue
        const nm = mask | bit
        if (checkAcMax && acJ[j2] && cAc[nm]! > acMax) continue
        if (needSetChecks && overCaps(caps, nm)) continue
        const c = v + place[j2 * stride + placed]! + transJ[transBase + j2]!
        if (lb && c + lb[nm]! > ub) continue
        const to = nm * S + off[j2]! + r2
        if (c < value[to]!) {
          value[to] = c
          parent[to] = at
        }
      }
    }
  }
}

/** The cost of the job's incumbent order as the DP counts it, or Infinity when it breaks a rule the DP enforces. */
function incumbentCost(
  t: Tables,
  job: DpJob,
  start: DpStart,
  allowedAt: Uint8Array,
  codeAfter: (last: number, lastRuns: number[], s: number) => number,
  items: number[],
  p: Problem,
  invT: number,
  acSeen: number,
): number {
  const order = job.incumbent!
  const { m, stride, R, nextRun, acJ, place, transJ, cAc, caps } = t
  if (order.length !== m) return Infinity
  const js = order.map((s) => items.indexOf(s))
  if (js.some((j) => j < 0) || new Set(js).size !== m) return Infinity
  const full = 2 ** m - 1
  if (t.checkAcMax && cAc[full]! > t.acMax) return Infinity
  if (t.needSetChecks && overCaps(caps, full)) return Infinity
  if ((job.setRules ?? true) && !setComplete(p, full, caps.dur, caps.cNew, cAc, items, job.N)) return Infinity
  const j0 = js[0]!
  const startAcoustic = start.last >= 0 && p.songs[start.last]!.acoustic
  if (!allowedAt[j0 * stride] || (acJ[j0] && start.acousticSeen && !startAcoustic)) return Infinity
  let r = codeAfter(start.last, start.runs, items[j0]!)
  if (r < 0) return Infinity
  let cost = place[j0 * stride]! + (start.last >= 0 ? p.trans[start.last * p.n + items[j0]!]! * invT : 0)
  let mask = 1 << j0
  for (let i = 1; i < m; i++) {
    const j = js[i - 1]!
    const j2 = js[i]!
    if (!allowedAt[j2 * stride + i]) return Infinity
    const blockClosed = cAc[mask]! > 0 || acSeen === 1
    if (blockClosed && !acJ[j] && acJ[j2]) return Infinity
    r = nextRun[(j * R + r) * m + j2]!
    if (r < 0) return Infinity
    cost += place[j2 * stride + i]! + transJ[j * m + j2]!
    mask |= 1 << j2
  }
  return cost
}

/**
 * Whether the acoustic block may close after `mask` (its last song acoustic): when every item is
 * placed (a fixed set, a window), no acoustic item may be left for later, as none can follow a closed
 * block; in a set being chosen from a fresh start, it holds the block's minimum.
 */
function blockComplete(t: Tables, mask: number): boolean {
  if (t.allPlaced) return (mask & t.acBits) === t.acBits
  return t.cAc[mask]! >= t.acMin
}

function dominated(value: Float32Array, base: number, dom: Int32Array, at: number, v: number): boolean {
  for (let bits = dom[at]!; bits !== 0; bits &= bits - 1) if (value[base + 31 - Math.clz32(bits & -bits)]! <= v) return true
  return false
}

function setComplete(p: Problem, mask: number, dur: Float64Array, cNew: Uint8Array, cAc: Uint8Array, items: number[], N: number): boolean {
  if (dur[mask]! < p.durMin) return false
  if (p.newRule && cNew[mask]! < p.newRule.count) return false
  if (p.acoustic && cAc[mask]! < p.acoustic.min) return false
  if (p.encoreK > 0 && N <= p.encoreK) return false
  for (let j = 0; j < items.length; j++) if ((p.songs[items[j]!]!.pin !== null || p.songs[items[j]!]!.required) && !(mask & (1 << j))) return false
  return true
}
