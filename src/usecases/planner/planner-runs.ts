import { randomInt } from 'node:crypto'
import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { PlannerRun, PlannerSuggestion, StartPlannerRunBodySchema } from '../../contract/planner-runs.ts'
import { PlanShowInputSchema, PlanTourInputSchema, type PlanProgress, type PlanResult, type PlanShowInput, type PlanTourInput, type TourPlanResult } from '../../contract/planner.ts'
import type { Db } from '../../db/client.ts'
import { getPlannerRunRow, getPlannerSuggestionRow, listPlannerRunRows, updatePlannerRun, type PlannerRunRow } from '../../db/queries/planner.ts'
import { actName, actOfTarget, getVersionRow, listTargetShows, targetLabel } from '../../db/queries/setlists.ts'
import { plannerRuns, plannerSuggestions } from '../../db/schema/index.ts'
import { ConflictError, fieldError, NotFoundError, ValidationError } from '../../domain/errors.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { actorPersonId, assertTakesPart } from '../setlists/access.ts'
import { insertProposal } from '../setlists/create-proposal.ts'
import { buildPlannerInput, showInputOf, tourInputOf, type BuiltInput } from './build-input.ts'
import { loadPlannerSettings } from './planner-settings.ts'

type StartBody = z.output<typeof StartPlannerRunBodySchema>

/** What runs a plan off the request thread: a worker in production (src/planner/run-in-worker.ts). */
export type PlanJob = { kind: 'show'; input: PlanShowInput } | { kind: 'tour'; input: PlanTourInput }
export interface PlanExecutor {
  start(job: PlanJob, onProgress: (p: PlanProgress) => void): { promise: Promise<PlanResult | TourPlanResult>; cancel(): void }
}

/** A run still queued or running this long after its budget was last seen alive on no instance. */
const ABANDONED_AFTER_MS = 120_000
/** Progress is written and announced at most this often. */
const PROGRESS_EVERY_MS = 400
/** How often a running plan looks for a cancel asked on another instance. */
const CANCEL_POLL_MS = 500

interface Active {
  cancel: () => void
  cancelled: boolean
  done: Promise<void>
}

/** The outcome kept on the run: what the run screen and the tour picture show. */
function summaryOf(built: BuiltInput, plans: PlanResult[], tour: TourPlanResult['stats'] | null, created: Map<string, { proposalId: string; versionId: string }>, labels: Map<string, string>) {
  const titles = Object.fromEntries(built.repertoire.map((s) => [s.recordingId, s.title]))
  return {
    shows: plans.map((p) => {
      const recordingIds = p.entries.flatMap((e) => (e.type === 'song' && e.recordingId ? [e.recordingId] : []))
      return {
        showId: p.showId!, label: labels.get(p.showId!) ?? p.showId!, status: p.status,
        proposalId: created.get(p.showId!)?.proposalId ?? null, versionId: created.get(p.showId!)?.versionId ?? null,
        scoreTotal: p.score?.total ?? null, songCount: recordingIds.length, recordingIds,
        ...(p.conflictingRules ? { conflictingRules: p.conflictingRules } : {}),
        explanation: p.explanation,
      }
    }),
    tour,
    titles,
    warnings: built.warnings,
  }
}

function present(row: PlannerRunRow & { requestedByName: string }, label: string | null, now: Date): PlannerRun {
  let status = row.status as PlannerRun['status']
  let error = row.error
  const since = (row.startedAt ?? row.createdAt).getTime()
  if ((status === 'queued' || status === 'running') && now.getTime() - since > row.budgetMs + ABANDONED_AFTER_MS) {
    status = 'failed'
    error = 'Interrupted: the server running this plan stopped before it finished. Start it again.'
  }
  const result = row.result as PlannerRun['result'] | null
  return {
    id: row.id, actId: row.actId, targetKind: row.targetKind as PlannerRun['targetKind'], targetId: row.targetId, targetLabel: label,
    requestedByName: row.requestedByName, status, progress: status === 'done' || status === 'infeasible' ? 1 : row.progress,
    seed: row.seed, budgetMs: row.budgetMs, error,
    createdAt: row.createdAt.toISOString(), startedAt: row.startedAt?.toISOString() ?? null, finishedAt: row.finishedAt?.toISOString() ?? null,
    // Runs stored before warnings were kept have none.
    result: result ? { ...result, warnings: result.warnings ?? [] } : null,
  }
}

/**
 * Planner runs: started by a request, run by the executor (a worker thread) one at a time per
 * instance, with progress written to the run and announced as live events, cancellable from any
 * instance (the run's row carries the request; the instance running it polls for it).
 */
export class PlannerRunner {
  private readonly active = new Map<string, Active>()
  private queue: Promise<void> = Promise.resolve()
  private closed = false

  constructor(private readonly deps: Deps, private readonly executor: PlanExecutor) {}

  async start(actor: Actor, body: StartBody): Promise<PlannerRun> {
    const db = this.deps.db
    const ws = actor.workspaceId
    const personId = await actorPersonId(db, actor)
    const name = await actName(db, ws, body.actId)
    if (name === null) throw fieldError('actId', 'no such act here')
    await assertTakesPart(db, actor, body.actId, personId)
    if ((await actOfTarget(db, ws, body.targetKind, body.targetId)) !== body.actId) throw fieldError('targetId', `no ${body.targetKind} of this act here`)
    const shows = (await listTargetShows(db, ws, body.targetKind, body.targetId)).filter((s) => s.actId === body.actId)
    if (shows.length === 0) throw fieldError('targetId', `this ${body.targetKind} has no shows to plan`)
    const settings = (await loadPlannerSettings(db, ws, body.actId))!
    const now = this.deps.clock.now()
    const group = body.targetKind === 'show' ? null : { kind: body.targetKind, id: body.targetId }
    const built = await buildPlannerInput(db, { workspaceId: ws, actId: body.actId, actName: name, showIds: shows.map((s) => s.id), settings, group, now })
    if (built.shows.length === 0) throw fieldError('targetId', `every show of this ${body.targetKind} is cancelled: there is nothing to plan`)
    const seed = body.seed ?? randomInt(0, 2 ** 31 - 1)
    const job: PlanJob = body.targetKind === 'show'
      ? { kind: 'show', input: showInputOf(built, built.shows[0]!, seed, body.budgetMs) }
      : { kind: 'tour', input: tourInputOf(built, seed, body.budgetMs) }
    // The input is checked here, so a mistake (an empty repertoire, a rule naming a song the act no longer has) is a 400 now, not a failed run later.
    const parsed = (job.kind === 'show' ? PlanShowInputSchema : PlanTourInputSchema).safeParse(job.input)
    if (!parsed.success) {
      throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'input', message: i.path[0] === 'repertoire' && i.code === 'too_small' ? "the act has no recordings with a duration to plan from: add recordings (not demos) with their durations" : i.message })))
    }
    const id = uuidv7()
    await db.insert(plannerRuns).values({
      workspaceId: ws, id, actId: body.actId, targetKind: body.targetKind, targetId: body.targetId, requestedBy: personId,
      status: 'queued', progress: 0, seed, budgetMs: body.budgetMs, createdAt: now,
    })
    this.enqueue(ws, id, personId, body, job, built)
    await this.deps.events?.publish({ workspaceId: ws, kind: 'planner.run', runId: id })
    return this.get(actor, id)
  }

  async get(actor: Actor, runId: string): Promise<PlannerRun> {
    await readerOf(this.deps, actor, 'planner')
    const row = await getPlannerRunRow(this.deps.db, actor.workspaceId, runId)
    if (!row) throw new NotFoundError('planner run', runId)
    return present(row, await targetLabel(this.deps.db, actor.workspaceId, row.targetKind, row.targetId), this.deps.clock.now())
  }

  async list(actor: Actor, filter: { actId?: string; targetId?: string }): Promise<PlannerRun[]> {
    await readerOf(this.deps, actor, 'planner')
    const rows = await listPlannerRunRows(this.deps.db, actor.workspaceId, { ...filter, limit: 20 })
    const now = this.deps.clock.now()
    return Promise.all(rows.map(async (r) => present(r, await targetLabel(this.deps.db, actor.workspaceId, r.targetKind, r.targetId), now)))
  }

  /** Stops a queued or running plan; a finished one cannot be cancelled (409). */
  async cancel(actor: Actor, runId: string): Promise<PlannerRun> {
    const db = this.deps.db
    const row = await getPlannerRunRow(db, actor.workspaceId, runId)
    if (!row) throw new NotFoundError('planner run', runId)
    await assertTakesPart(db, actor, row.actId, await actorPersonId(db, actor))
    if (row.status !== 'queued' && row.status !== 'running') throw new ConflictError(`This plan has already ended (${row.status}); there is nothing to cancel.`)
    // Here: stopped at once. On another instance: that instance sees the request within a poll.
    await updatePlannerRun(db, actor.workspaceId, runId, { cancelRequested: 1 })
    this.cancelLocal(runId)
    const active = this.active.get(runId)
    if (active) await active.done
    return this.get(actor, runId)
  }

  /** The explanation of a version the planner wrote; none (null) for a version a person wrote. */
  async suggestion(actor: Actor, versionId: string): Promise<PlannerSuggestion> {
    await readerOf(this.deps, actor, 'planner')
    const row = await getPlannerSuggestionRow(this.deps.db, actor.workspaceId, versionId)
    if (row) return { versionId: row.versionId, runId: row.runId, plan: row.explanation as PlanResult }
    if (!(await getVersionRow(this.deps.db, actor.workspaceId, versionId))) throw new NotFoundError('set-list version', versionId)
    return { versionId, runId: null, plan: null }
  }

  async close(): Promise<void> {
    this.closed = true
    for (const id of this.active.keys()) this.cancelLocal(id)
    await this.queue
  }

  private cancelLocal(runId: string): boolean {
    const active = this.active.get(runId)
    if (!active) return false
    active.cancelled = true
    active.cancel()
    return true
  }

  private enqueue(ws: string, runId: string, personId: string, body: StartBody, job: PlanJob, built: BuiltInput) {
    let resolveDone!: () => void
    const done = new Promise<void>((r) => (resolveDone = r))
    const entry: Active = { cancel: () => {}, cancelled: false, done }
    this.active.set(runId, entry)
    this.queue = this.queue.then(async () => {
      try {
        await this.execute(ws, runId, personId, body, job, built, entry)
      } finally {
        this.active.delete(runId)
        resolveDone()
      }
    })
  }

  private async execute(ws: string, runId: string, personId: string, body: StartBody, job: PlanJob, built: BuiltInput, entry: Active) {
    const db = this.deps.db
    const publish = (extra: Record<string, string> = {}) => this.deps.events?.publish({ workspaceId: ws, kind: 'planner.run', runId, ...extra })
    if (entry.cancelled || this.closed) {
      await updatePlannerRun(db, ws, runId, { status: 'cancelled', finishedAt: this.deps.clock.now() })
      await publish()
      return
    }
    await updatePlannerRun(db, ws, runId, { status: 'running', startedAt: this.deps.clock.now() })
    await publish()
    let lastWrite = 0
    let writing: Promise<unknown> = Promise.resolve()
    const onProgress = (p: PlanProgress) => {
      const t = Date.now()
      if (t - lastWrite < PROGRESS_EVERY_MS) return
      lastWrite = t
      writing = writing.then(async () => {
        await updatePlannerRun(db, ws, runId, { progress: Math.min(0.99, p.fraction) })
        await publish({ progress: p.fraction.toFixed(2) })
      }).catch(() => {})
    }
    const handle = this.executor.start(job, onProgress)
    entry.cancel = handle.cancel
    if (entry.cancelled) handle.cancel()
    // A cancel asked on another instance reaches this one through the run's row.
    const poll = setInterval(() => {
      void getPlannerRunRow(db, ws, runId).then((row) => {
        if (row?.cancelRequested) this.cancelLocal(runId)
      }, () => {})
    }, CANCEL_POLL_MS)
    let outcome: PlanResult | TourPlanResult
    try {
      outcome = await handle.promise
    } catch (err) {
      clearInterval(poll)
      await writing
      const cancelled = entry.cancelled
      await updatePlannerRun(db, ws, runId, {
        status: cancelled ? 'cancelled' : 'failed', finishedAt: this.deps.clock.now(),
        error: cancelled ? null : `The planner stopped with an error: ${err instanceof Error ? err.message : String(err)}`,
      })
      await publish()
      return
    }
    clearInterval(poll)
    await writing
    const plans = 'shows' in outcome ? outcome.shows : [outcome]
    const tour = 'shows' in outcome ? outcome.stats : null
    const now = this.deps.clock.now()
    const labels = new Map<string, string>()
    for (const show of built.stored) labels.set(show.id, `${show.venueName}, ${show.city}, ${show.localDate}`)
    const created = new Map<string, { proposalId: string; versionId: string }>()
    await db.transaction(async (tx) => {
      for (const plan of plans) {
        if (plan.status === 'infeasible' || !plan.showId) continue
        const version = await insertProposal(tx as unknown as Db, {
          workspaceId: ws, actId: body.actId, title: `Planner suggestion: ${labels.get(plan.showId) ?? plan.showId}`,
          target: { kind: 'show', showId: plan.showId, legId: null, tourId: null },
          authorPersonId: personId, basedOnVersionId: null, kind: 'planner', note: plan.explanation, entries: plan.entries, now,
        })
        await tx.insert(plannerSuggestions).values({ workspaceId: ws, versionId: version.id, runId, explanation: plan })
        created.set(plan.showId, { proposalId: version.proposalId, versionId: version.id })
      }
      const status = created.size > 0 ? 'done' : 'infeasible'
      await updatePlannerRun(tx as unknown as Db, ws, runId, { status, progress: 1, finishedAt: now, result: summaryOf(built, plans, tour, created, labels) })
    })
    for (const { proposalId, versionId } of created.values()) await this.deps.events?.publish({ workspaceId: ws, kind: 'setlist.proposal', proposalId, versionId })
    await publish()
  }
}
