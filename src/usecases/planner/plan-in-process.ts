import { parsePlanShowInput, parsePlanTourInput, type PlanResult, type TourPlanResult } from '../../contract/planner.ts'
import { planShow, type PlanOptions } from '../../planner/plan-show.ts'
import { planTour } from '../../planner/plan-tour.ts'

/**
 * A plan computed in this thread (the CLI; tests), its input validated first: a ValidationError
 * names each field. The same request, seed and steps give the same plan as the API's worker run
 * (src/jobs/plan-executor.ts) and the bench.
 */
export function planShowInProcess(raw: unknown, opts: PlanOptions = {}): PlanResult {
  return planShow(parsePlanShowInput(raw), opts)
}

/** The whole tour in this thread, its input validated first. */
export function planTourInProcess(raw: unknown, opts: PlanOptions = {}): TourPlanResult {
  return planTour(parsePlanTourInput(raw), opts)
}
