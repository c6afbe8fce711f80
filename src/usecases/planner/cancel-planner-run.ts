import type { PlannerRun } from '../../contract/planner-runs.ts'
import { cancelQueuedPlannerRun, getPlannerRunRow, updatePlannerRun } from '../../db/queries/planner.ts'
import { ConflictError, NotFoundError } from '../../domain/errors.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import type { Actor, Deps } from '../deps.ts'
import { actorPersonId, assertTakesPart } from '../setlists/access.ts'
import { PLANNER_RUN_JOB } from './execute-planner-run.ts'
import { getPlannerRun } from './planner-run-view.ts'

/** Stops a queued or running plan; a finished one cannot be cancelled (409). */
export async function cancelPlannerRun(deps: Deps, queue: JobQueue, actor: Actor, runId: string): Promise<PlannerRun> {
  const db = deps.db
  const row = await getPlannerRunRow(db, actor.workspaceId, runId)
  if (!row) throw new NotFoundError('planner run', runId)
  await assertTakesPart(db, actor, row.actId, await actorPersonId(db, actor))
  if (row.status !== 'queued' && row.status !== 'running') throw new ConflictError(`This plan has already ended (${row.status}); there is nothing to cancel.`)
  // Not taken yet: it never runs. Running here: stopped at once. On another instance: that instance
  // reads the request from the row within a poll (jobs/run-plan-job.ts).
  await updatePlannerRun(db, actor.workspaceId, runId, { cancelRequested: 1 })
  const runningHere = await queue.cancel(PLANNER_RUN_JOB, runId)
  if (runningHere) await queue.whenDone(runId)
  else if (await cancelQueuedPlannerRun(db, actor.workspaceId, runId, deps.clock.now())) {
    await deps.events?.publish({ workspaceId: actor.workspaceId, kind: 'planner.run', runId })
  }
  return getPlannerRun(deps, actor, runId)
}
