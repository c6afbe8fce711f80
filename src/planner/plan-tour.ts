import { PlanTourInputSchema, type PlanShowRequest, type PlanTourInput, type PlanTourRequest, type TourPlanResult, type PlannerShow } from '../contract/planner.ts'
import { compileProblem, keyOf, weightedCost, type TourContext } from './model.ts'
import { planParsedShow, resultFor, solveProblem, validationErrorOf, type InternalPlan, type PlanOptions } from './plan-show.ts'
import { checkPlan } from './feasibility.ts'

/**
 * Every show of a leg or tour at once: rolling horizon, show by show in date order, each show
 * seeing the tour's earlier plays (freshness, fair rotation), the show before it (variety) and an
 * earlier night in the same city (the same-city cap); then a polish pass that re-plans each show
 * against both neighbours and keeps a change only when it scores better and every rule of the
 * tour still holds.
 */

export function parsePlanTourInput(raw: unknown): PlanTourRequest {
  const r = PlanTourInputSchema.safeParse(raw)
  if (!r.success) throw validationErrorOf(r.error)
  return r.data
}

const cityOf = (s: PlannerShow) => (s.city ?? '').trim().toLowerCase()
const keysOf = (plan: InternalPlan | undefined) => new Set((plan?.entries ?? []).filter((e) => e.type === 'song').map((e) => keyOf(e.recordingId!)))

export function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0
  for (const x of a) if (b.has(x)) both++
  const union = a.size + b.size - both
  return union === 0 ? 0 : both / union
}

export function planTour(input: PlanTourInput | PlanTourRequest, opts: PlanOptions = {}): TourPlanResult {
  const req = parsePlanTourInput(input)
  const started = performance.now()
  const seed = opts.seed ?? req.seed
  const budgetMs = opts.budgetMs ?? req.budgetMs
  const order = req.shows.map((s, i) => ({ s, i })).sort((a, b) => (a.s.date < b.s.date ? -1 : a.s.date > b.s.date ? 1 : a.i - b.i)).map((x) => x.s)
  const count = order.length
  const showReq = (show: PlannerShow): PlanShowRequest => ({ ...req, show })
  const plans: InternalPlan[] = []
  const deadline = started + budgetMs * 0.95
  const stop = () => !!opts.signal?.aborted

  const contextFor = (i: number, withNext: boolean): TourContext => {
    const show = order[i]!
    const plays: TourContext['plays'] = []
    for (let j = 0; j < count; j++) {
      if (j === i || !plans[j] || order[j]!.date >= show.date) continue
      for (const e of plans[j]!.entries) if (e.type === 'song') plays.push({ recordingId: e.recordingId!, date: order[j]!.date, city: order[j]!.city })
    }
    const neighbours: Set<string>[] = []
    if (i > 0 && plans[i - 1]) neighbours.push(keysOf(plans[i - 1]))
    if (withNext && i + 1 < count && plans[i + 1]) neighbours.push(keysOf(plans[i + 1]))
    let sameCityKeys: string[] | null = null
    for (let j = i - 1; j >= 0; j--) {
      if (cityOf(order[j]!) !== '' && cityOf(order[j]!) === cityOf(show) && plans[j]) { sameCityKeys = [...keysOf(plans[j])]; break }
    }
    return { neighbours, plays, sameCityKeys }
  }

  // 1. rolling horizon
  const firstShare = 0.7
  for (let i = 0; i < count; i++) {
    const left = Math.max(20, (started + budgetMs * firstShare - performance.now()) / (count - i))
    plans[i] = planParsedShow(showReq(order[i]!), { seed: seed + i, budgetMs: left, maxIterations: opts.maxIterations, signal: opts.signal }, contextFor(i, false))
    // nothing found in this show's share: one more try with a bigger share before calling it infeasible
    if (plans[i]!.status === 'infeasible' && !plans[i]!.provenOptimal && plans[i]!.stats.method === 'search' && !stop()) {
      const retry = planParsedShow(showReq(order[i]!), { seed: seed + i + 104729, budgetMs: Math.max(200, left * 4), maxIterations: opts.maxIterations, signal: opts.signal }, contextFor(i, false))
      if (retry.status !== 'infeasible') plans[i] = retry
    }
    opts.onProgress?.({ fraction: ((i + 1) / count) * firstShare, bestScore: null, feasible: plans.every((p) => p.status !== 'infeasible') })
    if (stop()) break
  }
  // 2. polish against both neighbours, while time is left
  if (!stop() && plans.length === count) {
    for (let i = 0; i < count && performance.now() < deadline; i++) {
      if (plans[i]!.status === 'infeasible') continue
      const ctx = contextFor(i, true)
      const sreq = showReq(order[i]!)
      const p = compileProblem(sreq, new Set(), ctx)
      const before = weightedCost(p, plans[i]!.internal.seq)
      const per = Math.max(5, (deadline - performance.now()) / (count - i))
      const pStarted = performance.now()
      const out = solveProblem(p, { seed: seed + 7919 + i, budgetMs: per, maxIterations: opts.maxIterations, initial: plans[i]!.internal.seq, signal: opts.signal })
      if (!out.seq || weightedCost(p, out.seq) >= before - 1e-9) continue
      const candidate = resultFor(sreq, p, out, { started: pStarted, seed: seed + 7919 + i, budgetMs: per, tour: ctx })
      if (candidate.status === 'infeasible') continue
      // a later night in the same city compared itself with this show: it must still keep its cap
      const old = plans[i]!
      plans[i] = candidate
      let ok = true
      for (let j = i + 1; j < count && ok; j++) {
        if (cityOf(order[j]!) === '' || cityOf(order[j]!) !== cityOf(order[i]!)) continue
        const c = contextFor(j, false)
        const checks = checkPlan(plans[j]!.entries, { repertoire: req.repertoire, show: order[j]!, rules: req.rules, lastTourSongKeys: req.history.lastTourSongKeys, sameCitySongKeys: c.sameCityKeys, personNames: req.personNames })
        ok = checks.every((x) => x.ok)
        break
      }
      if (!ok) plans[i] = old
      opts.onProgress?.({ fraction: firstShare + ((i + 1) / count) * (1 - firstShare), bestScore: null, feasible: true })
    }
  }
  // 3. tour statistics and a final independent check of every show in its tour context
  const timesPlayed: Record<string, number> = {}
  for (const plan of plans) for (const e of plan.entries) if (e.type === 'song') timesPlayed[e.recordingId!] = (timesPlayed[e.recordingId!] ?? 0) + 1
  const consecutiveJaccard: number[] = []
  for (let i = 1; i < plans.length; i++) consecutiveJaccard.push(Math.round(jaccard(keysOf(plans[i - 1]), keysOf(plans[i])) * 1e4) / 1e4)
  let hardViolations = 0
  plans.forEach((plan, i) => {
    if (plan.status === 'infeasible') { hardViolations += Math.max(1, plan.rules.filter((r) => !r.ok).length); return }
    const c = contextFor(i, false)
    const checks = checkPlan(plan.entries, { repertoire: req.repertoire, show: order[i]!, rules: req.rules, lastTourSongKeys: req.history.lastTourSongKeys, sameCitySongKeys: c.sameCityKeys ?? sameCityFromHistory(req, order[i]!), personNames: req.personNames })
    hardViolations += checks.filter((x) => !x.ok).length
  })
  const shows = plans.map(({ internal: _internal, ...r }) => r)
  const status = shows.some((s) => s.status === 'infeasible') || shows.length < count ? 'infeasible' : shows.every((s) => s.status === 'optimal') ? 'optimal' : 'feasible'
  return {
    status, shows,
    stats: {
      songsUsed: Object.keys(timesPlayed).length, timesPlayed, consecutiveJaccard,
      meanJaccard: consecutiveJaccard.length ? Math.round((consecutiveJaccard.reduce((a, b) => a + b, 0) / consecutiveJaccard.length) * 1e4) / 1e4 : null,
      hardViolations, evaluations: shows.reduce((a, s) => a + s.stats.evaluations, 0), elapsedMs: Math.round(performance.now() - started), seed,
    },
  }
}

function sameCityFromHistory(req: PlanTourRequest, show: PlannerShow): string[] | null {
  const city = cityOf(show)
  if (!city) return null
  const key = Object.keys(req.history.sameCitySets).find((c) => c.trim().toLowerCase() === city)
  return key ? req.history.sameCitySets[key] ?? null : null
}
