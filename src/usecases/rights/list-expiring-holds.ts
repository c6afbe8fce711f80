import type { ExpiringHold } from '../../contract/rights.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { listHoldRecords, listWorksWithWriters } from '../../db/queries/rights.ts'
import { expiringSpans } from '../../domain/availability.ts'
import { managesWorkspace } from '../../domain/permissions.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'
import { loadRightsOfWorks, todayOf } from './rights-of-works.ts'

/**
 * Holds ending from today to today + withinDays, soonest first: the reminder list. Owners and
 * managers (who manage the workspace) see every song's; everyone else sees the songs they wrote.
 */
export async function listExpiringHolds(deps: Deps, actor: Actor, withinDays: number): Promise<ExpiringHold[]> {
  await readerOf(deps, actor, 'rights') // 403 for a role that reads no rights (crew, viewers), as at the route's gate
  const today = todayOf(deps.clock.now())
  const ws = actor.workspaceId
  const personId = await findPersonIdOfUser(deps.db, ws, actor.userId)
  const seesAll = managesWorkspace(actor.role)
  if (!seesAll && !personId) return []
  const workIds = [...new Set((await listHoldRecords(deps.db, ws)).map((h) => h.workId))]
  const works = await listWorksWithWriters(deps.db, ws, { workIds, ...(seesAll ? {} : { writerPersonId: personId! }) })
  const rights = await loadRightsOfWorks(
    deps.db,
    ws,
    works.map((w) => w.id),
  )
  const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
  const result: ExpiringHold[] = []
  for (const work of works) {
    for (const span of expiringSpans(rights.get(work.id)!.spans, today, withinDays)) {
      result.push({
        holdId: span.hold.id,
        workId: work.id,
        workTitle: work.title,
        holder: span.hold.holder,
        kind: span.hold.kind,
        endsOn: span.to,
        daysLeft: daysBetween(today, span.to),
        isMine: personId !== null && work.writerPersonIds.includes(personId),
      })
    }
  }
  return result.sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.workTitle.localeCompare(b.workTitle))
}
