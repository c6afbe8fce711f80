import type { z } from 'zod'
import type { StartPlannerRunBodySchema } from '../../contract/planner-runs.ts'
import { PLANNER_MAX_BUDGET_MS, type PlanResult, type TourPlanResult } from '../../contract/planner.ts'
import type { Db } from '../../db/client.ts'
import { claimPlannerRun, getPlannerRunRow, updatePlannerRun } from '../../db/queries/planner.ts'
import { plannerSuggestions } from '../../db/schema/index.ts'
import type { JobKind, QueuedJob } from '../../jobs/job-queue.ts'
import type { PlanExecutor, PlanJob } from '../../jobs/plan-executor.ts'
import { runPlanJob } from '../../jobs/run-plan-job.ts'
import type { Deps } from '../deps.ts'
import { tellAboutPlannerRun } from '../notifications/notify-job.ts'
import { insertProposal } from '../setlists/create-proposal.ts'
import type { BuiltInput } from './build-input.ts'
import { summaryOf } from './planner-run-view.ts'

type StartBody = z.output<typeof StartPlannerRunBodySchema>

/** What a queued run needs when its turn comes: JSON in the job queue (ADR 029), so any instance can plan it. */
export interface PlannerRunJob {
  workspaceId: string
  runId: string
  personId: string
  body: StartBody
  job: PlanJob
  built: BuiltInput
}

/**
 * Planner runs in the durable queue: one at a time per instance (a run takes a core); a try that
 * fails for want of the database is retried after 2, 4, 8 s (with jitter), then the run is failed and
 * the job is a dead letter; a try still running past three times the largest budget (the planner's
 * own cap) plus a minute is taken as lost with its instance, and retried.
 */
export const PLANNER_RUN_JOB: JobKind = {
  name: 'planner-run',
  retryLimit: 3,
  retryDelaySeconds: 2,
  expireInSeconds: Math.ceil((3 * PLANNER_MAX_BUDGET_MS) / 1000) + 60,
  concurrency: 1,
}

/** Thrown by a try that gives its run back to the queue (its instance is closing): another try plans it. */
class GivenBack extends Error {}

/**
 * A planner run's turn (use case: execute a run): taken (never twice: see claimPlannerRun), planned
 * by the executor (./jobs/run-plan-job.ts orchestrates the worker), then its outcome kept: one
 * proposal per planned show, authored by the planner, with its explanation, and the run's summary.
 * A run whose instance closes mid-plan goes back to the queue; a try that throws is retried by the
 * queue, and the last one fails the run for everyone to see.
 */
export async function executePlannerRun(deps: Deps, executor: PlanExecutor, run: PlannerRunJob, queued: QueuedJob): Promise<void> {
  const { workspaceId: ws, runId } = run
  const db = deps.db
  const publish = (extra: Record<string, string> = {}) => deps.events?.publish({ workspaceId: ws, kind: 'planner.run', runId, ...extra })
  try {
    if (queued.closing) throw new GivenBack('this instance is closing')
    if (!(await claimPlannerRun(db, ws, runId, deps.clock.now()))) {
      // ended meanwhile, or asked to stop before it started: say so unless it has ended already
      const row = await getPlannerRunRow(db, ws, runId)
      if (row && (row.status === 'queued' || row.status === 'running')) {
        await updatePlannerRun(db, ws, runId, { status: 'cancelled', finishedAt: deps.clock.now() })
        await publish()
      }
      return
    }
    if (queued.cancelled && !queued.closing) {
      await updatePlannerRun(db, ws, runId, { status: 'cancelled', finishedAt: deps.clock.now() })
      await publish()
      return
    }
    await publish()
    const ended = await runPlanJob(executor, run.job, queued, {
      saveProgress: async (p) => {
        await updatePlannerRun(db, ws, runId, { progress: Math.min(0.99, p.fraction) })
        await publish({ progress: p.fraction.toFixed(2) })
      },
      cancelRequested: async () => !!(await getPlannerRunRow(db, ws, runId))?.cancelRequested,
    })
    if (ended.kind === 'cancelled' && queued.closing && !(await getPlannerRunRow(db, ws, runId))?.cancelRequested) {
      throw new GivenBack('this instance closed while planning')
    }
    if (ended.kind !== 'done') {
      await updatePlannerRun(db, ws, runId, {
        status: ended.kind === 'cancelled' ? 'cancelled' : 'failed',
        finishedAt: deps.clock.now(),
        error: ended.kind === 'cancelled' ? null : `The planner stopped with an error: ${ended.message}`,
      })
      await publish()
      if (ended.kind === 'failed') await tellWhoAsked(deps, run, 'failed')
      return
    }
    const created = await keepOutcome(deps, run, ended.outcome)
    for (const { proposalId, versionId } of created.values()) await deps.events?.publish({ workspaceId: ws, kind: 'setlist.proposal', proposalId, versionId })
    await publish()
    await tellWhoAsked(deps, run, created.size > 0 ? 'done' : 'infeasible')
  } catch (err) {
    await giveUpOrRequeue(deps, run, queued, err).catch(() => {})
    throw err
  }
}

/** Whoever asked is told how the run ended (issue 14), by a notify job. */
function tellWhoAsked(deps: Deps, run: PlannerRunJob, status: 'done' | 'infeasible' | 'failed'): Promise<void> {
  return tellAboutPlannerRun(deps, {
    workspaceId: run.workspaceId,
    kind: 'planner.ended',
    runId: run.runId,
    actId: run.body.actId,
    requestedBy: run.personId,
    status,
  })
}

/** Before the queue retries a try that threw: the run waits again; after the last try it has failed. */
async function giveUpOrRequeue(deps: Deps, run: PlannerRunJob, queued: QueuedJob, err: unknown): Promise<void> {
  const { workspaceId: ws, runId } = run
  const row = await getPlannerRunRow(deps.db, ws, runId)
  if (!row || (row.status !== 'queued' && row.status !== 'running')) return
  if (queued.lastTry) {
    const message = err instanceof Error ? err.message : String(err)
    await updatePlannerRun(deps.db, ws, runId, {
      status: 'failed',
      finishedAt: deps.clock.now(),
      error: `The planner could not run after ${queued.retryCount + 1} tries: ${message}`,
    })
    await tellWhoAsked(deps, run, 'failed')
  } else {
    await updatePlannerRun(deps.db, ws, runId, { status: 'queued', progress: 0, startedAt: null })
  }
  await deps.events?.publish({ workspaceId: ws, kind: 'planner.run', runId })
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
