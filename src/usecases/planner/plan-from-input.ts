import {
  parsePlanShowInput,
  parsePlanTourInput,
  type PlanResult,
  type PlanShowRequest,
  type PlanTourRequest,
  type TourPlanResult,
} from '../../contract/planner.ts'

/** What `greenroom plan` may override of an input file. */
interface PlanOverrides {
  seed?: number
  budgetMs?: number
}

/**
 * `greenroom plan show`: one show planned from a planner input document (docs/planner-input.md),
 * in this process, its input parsed once here (a ValidationError names each field). The planner is
 * loaded only when a command plans; the same request, seed and steps give the API's worker's plan.
 */
export async function planShowFromInput(raw: unknown, opts: PlanOverrides): Promise<{ request: PlanShowRequest; result: PlanResult }> {
  const { planShow } = await import('../../planner/plan-show.ts')
  const request = parsePlanShowInput(raw)
  return { request, result: planShow(request, opts) }
}

/** `greenroom plan tour`: every show of a leg or tour planned at once from a planner input document. */
export async function planTourFromInput(raw: unknown, opts: PlanOverrides): Promise<{ request: PlanTourRequest; result: TourPlanResult }> {
  const { planTour } = await import('../../planner/plan-tour.ts')
  const request = parsePlanTourInput(raw)
  return { request, result: planTour(request, opts) }
}
