import type { Problem } from './problem.ts'
import { weightedCost } from './costs.ts'
import { FastEvaluator } from './sequence-check.ts'
import { localSearch } from './local-search.ts'
import { kick, shiftBlock, windowAt } from './moves.ts'
import { Rng } from './rng.ts'
import { MIN_STEPS, STEPS_PER_MS } from './budget.ts'

/**
 * The production search for sets too large for the exact DP: simulated annealing over swap,
 * relocate, reverse, replace, insert and remove moves, with an adaptive penalty on the hard rules,
 * and an exact Held–Karp re-ordering of a window of slots as an intensification move; then an
 * iterated local search from the best set (a descent over exact windows, replace-and-place moves
 * costed in O(1), relocations and swaps; random feasible kicks between descents); a long search
 * runs two to four such starts on an equal share of the steps each and keeps the best (ADR 045). Time-bounded
 * and deterministic for a seed (the schedule and the number of rounds follow the iteration count,
 * not the clock; the clock only stops them).
 */

export interface SearchOptions {
  seed: number
  /** The clock cap (ms): it only stops the search (then `capped`), it never shapes its path. */
  budgetMs: number
  /** The step count: the schedule and the rounds follow it (default budgetMs × STEPS_PER_MS). */
  maxIterations?: number
  /** Start from this sequence. */
  initial?: number[]
  window?: number
  onProgress?: (p: { fraction: number; bestScore: number | null; feasible: boolean }) => void
  shouldStop?: () => boolean
  /** Start and end temperatures of the annealing (tuning). */
  t0?: number
  t1?: number
  /**
   * All the steps to the annealing (and one descent from its best), no iterated local search: the tour
   * plans its set so (see tour-rotation.ts).
   */
  annealingOnly?: boolean
  /** Called once with the time of the first feasible sequence (ms from the start). */
  onFirstFeasible?: (ms: number) => void
}

export interface SearchResult {
  seq: number[]
  cost: number
  feasible: boolean
  evaluations: number
  firstFeasibleMs: number | null
  /** The clock cap stopped the search before its steps were done (the plan may then differ between runs). */
  capped: boolean
}

export function search(p: Problem, opts: SearchOptions): SearchResult {
  const maxIt = opts.maxIterations ?? Math.max(MIN_STEPS, Math.round(opts.budgetMs * STEPS_PER_MS))
  if (!opts.annealingOnly && !opts.initial && maxIt >= ILS_MIN_STEPS && p.eligible.length > p.sizeMin) return startsOf(p, opts, maxIt)
  return searchFrom(p, opts, maxIt)
}

/**
 * Independent searches (annealing, then iterated local search), each with an equal share of the steps
 * and its own seed, the best kept. The long search stagnates in the basin its annealing found (ADR 045:
 * the answers differ from the references in which songs are in the set); a second basin did better
 * than twice the steps in one. The clock cap is shared: a start begins with what the earlier left.
 */
function startsOf(p: Problem, opts: SearchOptions, maxIt: number): SearchResult {
  const started = performance.now()
  let best: SearchResult | null = null
  let evaluations = 0
  let capped = false
  let firstFeasibleMs: number | null = null
  const starts = startCount(maxIt)
  const each = Math.floor(maxIt / starts)
  for (let k = 0; k < starts; k++) {
    const spent = performance.now() - started
    const r = searchFrom(
      p,
      {
        ...opts,
        seed: opts.seed + START_SEED_STRIDE * k,
        budgetMs: Math.max(1, opts.budgetMs - spent),
        onProgress: opts.onProgress
          ? (q) => {
              const prior = best?.feasible ? best.cost : null
              const bestScore = prior === null ? q.bestScore : q.bestScore === null ? prior : Math.min(prior, q.bestScore)
              opts.onProgress!({ fraction: (k + q.fraction) / starts, bestScore, feasible: bestScore !== null })
            }
          : undefined,
        onFirstFeasible: firstFeasibleMs === null ? opts.onFirstFeasible : undefined,
      },
      k === starts - 1 ? maxIt - each * k : each,
      true,
    )
    evaluations += r.evaluations
    capped ||= r.capped
    if (firstFeasibleMs === null && r.firstFeasibleMs !== null) firstFeasibleMs = spent + r.firstFeasibleMs
    if (!best || (r.feasible && (!best.feasible || r.cost < best.cost - 1e-12))) best = r
    if (capped) break
  }
  return { ...best!, evaluations, firstFeasibleMs, capped }
}

/**
 * Independent starts of a long search: one per STEPS_PER_START steps, at least 2 and at most
 * MAX_STARTS (ADR 045: at 150,000 steps 2 beat 1, 3, 4 and 6 on S3; at 500,000, 4 beat 2 and 3).
 */
function startCount(steps: number): number {
  return Math.min(MAX_STARTS, Math.max(2, Math.floor(steps / STEPS_PER_START)))
}
const STEPS_PER_START = 125_000
const MAX_STARTS = 4
/** Seed of start k: the plan's seed + k × this (start 0 keeps the plan's seed). */
const START_SEED_STRIDE = 7919

function searchFrom(p: Problem, opts: SearchOptions, maxIt: number, oneOfStarts = false): SearchResult {
  const rng = new Rng(opts.seed)
  const started = performance.now()
  let capped = false
  // the annealing gets SA_SHARE of the steps; the rest buys rounds of kick + descent from the best, each
  // charged the work it did (ILS steps: evaluations, O(1) costs and exact windows, see local-search.ts)
  // (not when the set is fixed: there the kicks only swap, and the annealing's own moves did better; not
  // below ILS_MIN_STEPS: see there)
  const fixedSet = p.eligible.length <= p.sizeMin
  const ilsSteps = opts.annealingOnly || fixedSet || (maxIt < ILS_MIN_STEPS && !oneOfStarts) ? 0 : Math.floor(maxIt * (1 - SA_SHARE))
  const saIt = Math.max(1, maxIt - ilsSteps)
  const eligible = p.eligible
  let cur = opts.initial ? [...opts.initial] : initialSequence(p, rng)
  let lambda = 2
  const ev = new FastEvaluator(p)
  const objective = (seq: number[]) => {
    const cost = ev.evaluate(seq)
    return { cost, viol: ev.viol }
  }
  let curE = objective(cur)
  let evaluations = 1
  let best: number[] | null = curE.viol === 0 ? [...cur] : null
  let bestCost = curE.viol === 0 ? curE.cost : Infinity
  let firstFeasibleMs: number | null = best ? performance.now() - started : null
  let leastViol = curE.viol
  let leastViolSeq = [...cur]
  if (best && firstFeasibleMs !== null) opts.onFirstFeasible?.(firstFeasibleMs)
  const inSet = new Uint8Array(p.n)
  const sync = () => {
    inSet.fill(0)
    for (const s of cur) inSet[s] = 1
  }
  sync()
  let cand: number[] = [...cur]
  const T0 = opts.t0 ?? 0.03
  const T1 = opts.t1 ?? 0.0003
  const logRatio = Math.log(T1 / T0)
  const window = opts.window ?? 8
  let sinceImprove = 0
  for (let it = 0; it < saIt || (!best && it < maxIt * 4); it++) {
    if ((it & 255) === 0) {
      // the clock only caps the search; with nothing feasible after its steps, it keeps looking
      // for up to four times as many (a plan beats none), also counted in steps
      if (performance.now() - started > opts.budgetMs || opts.shouldStop?.()) {
        capped = true
        break
      }
      if ((it & 16383) === 0) opts.onProgress?.({ fraction: Math.min(1, it / saIt) * (saIt / maxIt), bestScore: best ? bestCost : null, feasible: !!best })
    }
    // the schedule follows the steps alone: the same seed gives the same plan on a busy machine too
    const temp = T0 * Math.exp(logRatio * Math.min(1, it / saIt))
    if (!move(p, cur, cand, inSet, eligible, rng)) continue
    const eCost = ev.evaluate(cand)
    const eViol = ev.viol
    evaluations++
    const fCur = curE.cost + lambda * curE.viol
    const fNew = eCost + lambda * eViol
    if (fNew <= fCur || rng.next() < Math.exp((fCur - fNew) / temp)) {
      const e = { cost: eCost, viol: eViol }
      const spare = cur
      cur = cand
      cand = spare
      curE = e
      if (movedOut >= 0) inSet[movedOut] = 0
      if (movedIn >= 0) inSet[movedIn] = 1
      if (e.viol === 0 && e.cost < bestCost - 1e-12) {
        if (!best) {
          firstFeasibleMs = performance.now() - started
          opts.onFirstFeasible?.(firstFeasibleMs)
        }
        best = [...cur]
        bestCost = e.cost
        sinceImprove = 0
      }
      if (e.viol < leastViol) {
        leastViol = e.viol
        leastViolSeq = [...cur]
      }
    }
    // adaptive penalty: infeasible for long → heavier; feasible → lighter
    if ((it & 63) === 0) lambda = curE.viol > 0 ? Math.min(200, lambda * 1.15) : Math.max(0.5, lambda * 0.97)
    // intensification: re-order a window of the current (feasible) set exactly
    if (++sinceImprove % 3000 === 0 && curE.viol === 0 && cur.length >= 4) {
      const improved = windowReopt(p, cur, Math.min(window, cur.length), rng)
      evaluations++
      if (improved) {
        const e2 = objective(improved)
        if (e2.viol === 0 && e2.cost < curE.cost - 1e-12) {
          cur = improved
          curE = e2
          sync()
          if (e2.cost < bestCost - 1e-12) {
            best = [...improved]
            bestCost = e2.cost
            sinceImprove = 0
          }
        }
      }
    }
  }
  // polish the best: exact windows over the whole set and a descent over compound moves, until neither
  // improves; then iterated local search: kick the best with a few random feasible moves, descend,
  // keep what is better. Rounds until their work (in steps) uses the ILS's share (the clock only stops them early).
  let ilsRounds = 0
  if (best) {
    const outOfTime = () => {
      if (!!opts.shouldStop?.() || performance.now() - started > opts.budgetMs) capped = true
      return capped
    }
    // windows already found optimal (their answer depends only on their key): not solved again
    const windowCache = new Set<string>()
    const ls = localSearch(p, ev, best, bestCost, outOfTime, window, windowCache)
    evaluations += ls.evaluations
    let spent = ls.steps
    best = ls.seq
    bestCost = ls.cost
    while (spent < ilsSteps && !outOfTime()) {
      if ((ilsRounds++ & 7) === 0) opts.onProgress?.({ fraction: (saIt + Math.min(spent, ilsSteps)) / maxIt, bestScore: bestCost, feasible: true })
      const kicked = kick(p, ev, best, rng, KICK_MOVES)
      spent += kicked?.tries ?? KICK_MOVES * 40
      evaluations += kicked?.tries ?? KICK_MOVES * 40
      if (!kicked) continue
      const r = localSearch(p, ev, kicked.seq, kicked.cost, outOfTime, window, windowCache)
      evaluations += r.evaluations
      spent += r.steps
      if (r.cost < bestCost - 1e-12) {
        best = r.seq
        bestCost = r.cost
      }
    }
  }
  opts.onProgress?.({ fraction: 1, bestScore: best ? bestCost : null, feasible: !!best })
  if (best) return { seq: best, cost: bestCost, feasible: true, evaluations, firstFeasibleMs, capped }
  return { seq: leastViolSeq, cost: weightedCost(p, leastViolSeq), feasible: false, evaluations, firstFeasibleMs, capped }
}

/** Share of the steps the annealing gets; the iterated local search gets the rest (tuned on S3: 0.15–0.3 beat 0.5). */
const SA_SHARE = 0.3
/**
 * Fewest steps for which the iterated local search gets a share; below, the annealing gets them all
 * (then one descent). A short search runs the descent's code cold (a fresh worker or CLI process):
 * there 42,000 of its steps cost ~400 ms of CPU instead of ~150 warm, and the API's and the CLI's
 * reproducibility tests hit the clock cap at load 20–25; the tour's repairs start from a set they
 * should keep, and a short annealing from it wanders off. S3 (150,000 steps) is above it.
 */
const ILS_MIN_STEPS = 100_000
/** Random moves of a kick (tuned on S3/SKEW: 4–8 did about as well). */
const KICK_MOVES = 6

/** Pinned songs, the new songs and acoustic songs the rules need, then the cheapest songs until the window's middle. */
export function initialSequence(p: Problem, rng: Rng): number[] {
  const chosen: number[] = []
  const take = (s: number) => {
    if (!chosen.includes(s)) chosen.push(s)
  }
  const byCost = [...p.eligible].sort((a, b) => p.songs[a]!.songCost - p.songs[b]!.songCost || a - b)
  for (const s of byCost) if (p.songs[s]!.pin !== null || p.songs[s]!.required) take(s)
  if (p.newRule) for (const s of byCost.filter((i) => p.songs[i]!.isNew).slice(0, p.newRule.count)) take(s)
  if (p.acoustic) for (const s of byCost.filter((i) => p.songs[i]!.acoustic).slice(0, Math.max(p.acoustic.min, 2))) take(s)
  const target = Number.isFinite(p.durMax) ? (p.durMin + p.durMax) / 2 : p.durMin
  let dur = chosen.reduce((a, s) => a + p.songs[s]!.dur, 0)
  for (const s of byCost) {
    if (chosen.length >= p.sizeMax) break
    if ((dur >= target && chosen.length >= p.sizeMin) || (!Number.isFinite(p.durMax) && chosen.length >= Math.max(p.sizeMin, Math.min(p.sizeMax, 12)))) break
    if (chosen.includes(s) || (p.newRule?.exactly && p.songs[s]!.isNew) || p.songs[s]!.acoustic) continue
    take(s)
    dur += p.songs[s]!.dur
  }
  const main = rng.shuffle(chosen.filter((s) => !p.songs[s]!.acoustic))
  const acoustic = chosen.filter((s) => p.songs[s]!.acoustic)
  const mid = Math.floor(main.length / 2)
  return [...main.slice(0, mid), ...acoustic, ...main.slice(mid)]
}

/** Share of replace moves that take a song like the one replaced (tuned on S3: 0.5 beat 0 and 0.8). */
const RELATED_SHARE = 0.5
const relatedCache = new WeakMap<Problem, number[][]>()
/** For each song, the eligible songs closest to it in energy and tempo (the likeliest good replacements). */
function relatedOf(p: Problem): number[][] {
  let r = relatedCache.get(p)
  if (!r) {
    const dist = (a: number, b: number) => {
      const x = p.songs[a]!,
        y = p.songs[b]!
      return (
        Math.abs((x.energy ?? 5) - (y.energy ?? 5)) / 9 +
        Math.abs((x.bpm ?? 110) - (y.bpm ?? 110)) / 90 +
        (x.acoustic !== y.acoustic ? 1 : 0) +
        (x.isNew !== y.isNew ? 0.5 : 0)
      )
    }
    r = p.songs.map((s) =>
      p.eligible
        .filter((e) => e !== s.idx)
        .sort((a, b) => dist(s.idx, a) - dist(s.idx, b) || a - b)
        .slice(0, 12),
    )
    relatedCache.set(p, r)
  }
  return r
}

function poolSong(inSet: Uint8Array, eligible: number[], rng: Rng): number {
  for (let tries = 0; tries < 8; tries++) {
    const s = eligible[rng.int(eligible.length)]!
    if (!inSet[s]) return s
  }
  return -1
}

/** Songs that entered / left the set with the last move (−1 none), to keep inSet current. */
let movedIn = -1
let movedOut = -1

/**
 * Writes a neighbour of `cur` into `cand` (no allocation); false when the drawn move does not apply.
 * Moves: swap, relocate, move a block of 2–3, reverse a segment, replace with a song not in the
 * set, insert one, remove one.
 */
function move(p: Problem, cur: number[], cand: number[], inSet: Uint8Array, eligible: number[], rng: Rng): boolean {
  const N = cur.length
  movedIn = -1
  movedOut = -1
  // a fixed set (nothing left to choose from): only moves that re-order; a fixed size: no insert/remove
  const r = eligible.length <= N && N <= p.sizeMin ? rng.next() * 0.55 : p.sizeMin >= p.sizeMax ? rng.next() * 0.85 : rng.next()
  // keep cand a packed array (growing it through .length would make it holey, and slower)
  while (cand.length < N) cand.push(0)
  if (cand.length > N) cand.length = N
  for (let t = 0; t < N; t++) cand[t] = cur[t]!
  if (r < 0.22) {
    // swap
    if (N < 2) return false
    const i = rng.int(N),
      j = rng.int(N)
    if (i === j) return false
    cand[i] = cur[j]!
    cand[j] = cur[i]!
    return true
  }
  if (r < 0.42) {
    // relocate one song
    if (N < 2) return false
    const i = rng.int(N),
      j = rng.int(N)
    if (i === j) return false
    return shiftBlock(cur, cand, i, 1, j)
  }
  if (r < 0.47) {
    // move a block of 2–3 songs elsewhere
    if (N < 4) return false
    const len = 2 + rng.int(2)
    const i = rng.int(N - len + 1)
    const j = rng.int(N - len + 1)
    if (j === i) return false
    return shiftBlock(cur, cand, i, len, j)
  }
  if (r < 0.55) {
    // reverse a segment
    if (N < 3) return false
    let i = rng.int(N),
      j = rng.int(N)
    if (i === j) return false
    if (i > j) {
      const x = i
      i = j
      j = x
    }
    for (let a = i, b = j; a <= j; a++, b--) cand[a] = cur[b]!
    return true
  }
  if (r < 0.85) {
    // replace with a song not in the set: half the time one that plays alike (energy, tempo)
    if (N === 0) return false
    const i = rng.int(N)
    let s = -1
    if (RELATED_SHARE > 0 && rng.next() < RELATED_SHARE) {
      const near = relatedOf(p)[cur[i]!]!
      for (let tries = 0; tries < 4 && s < 0; tries++) {
        const c = near[rng.int(near.length)]
        if (c !== undefined && !inSet[c]) s = c
      }
    }
    if (s < 0) s = poolSong(inSet, eligible, rng)
    if (s < 0) return false
    movedOut = cur[i]!
    movedIn = s
    cand[i] = s
    return true
  }
  if (r < 0.93) {
    // insert
    if (N >= p.sizeMax) return false
    const s = poolSong(inSet, eligible, rng)
    if (s < 0) return false
    const i = rng.int(N + 1)
    cand.push(0)
    for (let t = N; t > i; t--) cand[t] = cur[t - 1]!
    cand[i] = s
    movedIn = s
    return true
  }
  if (N <= Math.max(1, p.sizeMin)) return false // remove
  const i = rng.int(N)
  movedOut = cur[i]!
  for (let t = i; t < N - 1; t++) cand[t] = cur[t + 1]!
  cand.length = N - 1
  return true
}

function windowReopt(p: Problem, seq: number[], w: number, rng: Rng): number[] | null {
  return windowAt(p, seq, rng.int(seq.length - w + 1), w)
}
