import type { PlannerGoal } from '../domain/planner.ts'
import { UNKNOWN, type Problem, type PSong } from './problem.ts'

/** The soft goals' penalties (0–1 each) and the objective of a sequence; see problem.ts for the formula. */

/** Key change penalty 0–1: steps on the circle of fifths (relative major/minor one step apart), 6+ steps = 1. */
export function keyPenalty(a: PSong, b: PSong): number {
  if (a.fifths < 0 || b.fifths < 0) return UNKNOWN
  const d = Math.abs(a.fifths - b.fifths)
  const steps = Math.min(d, 12 - d) + (a.minor !== null && b.minor !== null && a.minor !== b.minor ? 1 : 0)
  return Math.min(1, steps / 6)
}
export function tempoPenalty(a: PSong, b: PSong): number {
  if (a.bpm === null || b.bpm === null) return UNKNOWN / 2
  return Math.min(1, Math.abs(a.bpm - b.bpm) / 40)
}
export function energyFlowPenalty(a: PSong, b: PSong): number {
  if (a.energy === null || b.energy === null) return UNKNOWN / 2
  return Math.min(1, Math.abs(a.energy - b.energy) / 6)
}
/** The arc's target energy (0–1) at slot t of N, linear between the template's points. */
export function arcTarget(arc: number[], t: number, n: number): number {
  const x = n <= 1 ? 0 : (t / (n - 1)) * (arc.length - 1)
  const i = Math.min(arc.length - 2, Math.floor(x))
  const f = x - i
  return arc[i]! * (1 - f) + arc[i + 1]! * f
}
export function arcPenalty(p: Problem, s: PSong, t: number, n: number): number {
  if (s.energy === null) return UNKNOWN / 2
  return Math.abs(s.energy / 10 - arcTarget(p.arc, t, n))
}

/** The slot a pinned song must take in a set of N songs (−1 for 'encore', which is any encore slot). */
export function pinSlot(pin: PSong['pin'], n: number): number | null {
  if (pin === null) return null
  if (pin === 'opener') return 0
  if (pin === 'closer') return n - 1
  if (pin === 'encore') return -1
  return pin
}

export function weightedCost(p: Problem, seq: readonly number[]): number {
  const N = seq.length
  if (N === 0) return 0
  let songPart = 0
  for (let t = 0; t < N; t++) {
    const s = p.songs[seq[t]!]!
    songPart += s.songCost + p.weights.energyArc * arcPenalty(p, s, t, N)
  }
  let tr = 0
  for (let t = 0; t + 1 < N; t++) tr += p.trans[seq[t]! * p.n + seq[t + 1]!]!
  return songPart / N + (N > 1 ? tr / (N - 1) : 0)
}

/** Each goal's mean penalty (0–1) and the weighted total. */
export function scoreByGoal(p: Problem, seq: readonly number[]): { total: number; byGoal: Record<PlannerGoal, number> } {
  const N = seq.length
  const g: Record<PlannerGoal, number> = { keys: 0, tempo: 0, energyFlow: 0, energyArc: 0, fanDemand: 0, freshness: 0, variety: 0 }
  for (let t = 0; t < N; t++) {
    const s = p.songs[seq[t]!]!
    g.energyArc += arcPenalty(p, s, t, N) / N
    g.fanDemand += (1 - s.demand) / N
    g.freshness += s.freshness / N
    g.variety += s.variety / N
    if (t + 1 < N) {
      const b = p.songs[seq[t + 1]!]!
      g.keys += keyPenalty(s, b) / (N - 1)
      g.tempo += tempoPenalty(s, b) / (N - 1)
      g.energyFlow += energyFlowPenalty(s, b) / (N - 1)
    }
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6
  const byGoal = Object.fromEntries(Object.entries(g).map(([k, v]) => [k, round(v)])) as Record<PlannerGoal, number>
  return { total: round(weightedCost(p, seq)), byGoal }
}
