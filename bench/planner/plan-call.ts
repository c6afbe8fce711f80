import type { PlanShowRequest, PlanTourRequest } from '../../src/domain/planner.ts'
import { TOUR_STEPS_PER_MS, stepBudget } from '../../src/planner/budget.ts'
import { planParsedShow } from '../../src/planner/plan-show.ts'
import { planTour } from '../../src/planner/plan-tour.ts'

/**
 * How the bench plans: a budget is the step count the API and the CLI give it (budgetMs ×
 * STEPS_PER_MS, a tour TOUR_STEPS_PER_MS), under a clock cap far above it, so a loaded machine changes the times the bench
 * prints, never its plans (src/cli/plan-command.test.ts checks they are the CLI's and the API's).
 */
export const CAP_FACTOR = 100
export const benchPlanShow = (req: PlanShowRequest, budgetMs: number) =>
  planParsedShow(req, { steps: stepBudget({ budgetMs }).steps, capMs: budgetMs * CAP_FACTOR })
export const benchPlanTour = (req: PlanTourRequest, budgetMs: number) =>
  planTour(req, { steps: stepBudget({ budgetMs, stepsPerMs: TOUR_STEPS_PER_MS }).steps, capMs: budgetMs * CAP_FACTOR })
