import { planShowInWorker, planTourInWorker } from '../../planner/run-in-worker.ts'
import type { PlanExecutor } from './planner-runs.ts'

/**
 * The planner in production: each run in its own worker thread. The plan follows the step count its
 * budget buys (src/planner/budget.ts: 300 steps per ms, well below what this machine does when busy)
 * and the clock only caps it at three times the budget, so the same seed gives the same plan as the
 * CLI and the bench, however loaded the server is.
 */
export const workerPlanExecutor: PlanExecutor = {
  start(job, onProgress) {
    if (job.kind === 'show') return planShowInWorker(job.input, { onProgress })
    return planTourInWorker(job.input, { onProgress })
  },
}
