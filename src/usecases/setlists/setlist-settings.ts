import type { z } from 'zod'
import { SetlistRulesSchema, type SetlistSettingsBodySchema, type SetlistSettingsSchema } from '../../contract/setlists.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { getSettingsRow, saveSettingsRow } from '../../db/queries/setlists.ts'
import { actName } from '../../db/queries/acts.ts'
import { NotFoundError, ValidationError } from '../../domain/errors.ts'
import type { ConsensusRule } from '../../domain/setlist.ts'
import { assertWritesAll } from '../authorize.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof SetlistSettingsBodySchema>
type Settings = z.infer<typeof SetlistSettingsSchema>

/**
 * An act's consensus rule and set-list rules. Until the act saves its own (version 0): every member
 * must agree, touring musicians' answers do not count, and the only rule is the schema's default
 * (a guest joins a song only where billed). Stored rules are read through the schema too, so a
 * rule added later gets its default instead of leaving a field undefined.
 */
async function loadSettings(deps: Deps, workspaceId: string, actId: string): Promise<Settings | null> {
  if ((await actName(deps.db, workspaceId, actId)) === null) return null
  const row = await getSettingsRow(deps.db, workspaceId, actId)
  if (!row) return { actId, consensus: 'all', deciderPersonIds: [], countTouringMusicians: false, rules: SetlistRulesSchema.parse({}), version: 0 }
  return {
    actId,
    consensus: row.consensus as ConsensusRule,
    deciderPersonIds: row.deciderPersonIds,
    countTouringMusicians: row.countTouringMusicians,
    rules: SetlistRulesSchema.parse(row.rules ?? {}),
    version: row.version,
  }
}

export async function getSetlistSettings(deps: Deps, actor: Actor, actId: string): Promise<Settings> {
  await readerOf(deps, actor, 'setlists')
  const settings = await loadSettings(deps, actor.workspaceId, actId)
  if (!settings) throw new NotFoundError('act', actId)
  return settings
}

/** Creates the settings, or replaces them under their version (stale → 409 with the current settings). */
export async function saveSetlistSettings(deps: Deps, actor: Actor, actId: string, body: Body): Promise<Settings> {
  assertWritesAll(actor, 'acts')
  const ws = actor.workspaceId
  await getSetlistSettings(deps, actor, actId) // 404 for an unknown act
  const missing = await missingPeople(deps.db, ws, body.deciderPersonIds)
  const issues = body.deciderPersonIds.flatMap((id, i) =>
    missing.has(id) ? [{ path: `deciderPersonIds.${i}`, message: 'no such person in this workspace' }] : [],
  )
  if (body.consensus === 'deciders' && body.deciderPersonIds.length === 0) issues.push({ path: 'deciderPersonIds', message: 'name at least one decider' })
  if (issues.length) throw new ValidationError(issues)
  const columns = { consensus: body.consensus, deciderPersonIds: body.deciderPersonIds, countTouringMusicians: body.countTouringMusicians, rules: body.rules }
  // 0 (or none): the first save, as shown with the defaults; when settings exist already, nothing is inserted and the answer is 409 with them
  const updatedRows = await saveSettingsRow(deps.db, ws, actId, body.version, columns)
  return finishVersionedWrite({ kind: 'set-list settings', id: actId, updatedRows, load: () => loadSettings(deps, ws, actId) })
}
