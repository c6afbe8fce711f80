import type { Problem } from './problem.ts'
import type { FastEvaluator } from './sequence-check.ts'
import { solveDp } from './dp.ts'
import type { Rng } from './rng.ts'

/** The search's other moves: the kick of the iterated local search, a block shifted, a window of slots re-ordered exactly. */

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
