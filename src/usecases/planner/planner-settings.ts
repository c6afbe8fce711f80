import type { z } from 'zod'
import { PlannerSettingsBodySchema, type PlannerSettings } from '../../contract/planner-runs.ts'
import type { Db } from '../../db/client.ts'
import { getPlannerSettingsRow, listRepertoireRows } from '../../db/queries/planner.ts'
import { actName } from '../../db/queries/acts.ts'
import { insertPlannerSettings, updatePlannerSettings } from '../../db/writes/documents.ts'
import { NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { assertWritesAll } from '../authorize.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof PlannerSettingsBodySchema>

/** The act's planner settings; the defaults (version 0) until the act saves its own. */
export async function loadPlannerSettings(db: Db, workspaceId: string, actId: string): Promise<PlannerSettings | null> {
  if ((await actName(db, workspaceId, actId)) === null) return null
  const row = await getPlannerSettingsRow(db, workspaceId, actId)
  const stored = PlannerSettingsBodySchema.parse(row?.settings ?? {})
  const { version: _, ...settings } = stored
  return { ...settings, actId, version: row?.version ?? 0 }
}

export async function getPlannerSettings(deps: Deps, actor: Actor, actId: string): Promise<PlannerSettings> {
  await readerOf(deps, actor, 'planner')
  const settings = await loadPlannerSettings(deps.db, actor.workspaceId, actId)
  if (!settings) throw new NotFoundError('act', actId)
  return settings
}

/** Recordings the settings name must be the act's own (pinned, excluded, fan demand). */
async function recordingIssues(db: Db, workspaceId: string, actId: string, body: Body): Promise<FieldIssue[]> {
  const own = new Set((await listRepertoireRows(db, workspaceId, actId)).map((r) => r.id))
  const message = "not one of this act's recordings"
  return [
    ...body.pinned.flatMap((p, i) => (own.has(p.recordingId) ? [] : [{ path: `pinned.${i}.recordingId`, message }])),
    ...body.excluded.flatMap((id, i) => (own.has(id) ? [] : [{ path: `excluded.${i}`, message }])),
    ...Object.keys(body.fanDemand).flatMap((id) => (own.has(id) ? [] : [{ path: `fanDemand.${id}`, message }])),
  ]
}

/** Creates the settings, or replaces them under their version (stale → 409 with the current settings). */
export async function savePlannerSettings(deps: Deps, actor: Actor, actId: string, body: Body): Promise<PlannerSettings> {
  assertWritesAll(actor, 'planner')
  const ws = actor.workspaceId
  await getPlannerSettings(deps, actor, actId) // 404 for an unknown act
  const issues = await recordingIssues(deps.db, ws, actId, body)
  if (issues.length) throw new ValidationError(issues)
  const { version, ...settings } = body
  const now = deps.clock.now()
  let updatedRows: number
  // 0 (or none): the first save of the defaults shown with version 0; when settings exist already, nothing is inserted and the answer is 409 with them
  if (!version) {
    updatedRows = (await insertPlannerSettings(deps.db, { workspaceId: ws, actId, settings, updatedAt: now })) ? 1 : 0
  } else {
    updatedRows = await updatePlannerSettings(deps.db, ws, actId, { settings, updatedAt: now }, version)
  }
  return finishVersionedWrite({ kind: 'planner settings', id: actId, updatedRows, load: () => loadPlannerSettings(deps.db, ws, actId) })
}
