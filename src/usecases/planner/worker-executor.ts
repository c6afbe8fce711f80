/** The planner's production executor lives with the job infrastructure (src/jobs/plan-executor.ts). */
export { workerPlanExecutor } from '../../jobs/plan-executor.ts'
