/**
 * The planner's budget is a step count (issue 13): the search's schedule, its rounds and a tour's
 * share per show all follow the steps, never the clock, so the same input and seed give the same
 * plan on an idle or a saturated machine. The time budget only does two things: it sets the default
 * step count (STEPS_PER_MS steps per millisecond, low enough that a busy 2-core machine still gets
 * through them in time), and it caps the run (CLOCK_CAP_FACTOR × budgetMs): a run stopped by that
 * cap says so (`stats.capped`), and only such a run may differ from another with the same seed.
 */
export const STEPS_PER_MS = 300
export const CLOCK_CAP_FACTOR = 10
/** Fewest steps a search gets (tiny budgets still find a feasible set). */
export const MIN_STEPS = 2000

export interface StepBudget {
  /** Search steps of the whole plan (a tour: of the whole tour). */
  steps: number
  /** Wall-clock cap in ms. */
  capMs: number
}

/** The steps and the clock cap of a plan: explicit steps win; else budgetMs × STEPS_PER_MS. */
export function stepBudget(o: { steps?: number | null; budgetMs: number; capMs?: number }): StepBudget {
  const steps = Math.max(1, Math.round(o.steps ?? Math.max(MIN_STEPS, o.budgetMs * STEPS_PER_MS)))
  return { steps, capMs: o.capMs ?? o.budgetMs * CLOCK_CAP_FACTOR }
}
