import type { Problem } from './model.ts'
import { arcPenalty, pinSlot } from './model.ts'

/**
 * Held–Karp dynamic programming over the rule state: (songs placed, last song, the current run of
 * each of the last song's lead singers). The slot index is the number of songs placed, so the
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
  const value = new Float32Array(full * S).fill(Infinity)
  // only read where a value was written (which writes the parent too)
  const parent = new Int32Array(full * S)
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
  const durJ = new Float64Array(m)
  for (let j = 0; j < m; j++) {
    acJ[j] = songs[items[j]!]!.acoustic ? 1 : 0
    durJ[j] = songs[items[j]!]!.dur
  }
  const durMax = p.durMax
  const stride = count + 1
  const acSeen = start.acousticSeen ? 1 : 0

  // first slot
  const startAcoustic = start.last >= 0 && songs[start.last]!.acoustic
  for (let j = 0; j < m; j++) {
    if (!allowedAt[j * stride]) continue
    if (acJ[j] && start.acousticSeen && !startAcoustic) continue
    if (setRules && (durJ[j]! > durMax || cNew[1 << j]! > newCap || cTour[1 << j]! > tourCap || cCity[1 << j]! > cityCap || cAc[1 << j]! > acMax)) continue
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
    dur,
    cNew,
    cTour,
    cCity,
    S,
    m,
    R,
    stride,
    checkAcMax,
    acMax,
    needSetChecks,
    durMax,
    newCap,
    tourCap,
    cityCap,
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
  dur: Float64Array
  cNew: Uint8Array
  cTour: Uint8Array
  cCity: Uint8Array
  S: number
  m: number
  R: number
  stride: number
  checkAcMax: boolean
  acMax: number
  needSetChecks: boolean
  durMax: number
  newCap: number
  tourCap: number
  cityCap: number
}

/**
 * Extends every state of `mask` (not yet complete) by each song in `open`. The DP's hot loop, kept
 * in a small function of its own: the JIT optimises it within the first DP instead of after many.
 */
function expandMask(t: Tables, mask: number, placed: number, open: number, blockClosed: boolean): void {
  const {
    value,
    parent,
    off,
    codesOf,
    dom,
    nextRun,
    acJ,
    place,
    transJ,
    cAc,
    dur,
    cNew,
    cTour,
    cCity,
    S,
    m,
    R,
    stride,
    checkAcMax,
    acMax,
    needSetChecks,
    durMax,
    newCap,
    tourCap,
    cityCap,
  } = t
  const maskBase = mask * S
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const j = 31 - Math.clz32(bits & -bits)
    const codes = codesOf[j]!
    const base = maskBase + off[j]!
    // an acoustic song cannot follow a closed block: after a non-acoustic song once one was played
    const targets = blockClosed && !acJ[j] ? open & ~t.acBits : open
    const runBase = j * R * m
    const transBase = j * m
    for (let r = 0; r < codes; r++) {
      const at = base + r
      const v = value[at]!
      if (v === Infinity) continue
      // dominated: a state of the same songs and last song with no longer runs costs no more
      if (r > 0 && dominated(value, base, dom, off[j]! + r, v)) continue
      const runRow = runBase + r * m
      for (let rest = targets; rest !== 0; rest &= rest - 1) {
        const bit = rest & -rest
        const j2 = 31 - Math.clz32(bit)
        const r2 = nextRun[runRow + j2]!
        if (r2 < 0) continue
        const nm = mask | bit
        if (checkAcMax && acJ[j2] && cAc[nm]! > acMax) continue
        if (needSetChecks && (dur[nm]! > durMax || cNew[nm]! > newCap || cTour[nm]! > tourCap || cCity[nm]! > cityCap)) continue
        const c = v + place[j2 * stride + placed]! + transJ[transBase + j2]!
        const to = nm * S + off[j2]! + r2
        if (c < value[to]!) {
          value[to] = c
          parent[to] = at
        }
      }
    }
  }
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
