import { randomInt } from 'node:crypto'
import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { PlannerRun, StartPlannerRunBodySchema } from '../../contract/planner-runs.ts'
import { PlanShowInputSchema, PlanTourInputSchema } from '../../contract/planner.ts'
import { actOfTarget, listTargetShows } from '../../db/queries/setlists.ts'
import { actName } from '../../db/queries/acts.ts'
import { plannerRuns } from '../../db/schema/index.ts'
import { fieldError, ValidationError } from '../../domain/errors.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import type { PlanJob } from '../../jobs/plan-executor.ts'
import type { Actor, Deps } from '../deps.ts'
import { actorPersonId, assertTakesPart } from '../setlists/access.ts'
import { buildPlannerInput, showInputOf, tourInputOf } from './build-input.ts'
import { PLANNER_RUN_JOB, type PlannerRunJob } from './execute-planner-run.ts'
import { loadPlannerSettings } from './planner-settings.ts'
import { getPlannerRun } from './planner-run-view.ts'

type StartBody = z.output<typeof StartPlannerRunBodySchema>

/**
 * Starts the planner for a show, a leg or a tour (use case: start a run). The planner's input is
 * built from the database and parsed here, once: a mistake (an empty repertoire, a rule naming a
 * song the act no longer has) is a 400 now, not a failed run later, and the parsed request is what
 * the worker plans (it does not parse again). The run is queued in the durable job queue (ADR 029),
 * where any instance may take it; its row says how it goes.
 */
export async function startPlannerRun(deps: Deps, queue: JobQueue, actor: Actor, body: StartBody): Promise<PlannerRun> {
  const db = deps.db
  const ws = actor.workspaceId
  const personId = await actorPersonId(db, actor)
  const name = await actName(db, ws, body.actId)
  if (name === null) throw fieldError('actId', 'no such act here')
  await assertTakesPart(db, actor, body.actId, personId)
  if ((await actOfTarget(db, ws, body.targetKind, body.targetId)) !== body.actId) throw fieldError('targetId', `no ${body.targetKind} of this act here`)
  const shows = (await listTargetShows(db, ws, body.targetKind, body.targetId)).filter((s) => s.actId === body.actId)
  if (shows.length === 0) throw fieldError('targetId', `this ${body.targetKind} has no shows to plan`)
  const settings = (await loadPlannerSettings(db, ws, body.actId))!
  const now = deps.clock.now()
  const group = body.targetKind === 'show' ? null : { kind: body.targetKind, id: body.targetId }
  const built = await buildPlannerInput(db, { workspaceId: ws, actId: body.actId, actName: name, showIds: shows.map((s) => s.id), settings, group, now })
  if (built.shows.length === 0) throw fieldError('targetId', `every show of this ${body.targetKind} is cancelled: there is nothing to plan`)
  const seed = body.seed ?? randomInt(0, 2 ** 31 - 1)
  const job = parseJob(
    body.targetKind === 'show'
      ? { kind: 'show', input: showInputOf(built, built.shows[0]!, seed, body.budgetMs) }
      : { kind: 'tour', input: tourInputOf(built, seed, body.budgetMs) },
  )
  const id = uuidv7()
  await db.insert(plannerRuns).values({
    workspaceId: ws,
    id,
    actId: body.actId,
    targetKind: body.targetKind,
    targetId: body.targetId,
    requestedBy: personId,
    status: 'queued',
    progress: 0,
    seed,
    budgetMs: body.budgetMs,
    createdAt: now,
  })
  await queue.send<PlannerRunJob>(PLANNER_RUN_JOB, { workspaceId: ws, runId: id, personId, body, job, built }, { id })
  await deps.events?.publish({ workspaceId: ws, kind: 'planner.run', runId: id })
  return getPlannerRun(deps, actor, id)
}

/** The one parse of the planner's input, its issues said in the product's words. */
function parseJob(raw: { kind: 'show'; input: unknown } | { kind: 'tour'; input: unknown }): PlanJob {
  if (raw.kind === 'show') {
    const r = PlanShowInputSchema.safeParse(raw.input)
    if (!r.success) throw issuesOf(r.error)
    return { kind: 'show', input: r.data }
  }
  const r = PlanTourInputSchema.safeParse(raw.input)
  if (!r.success) throw issuesOf(r.error)
  return { kind: 'tour', input: r.data }
}

function issuesOf(error: z.ZodError): ValidationError {
  return new ValidationError(
    error.issues.map((i) => ({
      path: i.path.join('.') || 'input',
      message:
        i.path[0] === 'repertoire' && i.code === 'too_small'
          ? 'the act has no recordings with a duration to plan from: add recordings (not demos) with their durations'
          : i.message,
    })),
  )
}
