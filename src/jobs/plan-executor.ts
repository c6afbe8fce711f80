import type { PlanProgress, PlanResult, PlanShowRequest, PlanTourRequest, TourPlanResult } from '../contract/planner.ts'
import { planRequestInWorker } from '../planner/run-in-worker.ts'

/** A plan to run, its input parsed once at the edge (the use case that started it). */
export type PlanJob = { kind: 'show'; input: PlanShowRequest } | { kind: 'tour'; input: PlanTourRequest }

/** What runs a plan off the request thread: a worker thread in production. */
export interface PlanExecutor {
  start(job: PlanJob, onProgress: (p: PlanProgress) => void): { promise: Promise<PlanResult | TourPlanResult>; cancel(): void }
}

/**
 * The planner in production: each run in its own worker thread. The plan follows the step count its
 * budget buys (src/planner/budget.ts) and the clock only caps it at ten times the budget, so the
 * same seed gives the same plan as the CLI and the bench, however loaded the server is.
 */
export const workerPlanExecutor: PlanExecutor = {
  start(job, onProgress) {
    return planRequestInWorker(job, { onProgress })
  },
}
