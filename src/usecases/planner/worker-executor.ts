import { PLANNER_DEFAULT_BUDGET_MS } from '../../contract/planner.ts'
import { planShowInWorker, planTourInWorker } from '../../planner/run-in-worker.ts'
import type { PlanExecutor } from './planner-runs.ts'

/**
 * Search steps a millisecond of the user's budget buys: well below what this machine does when
 * busy (~1000/ms), so the search ends on its step count, not on the clock, and the same seed gives
 * the same plan however loaded the server is.
 */
const STEPS_PER_MS = 300
/** The clock stops a plan only at this multiple of its budget: a safety net for a very slow machine. */
const CLOCK_SLACK = 3

/** The planner in production: each run in its own worker thread, deterministic for a seed (see STEPS_PER_MS). */
export const workerPlanExecutor: PlanExecutor = {
  start(job, onProgress) {
    const budget = job.input.budgetMs ?? PLANNER_DEFAULT_BUDGET_MS
    if (job.kind === 'show') {
      return planShowInWorker(job.input, { onProgress, maxIterations: Math.round(budget * STEPS_PER_MS), budgetMs: budget * CLOCK_SLACK })
    }
    const perShow = budget / Math.max(1, job.input.shows.length)
    return planTourInWorker(job.input, { onProgress, maxIterations: Math.max(2000, Math.round(perShow * STEPS_PER_MS * 0.6)), budgetMs: budget * CLOCK_SLACK })
  },
}
