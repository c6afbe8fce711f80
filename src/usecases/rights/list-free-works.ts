import type { FreeWorks } from '../../contract/rights.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { listWorksWithWriters } from '../../db/queries/rights.ts'
import { availabilityOn, availabilityTimeline } from '../../domain/availability.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'
import { loadRightsOfWorks, presentAvailability, todayOf } from './rights-of-works.ts'

/** "My songs that are free to use now": works the caller wrote that no hold covers today. */
export async function listMyFreeWorks(deps: Deps, actor: Actor): Promise<FreeWorks> {
  await readerOf(deps, actor, 'rights')
  const on = todayOf(deps.clock.now())
  const personId = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  if (!personId) return { personId: null, on, works: [] }
  const works = await listWorksWithWriters(deps.db, actor.workspaceId, { writerPersonId: personId })
  const rights = await loadRightsOfWorks(
    deps.db,
    actor.workspaceId,
    works.map((w) => w.id),
  )
  const result: FreeWorks['works'] = []
  for (const work of works) {
    const own = rights.get(work.id)!
    const availability = availabilityOn(
      availabilityTimeline(
        own.holds.map((h) => h.terms),
        own.releaseDays,
      ),
      on,
    )
    if (availability.state === 'free')
      result.push({ workId: work.id, title: work.title, writers: work.writerNames, availability: presentAvailability(availability) })
  }
  return { personId, on, works: result }
}
