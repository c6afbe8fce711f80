import type { z } from 'zod'
import type { PlannerRun, PlannerSuggestion, StartPlannerRunBodySchema } from '../../contract/planner-runs.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import type { PlanExecutor } from '../../jobs/plan-executor.ts'
import type { Actor, Deps } from '../deps.ts'
import { cancelPlannerRun } from './cancel-planner-run.ts'
import { executePlannerRun, PLANNER_RUN_JOB, type PlannerRunJob } from './execute-planner-run.ts'
import { getPlannerRun, listPlannerRuns } from './planner-run-view.ts'
import { getPlannerSuggestion } from './planner-suggestion.ts'
import { startPlannerRun } from './start-planner-run.ts'

export type { PlanExecutor } from '../../jobs/plan-executor.ts'

type StartBody = z.output<typeof StartPlannerRunBodySchema>

/**
 * Planner runs (issue 5; split by issue 12 point 3): the routes' one handle on the planner's use
 * cases, each in its own file (start, read, cancel, the suggestion), with the queue and the worker
 * orchestration as infrastructure (src/jobs/). Runs wait in the durable job queue (ADR 029): any
 * instance that works planner runs takes the next one, a restart loses none.
 */
export class PlannerRunner {
  private constructor(
    private readonly deps: Deps,
    private readonly queue: JobQueue,
  ) {}

  /** The runner of an instance; `work: false` for an instance that queues runs but plans none. */
  static async start(deps: Deps, executor: PlanExecutor, queue: JobQueue, opts: { work?: boolean } = {}): Promise<PlannerRunner> {
    if (opts.work === false) await queue.declare(PLANNER_RUN_JOB)
    else await queue.work<PlannerRunJob>(PLANNER_RUN_JOB, (run, queued) => executePlannerRun(deps, executor, run, queued))
    return new PlannerRunner(deps, queue)
  }

  start(actor: Actor, body: StartBody): Promise<PlannerRun> {
    return startPlannerRun(this.deps, this.queue, actor, body)
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
}
