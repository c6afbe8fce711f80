import { and, eq, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { SetlistRules, SetlistSettingsBodySchema, SetlistSettingsSchema } from '../../contract/setlists.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { actName, getSettingsRow } from '../../db/queries/setlists.ts'
import { actSetlistSettings } from '../../db/schema/index.ts'
import { NotFoundError, ValidationError } from '../../domain/errors.ts'
import type { ConsensusRule } from '../../domain/setlist.ts'
import { assertCan } from '../authorize.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof SetlistSettingsBodySchema>
type Settings = z.infer<typeof SetlistSettingsSchema>

/** An act's consensus rule and set-list rules; every member must agree (and no rules) until the act says otherwise. Version 0: never saved. */
async function loadSettings(deps: Deps, workspaceId: string, actId: string): Promise<Settings | null> {
  if ((await actName(deps.db, workspaceId, actId)) === null) return null
  const row = await getSettingsRow(deps.db, workspaceId, actId)
  if (!row) return { actId, consensus: 'all', deciderPersonIds: [], countTouringMusicians: false, rules: {} as SetlistRules, version: 0 }
  return { actId, consensus: row.consensus as ConsensusRule, deciderPersonIds: row.deciderPersonIds, countTouringMusicians: row.countTouringMusicians, rules: row.rules as SetlistRules, version: row.version }
}

export async function getSetlistSettings(deps: Deps, actor: Actor, actId: string): Promise<Settings> {
  await readerOf(deps, actor, 'setlists')
  const settings = await loadSettings(deps, actor.workspaceId, actId)
  if (!settings) throw new NotFoundError('act', actId)
  return settings
}

/** Creates the settings, or replaces them under their version (stale → 409 with the current settings). */
export async function saveSetlistSettings(deps: Deps, actor: Actor, actId: string, body: Body): Promise<Settings> {
  assertCan(actor, 'edit-people')
  const ws = actor.workspaceId
  const current = await getSetlistSettings(deps, actor, actId)
  const missing = await missingPeople(deps.db, ws, body.deciderPersonIds)
  const issues = body.deciderPersonIds.flatMap((id, i) => (missing.has(id) ? [{ path: `deciderPersonIds.${i}`, message: 'no such person in this workspace' }] : []))
  if (body.consensus === 'deciders' && body.deciderPersonIds.length === 0) issues.push({ path: 'deciderPersonIds', message: 'name at least one decider' })
  if (issues.length) throw new ValidationError(issues)
  const columns = { consensus: body.consensus, deciderPersonIds: body.deciderPersonIds, countTouringMusicians: body.countTouringMusicians, rules: body.rules }
  let updatedRows: number
  if (current.version === 0) {
    const inserted = await deps.db.insert(actSetlistSettings).values({ workspaceId: ws, actId, ...columns }).onConflictDoNothing().returning({ actId: actSetlistSettings.actId })
    updatedRows = inserted.length
  } else {
    const updated = await deps.db
      .update(actSetlistSettings)
      .set({ ...columns, version: sql`${actSetlistSettings.version} + 1` })
      .where(and(eq(actSetlistSettings.workspaceId, ws), eq(actSetlistSettings.actId, actId), eq(actSetlistSettings.version, body.version ?? -1)))
      .returning({ actId: actSetlistSettings.actId })
    updatedRows = updated.length
  }
  return finishVersionedWrite({ kind: 'set-list settings', id: actId, updatedRows, load: () => loadSettings(deps, ws, actId) })
}
