import type { PlannerSuggestion } from '../../contract/planner-runs.ts'
import type { PlanResult } from '../../contract/planner.ts'
import { getPlannerSuggestionRow } from '../../db/queries/planner.ts'
import { getVersionRow } from '../../db/queries/setlists.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'

/** The explanation of a version the planner wrote; none (null) for a version a person wrote. */
export async function getPlannerSuggestion(deps: Deps, actor: Actor, versionId: string): Promise<PlannerSuggestion> {
  await readerOf(deps, actor, 'planner')
  const row = await getPlannerSuggestionRow(deps.db, actor.workspaceId, versionId)
  if (row) return { versionId: row.versionId, runId: row.runId, plan: row.explanation as PlanResult }
  if (!(await getVersionRow(deps.db, actor.workspaceId, versionId))) throw new NotFoundError('set-list version', versionId)
  return { versionId, runId: null, plan: null }
}
