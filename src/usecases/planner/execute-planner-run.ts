import type { z } from 'zod'
import type { StartPlannerRunBodySchema } from '../../contract/planner-runs.ts'
import type { PlanResult, TourPlanResult } from '../../contract/planner.ts'
import type { Db } from '../../db/client.ts'
import { getPlannerRunRow, updatePlannerRun } from '../../db/queries/planner.ts'
import { plannerSuggestions } from '../../db/schema/index.ts'
import type { QueuedJob } from '../../jobs/job-queue.ts'
import type { PlanExecutor, PlanJob } from '../../jobs/plan-executor.ts'
import { runPlanJob } from '../../jobs/run-plan-job.ts'
import type { Deps } from '../deps.ts'
import { insertProposal } from '../setlists/create-proposal.ts'
import type { BuiltInput } from './build-input.ts'
import { summaryOf } from './planner-run-view.ts'

type StartBody = z.output<typeof StartPlannerRunBodySchema>

/** What a queued run needs when its turn comes. */
export interface PlannerRunJob {
  workspaceId: string
  runId: string
  personId: string
  body: StartBody
  job: PlanJob
  built: BuiltInput
}

/**
 * A planner run's turn (use case: execute a run): marked running, planned by the executor
 * (./jobs/run-plan-job.ts orchestrates the worker), then its outcome kept: one proposal per planned
 * show, authored by the planner, with its explanation, and the run's summary.
 */
export async function executePlannerRun(deps: Deps, executor: PlanExecutor, run: PlannerRunJob, queued: QueuedJob, closing: () => boolean): Promise<void> {
  const { workspaceId: ws, runId } = run
  const db = deps.db
  const publish = (extra: Record<string, string> = {}) => deps.events?.publish({ workspaceId: ws, kind: 'planner.run', runId, ...extra })
  if (queued.cancelled || closing()) {
    await updatePlannerRun(db, ws, runId, { status: 'cancelled', finishedAt: deps.clock.now() })
    await publish()
    return
  }
  await updatePlannerRun(db, ws, runId, { status: 'running', startedAt: deps.clock.now() })
  await publish()
  const ended = await runPlanJob(executor, run.job, queued, {
    saveProgress: async (p) => {
      await updatePlannerRun(db, ws, runId, { progress: Math.min(0.99, p.fraction) })
      await publish({ progress: p.fraction.toFixed(2) })
    },
    cancelRequested: async () => !!(await getPlannerRunRow(db, ws, runId))?.cancelRequested,
  })
  if (ended.kind !== 'done') {
    await updatePlannerRun(db, ws, runId, {
      status: ended.kind === 'cancelled' ? 'cancelled' : 'failed',
      finishedAt: deps.clock.now(),
      error: ended.kind === 'cancelled' ? null : `The planner stopped with an error: ${ended.message}`,
    })
    await publish()
    return
  }
  const created = await keepOutcome(deps, run, ended.outcome)
  for (const { proposalId, versionId } of created.values()) await deps.events?.publish({ workspaceId: ws, kind: 'setlist.proposal', proposalId, versionId })
  await publish()
}

/** One proposal per planned show, each with the planner's explanation, and the run's summary, in one transaction. */
async function keepOutcome(
  deps: Deps,
  run: PlannerRunJob,
  outcome: PlanResult | TourPlanResult,
): Promise<Map<string, { proposalId: string; versionId: string }>> {
  const { workspaceId: ws, runId, built } = run
  const plans = 'shows' in outcome ? outcome.shows : [outcome]
  const tour = 'shows' in outcome ? outcome.stats : null
  const now = deps.clock.now()
  const labels = new Map<string, string>()
  for (const show of built.stored) labels.set(show.id, `${show.venueName}, ${show.city}, ${show.localDate}`)
  const created = new Map<string, { proposalId: string; versionId: string }>()
  await deps.db.transaction(async (tx) => {
    for (const plan of plans) {
      if (plan.status === 'infeasible' || !plan.showId) continue
      const version = await insertProposal(tx as unknown as Db, {
        workspaceId: ws,
        actId: run.body.actId,
        title: `Planner suggestion: ${labels.get(plan.showId) ?? plan.showId}`,
        target: { kind: 'show', showId: plan.showId, legId: null, tourId: null },
        authorPersonId: run.personId,
        basedOnVersionId: null,
        kind: 'planner',
        note: plan.explanation,
        entries: plan.entries,
        now,
      })
      await tx.insert(plannerSuggestions).values({ workspaceId: ws, versionId: version.id, runId, explanation: plan })
      created.set(plan.showId, { proposalId: version.proposalId, versionId: version.id })
    }
    const status = created.size > 0 ? 'done' : 'infeasible'
    await updatePlannerRun(tx as unknown as Db, ws, runId, { status, progress: 1, finishedAt: now, result: summaryOf(built, plans, tour, created, labels) })
  })
  return created
}
