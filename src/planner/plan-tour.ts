import type { PlanShowRequest, PlanTourRequest, TourPlanResult, PlannerShow } from '../domain/planner.ts'
import { compileProblem, keyOf } from './compile.ts'
import { weightedCost } from './costs.ts'
import type { TourContext } from './problem.ts'
import { planRotatingTour } from './tour-rotation.ts'
import { planParsedShow, resultFor, solveProblem, type InternalPlan, type PlanOptions } from './plan-show.ts'
import { checkPlan } from './feasibility.ts'
import { MIN_STEPS, TOUR_STEPS_PER_MS, stepBudget } from './budget.ts'

/**
 * Every show of a leg or tour at once: rolling horizon, show by show in date order, each show
 * seeing the tour's earlier plays (freshness, fair rotation), the show before it (variety) and an
 * earlier night in the same city (the same-city cap); then a polish pass that re-plans each show
 * against both neighbours and keeps a change only when it scores better and every rule of the
 * tour still holds.
 */

const cityOf = (s: PlannerShow) => (s.city ?? '').trim().toLowerCase()
const keysOf = (plan: InternalPlan | undefined) => new Set((plan?.entries ?? []).filter((e) => e.type === 'song').map((e) => keyOf(e.recordingId!)))

export function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0
  for (const x of a) if (b.has(x)) both++
  const union = a.size + b.size - both
  return union === 0 ? 0 : both / union
}

/** The whole tour (validated where it comes in: contract/planner.ts `parsePlanTourInput`). */
export function planTour(req: PlanTourRequest, opts: PlanOptions = {}): TourPlanResult {
  const started = performance.now()
  const seed = opts.seed ?? req.seed
  const order = req.shows
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.date < b.s.date ? -1 : a.s.date > b.s.date ? 1 : a.i - b.i))
    .map((x) => x.s)
  const count = order.length
  // the whole tour's steps: 70 % for the rolling horizon, 30 % for the polish, the same share per
  // show (never what the clock left over: the same seed gives the same tour on a busy machine)
  const budget = stepBudget({
    steps: opts.steps ?? (opts.maxIterations ? opts.maxIterations * count : req.steps),
    budgetMs: opts.budgetMs ?? req.budgetMs,
    capMs: opts.capMs,
    stepsPerMs: TOUR_STEPS_PER_MS,
  })
  const firstSteps = Math.max(MIN_STEPS, Math.floor((budget.steps * FIRST_SHARE) / count))
  const polishSteps = Math.max(1000, Math.floor((budget.steps * (1 - FIRST_SHARE)) / count))
  const deadline = started + budget.capMs
  const capLeft = () => Math.max(1, deadline - performance.now())
  const showReq = (show: PlannerShow): PlanShowRequest => ({ ...req, show })
  const plans: InternalPlan[] = []
  /** A show's plan is no longer proved optimal once an earlier show (its context) changed. */
  const stale: boolean[] = []
  let capped = false
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
      if (cityOf(order[j]!) !== '' && cityOf(order[j]!) === cityOf(show) && plans[j]) {
        sameCityKeys = [...keysOf(plans[j])]
        break
      }
    }
    return { neighbours, plays, sameCityKeys }
  }

  // fixed and core-rotating modes: the tour's set, repaired per signature, slots rotated (./tour-rotation.ts)
  const rotating = (req.rotation?.mode ?? 'free') !== 'free'
  let contexts: TourContext[] = []

  if (rotating) {
    const run = planRotatingTour(req, order, plans, {
      seed,
      steps: budget.steps,
      capLeft,
      signal: opts.signal,
      contextFor: (i) => contextFor(i, false),
      onShow: (i) => {
        stale[i] = false
        opts.onProgress?.({ fraction: (i + 1) / count, bestScore: null, feasible: plans.every((p) => p.status !== 'infeasible') })
      },
    })
    contexts = run.contexts
    capped ||= run.capped
  }
  // 1. rolling horizon (free rotation)
  for (let i = 0; i < count && !rotating; i++) {
    plans[i] = planParsedShow(showReq(order[i]!), { seed: seed + i, steps: firstSteps, capMs: capLeft(), signal: opts.signal }, contextFor(i, false))
    // nothing found with this show's steps: one more try with four times as many before calling it infeasible
    if (plans[i]!.status === 'infeasible' && !plans[i]!.provenOptimal && plans[i]!.stats.method === 'search' && !stop()) {
      const retry = planParsedShow(
        showReq(order[i]!),
        { seed: seed + i + 104729, steps: firstSteps * 4, capMs: capLeft(), signal: opts.signal },
        contextFor(i, false),
      )
      if (retry.status !== 'infeasible') plans[i] = retry
    }
    capped ||= plans[i]!.stats.capped
    stale[i] = false
    opts.onProgress?.({ fraction: ((i + 1) / count) * FIRST_SHARE, bestScore: null, feasible: plans.every((p) => p.status !== 'infeasible') })
    if (stop()) break
  }
  // 2. polish against both neighbours (free rotation only: in the other modes the neighbours are the same set on purpose)
  if (!rotating && !stop() && plans.length === count) {
    for (let i = 0; i < count && !stop(); i++) {
      if (plans[i]!.status === 'infeasible') continue
      const ctx = contextFor(i, true)
      const sreq = showReq(order[i]!)
      const p = compileProblem(sreq, new Set(), ctx)
      const before = weightedCost(p, plans[i]!.internal.seq)
      const pStarted = performance.now()
      const out = solveProblem(p, { seed: seed + 7919 + i, steps: polishSteps, capMs: capLeft(), initial: plans[i]!.internal.seq, signal: opts.signal })
      capped ||= out.capped
      if (!out.seq || weightedCost(p, out.seq) >= before - 1e-9) continue
      const candidate = resultFor(sreq, p, out, { started: pStarted, seed: seed + 7919 + i, steps: polishSteps, capMs: capLeft(), tour: ctx })
      if (candidate.status === 'infeasible') continue
      // a later night in the same city compared itself with this show: it must still keep its cap
      const old = plans[i]!
      plans[i] = candidate
      let ok = true
      for (let j = i + 1; j < count && ok; j++) {
        if (cityOf(order[j]!) === '' || cityOf(order[j]!) !== cityOf(order[i]!)) continue
        const c = contextFor(j, false)
        const checks = checkPlan(plans[j]!.entries, {
          repertoire: req.repertoire,
          show: order[j]!,
          rules: req.rules,
          lastTourSongKeys: req.history.lastTourSongKeys,
          sameCitySongKeys: c.sameCityKeys,
          personNames: req.personNames,
        })
        ok = checks.every((x) => x.ok)
        break
      }
      if (!ok) {
        plans[i] = old
        continue
      }
      // this show and every later one now see a different tour before them
      for (let j = i; j < count; j++) stale[j] = true
      opts.onProgress?.({ fraction: FIRST_SHARE + ((i + 1) / count) * (1 - FIRST_SHARE), bestScore: null, feasible: true })
    }
  }
  // 3. the answer is computed from the tour actually returned: every show re-scored, re-explained
  // and re-checked in its final context (the show before it and the tour's earlier plays)
  const finals: InternalPlan[] = plans.map((plan, i) => {
    if (plan.status === 'infeasible' && !plan.internal.seq.length) return plan
    const ctx: TourContext = rotating && contexts[i] ? { ...contexts[i]!, ...contextFor(i, false) } : contextFor(i, false)
    const sreq = showReq(order[i]!)
    const p = compileProblem(sreq, new Set(), ctx)
    const proven = plan.provenOptimal && !stale[i]
    const r = resultFor(
      sreq,
      p,
      {
        seq: plan.internal.seq,
        proven,
        method: plan.stats.method as 'exact' | 'exact-subset' | 'search',
        evaluations: plan.stats.evaluations,
        firstFeasibleMs: plan.internal.firstFeasibleMs,
        capped: plan.stats.capped,
      },
      { started: performance.now(), seed: plan.stats.seed, steps: plan.stats.steps, capMs: 0, tour: ctx },
    )
    r.stats.elapsedMs = plan.stats.elapsedMs
    return r
  })
  const timesPlayed: Record<string, number> = {}
  for (const plan of finals) for (const e of plan.entries) if (e.type === 'song') timesPlayed[e.recordingId!] = (timesPlayed[e.recordingId!] ?? 0) + 1
  const consecutiveJaccard: number[] = []
  for (let i = 1; i < finals.length; i++) consecutiveJaccard.push(Math.round(jaccard(keysOf(finals[i - 1]), keysOf(finals[i])) * 1e4) / 1e4)
  // violations of the returned sets (an infeasible show without a set breaks no rule: it is counted apart)
  let hardViolations = 0
  let infeasibleShows = 0
  finals.forEach((plan) => {
    if (plan.status === 'infeasible') infeasibleShows++
    if (plan.entries.length) hardViolations += plan.rules.filter((r) => !r.ok).length
  })
  const shows = finals.map(({ internal: _internal, ...r }) => r)
  const status =
    shows.some((s) => s.status === 'infeasible') || shows.length < count ? 'infeasible' : shows.every((s) => s.status === 'optimal') ? 'optimal' : 'feasible'
  return {
    status,
    shows,
    stats: {
      songsUsed: Object.keys(timesPlayed).length,
      timesPlayed,
      consecutiveJaccard,
      meanJaccard: consecutiveJaccard.length ? Math.round((consecutiveJaccard.reduce((a, b) => a + b, 0) / consecutiveJaccard.length) * 1e4) / 1e4 : null,
      hardViolations,
      infeasibleShows,
      evaluations: shows.reduce((a, s) => a + s.stats.evaluations, 0),
      elapsedMs: Math.round(performance.now() - started),
      seed,
      steps: budget.steps,
      capped,
    },
  }
}

/** Share of a tour's steps for the rolling horizon (the polish gets the rest). */
const FIRST_SHARE = 0.7
