import type { z } from 'zod'
import type { PlannerRun, PlannerSuggestion, StartPlannerRunBodySchema } from '../../contract/planner-runs.ts'
import { InProcessJobQueue, type JobQueue } from '../../jobs/job-queue.ts'
import type { PlanExecutor } from '../../jobs/plan-executor.ts'
import type { Actor, Deps } from '../deps.ts'
import { cancelPlannerRun } from './cancel-planner-run.ts'
import { getPlannerRun, listPlannerRuns } from './planner-run-view.ts'
import { getPlannerSuggestion } from './planner-suggestion.ts'
import { startPlannerRun } from './start-planner-run.ts'

export type { PlanExecutor } from '../../jobs/plan-executor.ts'

type StartBody = z.output<typeof StartPlannerRunBodySchema>

/**
 * Planner runs (issue 5; split by issue 12 point 3): the routes' one handle on the planner's use
 * cases, each in its own file (start, read, cancel, the suggestion), with the queue and the worker
 * orchestration as infrastructure (src/jobs/). Runs are queued in this process today
 * (InProcessJobQueue); a durable queue (issue 14) is another JobQueue passed here.
 */
export class PlannerRunner {
  constructor(
    private readonly deps: Deps,
    private readonly executor: PlanExecutor,
    private readonly queue: JobQueue = new InProcessJobQueue(),
  ) {}

  start(actor: Actor, body: StartBody): Promise<PlannerRun> {
    return startPlannerRun(this.deps, this.queue, this.executor, actor, body)
  }

  get(actor: Actor, runId: string): Promise<PlannerRun> {
    return getPlannerRun(this.deps, actor, runId)
  }

  list(actor: Actor, filter: { actId?: string; targetId?: string }): Promise<PlannerRun[]> {
    return listPlannerRuns(this.deps, actor, filter)
  }

  cancel(actor: Actor, runId: string): Promise<PlannerRun> {
    return cancelPlannerRun(this.deps, this.queue, actor, runId)
  }

  suggestion(actor: Actor, versionId: string): Promise<PlannerSuggestion> {
    return getPlannerSuggestion(this.deps, actor, versionId)
  }

  close(): Promise<void> {
    return this.queue.close()
  }
}
