/**
 * The planner's budget is a step count (issue 13): the search's schedule, its rounds and a tour's
 * share per show all follow the steps, never the clock, so the same input and seed give the same
 * plan on an idle or a saturated machine. The time budget only does two things: it sets the default
 * step count (STEPS_PER_MS steps per millisecond for a show, TOUR_STEPS_PER_MS for a leg or tour,
 * low enough that a busy 2-core machine still gets through them in time), and it caps the run
 * (CLOCK_CAP_FACTOR × budgetMs, at least MIN_CAP_MS): a run stopped by that cap says so (`stats.capped`), and only such a
 * run may differ from another with the same seed.
 *
 * The rates are measured (ADR 045, amended 2026-12-07 evening), CPU time with process.cpuUsage: a
 * show's search step costs about 0.45 µs warm on an idle core of this 2-core machine (2,200 a ms),
 * so 1,000 a ms still fits the budget's wall time with half a core; a tour's step costs 1.4–3.3 µs
 * (each show is compiled, planned, explained and re-checked in its share), so tours keep 300.
 */
export const STEPS_PER_MS = 1000
export const TOUR_STEPS_PER_MS = 300
export const CLOCK_CAP_FACTOR = 10
/**
 * The clock cap is never below this: a fresh process (the CLI, a new worker) spends about 0.5 s of CPU
 * compiling the search before its steps run at their warm rate whatever the budget, so a small budget's
 * 10 × would cap a cold run on a saturated machine (ADR 045, amended 2026-12-07 evening).
 */
export const MIN_CAP_MS = 10_000

/** The clock cap of a time budget: CLOCK_CAP_FACTOR × budgetMs, at least MIN_CAP_MS. */
export function clockCap(budgetMs: number): number {
  return Math.max(MIN_CAP_MS, budgetMs * CLOCK_CAP_FACTOR)
}
/** Fewest steps a search gets (tiny budgets still find a feasible set). */
export const MIN_STEPS = 2000

export interface StepBudget {
  /** Search steps of the whole plan (a tour: of the whole tour). */
  steps: number
  /** Wall-clock cap in ms. */
  capMs: number
}

/** The steps and the clock cap of a plan: explicit steps win; else budgetMs × the rate (a show's by default). */
export function stepBudget(o: { steps?: number | null; budgetMs: number; capMs?: number; stepsPerMs?: number }): StepBudget {
  const steps = Math.max(1, Math.round(o.steps ?? Math.max(MIN_STEPS, o.budgetMs * (o.stepsPerMs ?? STEPS_PER_MS))))
  return { steps, capMs: o.capMs ?? clockCap(o.budgetMs) }
}
