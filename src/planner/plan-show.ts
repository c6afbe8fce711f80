import type { PlanResult, PlanShowRequest, PlanProgress } from '../domain/planner.ts'
import { compileProblem } from './compile.ts'
import { scoreByGoal } from './costs.ts'
import type { Problem, TourContext } from './problem.ts'
import { dpStateCount } from './dp.ts'
import { solveExact } from './exact.ts'
import { search as runSearch } from './search.ts'
import { buildEntries, explanationText, songReasons } from './explain.ts'
import { checkPlan } from './feasibility.ts'
import { ruleNames } from '../domain/rule-names.ts'
import { MIN_STEPS, stepBudget } from './budget.ts'

export interface PlanOptions {
  seed?: number
  /** The time budget: sets the default step count (× STEPS_PER_MS) and the clock cap (× CLOCK_CAP_FACTOR). */
  budgetMs?: number
  /** The step count of the whole plan (a tour: of the whole tour); overrides the input's `steps`. */
  steps?: number
  /** The clock cap in ms (default clockCap(budgetMs): budgetMs × CLOCK_CAP_FACTOR, at least MIN_CAP_MS). */
  capMs?: number
  onProgress?: (p: PlanProgress) => void
  signal?: AbortSignal
  /** @deprecated the same as `steps` for one show. */
  maxIterations?: number
  /** 'auto' (default): exact when small enough, else the search; 'search' forces the search. */
  method?: 'auto' | 'exact' | 'search'
}

/** Exact when the DP over the eligible songs is small enough for the production path. */
export const EXACT_WORK_LIMIT = 6_000_000

export function exactFits(p: Problem): boolean {
  const m = p.eligible.length
  return m <= 24 && dpStateCount(p, m) * Math.min(m, 6) <= EXACT_WORK_LIMIT * 4 && dpStateCount(p, m) <= EXACT_WORK_LIMIT
}

export interface SolveOutcome {
  seq: number[] | null
  proven: boolean
  method: 'exact' | 'exact-subset' | 'search'
  evaluations: number
  firstFeasibleMs: number | null
  /** The clock cap stopped it before its steps were done. */
  capped: boolean
}

/** Solves a compiled problem: the exact DP when it fits (proving optimality or infeasibility), else the search. */
export function solveProblem(
  p: Problem,
  opts: {
    seed: number
    steps: number
    capMs: number
    method?: PlanOptions['method']
    onProgress?: PlanOptions['onProgress']
    signal?: AbortSignal
    initial?: number[]
    /** The search without its iterated local search (see SearchOptions). */
    annealingOnly?: boolean
  },
): SolveOutcome {
  const shouldStop = () => !!opts.signal?.aborted
  const started = performance.now()
  let capped = false
  if (opts.method !== 'search' && (opts.method === 'exact' || exactFits(p))) {
    // the exact DP's work is bounded by exactFits (not by the clock); the cap only stops it, and
    // then the search answers with what time is left
    const exactStop = () => {
      if (shouldStop() || performance.now() - started > opts.capMs * 0.7) capped = true
      return capped
    }
    const r = solveExact(p, { shouldStop: exactStop })
    if (r) {
      const fixed = p.eligible.length <= p.sizeMax && p.eligible.length >= p.sizeMin && r.seq?.length === p.eligible.length
      return {
        seq: r.seq,
        proven: true,
        method: fixed ? 'exact' : 'exact-subset',
        evaluations: r.states,
        firstFeasibleMs: r.seq ? performance.now() - started : null,
        capped: false,
      }
    }
  }
  const left = Math.max(1, opts.capMs - (performance.now() - started))
  const s = runSearch(p, {
    seed: opts.seed,
    budgetMs: left,
    maxIterations: opts.steps,
    onProgress: opts.onProgress,
    shouldStop,
    initial: opts.initial,
    annealingOnly: opts.annealingOnly,
  })
  return {
    seq: s.feasible ? s.seq : null,
    proven: false,
    method: 'search',
    evaluations: s.evaluations,
    firstFeasibleMs: s.firstFeasibleMs,
    capped: capped || s.capped,
  }
}

/** Rule ids that apply to this problem (the candidates of the conflict explanation). */
export function activeRules(req: {
  rules: PlanShowRequest['rules']
  show: PlanShowRequest['show']
  history: PlanShowRequest['history']
  rotation?: PlanShowRequest['rotation']
}): string[] {
  const r = req.rules
  const ids: string[] = []
  if (req.show.durationWindow ?? r.durationWindow) ids.push('duration-window')
  if (r.newSongs) ids.push('new-songs')
  if (r.acousticSection) ids.push('acoustic-section')
  if (r.guestSongsNeedBilledGuest) ids.push('guest-billed')
  if (r.maxLeadRun) ids.push('singer-run')
  if (r.differFromLastTourPct != null && req.history.lastTourSongKeys) ids.push('differ-from-last-tour')
  if (r.maxSameCityRepeatPct != null) ids.push('same-city-repeat')
  if (r.setSize) ids.push('set-size')
  if (r.pinned.length) ids.push('pinned')
  if (r.excluded.length) ids.push('excluded')
  if (r.encore) ids.push('encore')
  if (r.acousticBlock) ids.push('acoustic-block')
  if (req.rotation && req.rotation.mode !== 'free') ids.push('rotation')
  return ids
}

/**
 * A smallest group of rules that cannot all be kept (deletion filter): drop each rule in turn and
 * keep it out when the rest is still infeasible. Exact when the problem fits the DP (the group is
 * then irreducible), else as far as a short search can tell.
 */
export function conflictingRules(req: PlanShowRequest, tour: TourContext | undefined, steps: number, capMs: number, seed: number): string[] {
  const all = activeRules(req)
  const deadline = performance.now() + capMs
  // each check gets a share of the steps (not of the time: the answer must not depend on the load)
  const per = Math.max(MIN_STEPS, Math.min(60_000, Math.round(steps / (all.length + 1))))
  /** true: a set keeps these rules; false: none (proved, or none found); null: ran out of time. */
  const feasibleWith = (kept: string[]): boolean | null => {
    const dropped = new Set(all.filter((id) => !kept.includes(id)))
    const p = compileProblem(req, dropped, tour)
    if (exactFits(p)) {
      const r = solveExact(p, { shouldStop: () => performance.now() > deadline })
      if (r) return r.seq !== null
      return null
    }
    const s = runSearch(p, { seed, budgetMs: Math.max(1, deadline - performance.now()), maxIterations: per })
    return s.feasible ? true : s.capped ? null : false
  }
  let kept = [...all]
  for (const id of all) {
    if (performance.now() > deadline) break
    const without = kept.filter((k) => k !== id)
    // keep the rule out only when the rest is still infeasible (unknown: keep it in)
    if (feasibleWith(without) === false) kept = without
  }
  return kept
}

export type InternalPlan = PlanResult & { internal: { seq: number[]; firstFeasibleMs: number | null } }

/** Plans one show from a parsed request (see planShow); `tour` carries a tour's neighbours and plays. */
export function planParsedShow(req: PlanShowRequest, opts: PlanOptions & { initial?: number[] } = {}, tour?: TourContext): InternalPlan {
  const started = performance.now()
  const seed = opts.seed ?? req.seed
  const budget = stepBudget({ steps: opts.steps ?? opts.maxIterations ?? req.steps, budgetMs: opts.budgetMs ?? req.budgetMs, capMs: opts.capMs })
  const p = compileProblem(req, new Set(), tour)
  const out = solveProblem(p, { seed, ...budget, method: opts.method, onProgress: opts.onProgress, signal: opts.signal, initial: opts.initial })
  return resultFor(req, p, out, { started, seed, ...budget, signal: opts.signal, tour })
}

/** The answer for a solved problem: entries, the independent re-check, score, reasons; the conflict explanation when infeasible. */
export function resultFor(
  req: PlanShowRequest,
  p: Problem,
  out: SolveOutcome,
  o: { started: number; seed: number; steps: number; capMs: number; signal?: AbortSignal; tour?: TourContext },
): InternalPlan {
  const { started, seed } = o
  const checkInput = {
    repertoire: req.repertoire,
    show: req.show,
    rules: req.rules,
    lastTourSongKeys: p.lastTourKeys,
    sameCitySongKeys: p.sameCityKeys,
    personNames: req.personNames,
  }
  if (!out.seq) {
    const conflicts = o.signal?.aborted ? [] : conflictingRules(req, o.tour, o.steps, Math.max(2000, Math.min(10_000, o.capMs)), seed)
    const unplayable = p.songs.filter((s) => !s.eligible).map((s) => `${s.title}: ${s.ineligibleBecause}`)
    const groups = conflicts.length ? `These rules cannot all be kept: ${ruleNames(conflicts)}.` : 'No song of the repertoire can be played at this show.'
    return {
      showId: req.show.id ?? null,
      status: 'infeasible',
      provenOptimal: false,
      entries: [],
      runningSeconds: 0,
      score: null,
      rules: activeRules(req).map((id) => ({
        ruleId: id,
        ok: !conflicts.includes(id),
        message: conflicts.includes(id) ? 'In conflict with the other rules named' : 'Not in the conflict found',
      })),
      reasons: [],
      conflictingRules: conflicts,
      explanation: `No set keeps every rule${out.proven ? ' (proved by the exact method)' : ' (none found by the search)'}. ${groups}${unplayable.length ? ` Not playable here: ${unplayable.slice(0, 5).join('; ')}${unplayable.length > 5 ? ' …' : ''}.` : ''}`,
      stats: { evaluations: out.evaluations, elapsedMs: Math.round(performance.now() - started), method: out.method, seed, steps: o.steps, capped: out.capped },
      internal: { seq: [], firstFeasibleMs: null },
    }
  }
  const seq = out.seq
  const entries = buildEntries(p, seq)
  const rules = checkPlan(entries, checkInput)
  const broken = rules.filter((r) => !r.ok)
  const score = scoreByGoal(p, seq)
  // the songs and the show template's parts
  const running = seq.reduce((a, s) => a + p.songs[s]!.dur, 0) + p.templateSeconds
  // the planner's model and the independent checker disagree: never hand out such a plan as feasible
  const status = broken.length ? 'infeasible' : out.proven ? 'optimal' : 'feasible'
  return {
    showId: req.show.id ?? null,
    status,
    provenOptimal: out.proven && !broken.length,
    entries,
    runningSeconds: running,
    score,
    rules,
    reasons: songReasons(p, seq),
    ...(broken.length ? { conflictingRules: broken.map((b) => b.ruleId) } : {}),
    explanation: broken.length
      ? `The plan breaks the rule${broken.length === 1 ? '' : 's'} ${ruleNames(broken.map((b) => b.ruleId))} on the independent re-check.`
      : explanationText(p, seq, score.byGoal, status, out.proven, running),
    stats: { evaluations: out.evaluations, elapsedMs: Math.round(performance.now() - started), method: out.method, seed, steps: o.steps, capped: out.capped },
    internal: { seq, firstFeasibleMs: out.firstFeasibleMs },
  }
}

/**
 * A set list for one show that keeps every hard rule and scores best on the soft goals, with its
 * explanation; an infeasible result names a smallest group of conflicting rules. The request is
 * validated where it comes in (contract/planner.ts `parsePlanShowInput`), not here.
 */
export function planShow(req: PlanShowRequest, opts: PlanOptions = {}): PlanResult {
  const { internal: _internal, ...result } = planParsedShow(req, opts)
  return result
}
