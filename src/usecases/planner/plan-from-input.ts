import type { PlanResult, PlanShowRequest, PlanTourRequest, TourPlanResult } from '../../contract/planner.ts'

/** What `greenroom plan` may override of an input file. */
interface PlanOverrides {
  seed?: number
  budgetMs?: number
}

/**
 * `greenroom plan show`: one show planned from a planner input document (docs/planner-input.md),
 * in this process. The planner is loaded only when a command plans.
 */
export async function planShowFromInput(raw: unknown, opts: PlanOverrides): Promise<{ request: PlanShowRequest; result: PlanResult }> {
  const { planShow, parsePlanShowInput } = await import('../../planner/plan-show.ts')
  const request = parsePlanShowInput(raw)
  return { request, result: planShow(request, opts) }
}

/** `greenroom plan tour`: every show of a leg or tour planned at once from a planner input document. */
export async function planTourFromInput(raw: unknown, opts: PlanOverrides): Promise<{ request: PlanTourRequest; result: TourPlanResult }> {
  const { planTour, parsePlanTourInput } = await import('../../planner/plan-tour.ts')
  const request = parsePlanTourInput(raw)
  return { request, result: planTour(request, opts) }
}
