/**
 * The set-list planner (issue 5): its input, shared by the CLI (`greenroom plan show|tour`), the
 * HTTP API and the worker thread, and its output. The planner itself is src/planner (pure code);
 * its types are src/domain/planner.ts, and every schema is checked against them (`satisfies`). The request
 * schemas are in planner-request.ts, the result schemas in planner-result.ts; this file exports both.
 * Documented with an example in docs/planner-input.md.
 */
export type {
  PlannerGoal,
  PlannerShow,
  PlannerSong,
  PlanProgress,
  PlanResult,
  PlanShowRequest,
  PlanTourRequest,
  Rotation,
  RotationMode,
  TemplateItem,
  TourPlanResult,
} from '../domain/planner.ts'
export * from './planner-request.ts'
export * from './planner-result.ts'
