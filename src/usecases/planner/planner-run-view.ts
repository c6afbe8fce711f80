import type { PlannerRun } from '../../contract/planner-runs.ts'
import type { PlanResult, TourPlanResult } from '../../contract/planner.ts'
import { getPlannerRunRow, listPlannerRunRows, type PlannerRunRow } from '../../db/queries/planner.ts'
import { targetLabel } from '../../db/queries/setlists.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import type { BuiltInput } from './build-input.ts'

/** A run still queued or running this long after its budget was last seen alive on no instance. */
const ABANDONED_AFTER_MS = 120_000

/** The outcome kept on the run: what the run screen and the tour picture show. */
export function summaryOf(
  built: BuiltInput,
  plans: PlanResult[],
  tour: TourPlanResult['stats'] | null,
  created: Map<string, { proposalId: string; versionId: string }>,
  labels: Map<string, string>,
) {
  const titles = Object.fromEntries(built.repertoire.map((s) => [s.recordingId, s.title]))
  return {
    shows: plans.map((p) => {
      const recordingIds = p.entries.flatMap((e) => (e.type === 'song' && e.recordingId ? [e.recordingId] : []))
      return {
        showId: p.showId!,
        label: labels.get(p.showId!) ?? p.showId!,
        status: p.status,
        proposalId: created.get(p.showId!)?.proposalId ?? null,
        versionId: created.get(p.showId!)?.versionId ?? null,
        scoreTotal: p.score?.total ?? null,
        songCount: recordingIds.length,
        recordingIds,
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
    id: row.id,
    actId: row.actId,
    targetKind: row.targetKind as PlannerRun['targetKind'],
    targetId: row.targetId,
    targetLabel: label,
    requestedByName: row.requestedByName,
    status,
    progress: status === 'done' || status === 'infeasible' ? 1 : row.progress,
    seed: row.seed,
    budgetMs: row.budgetMs,
    error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    // Runs stored before warnings were kept have none.
    result: result ? { ...result, warnings: result.warnings ?? [] } : null,
  }
}

/** One planner run (use case: read a run). */
export async function getPlannerRun(deps: Deps, actor: Actor, runId: string): Promise<PlannerRun> {
  await readerOf(deps, actor, 'planner')
  const row = await getPlannerRunRow(deps.db, actor.workspaceId, runId)
  if (!row) throw new NotFoundError('planner run', runId)
  return present(row, await targetLabel(deps.db, actor.workspaceId, row.targetKind, row.targetId), deps.clock.now())
}

/** The latest planner runs, newest first (use case: list runs). */
export async function listPlannerRuns(deps: Deps, actor: Actor, filter: { actId?: string; targetId?: string }): Promise<PlannerRun[]> {
  await readerOf(deps, actor, 'planner')
  const rows = await listPlannerRunRows(deps.db, actor.workspaceId, { ...filter, limit: 20 })
  const now = deps.clock.now()
  return Promise.all(rows.map(async (r) => present(r, await targetLabel(deps.db, actor.workspaceId, r.targetKind, r.targetId), now)))
}
