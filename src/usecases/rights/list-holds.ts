import type { Hold, WorkAvailability } from '../../contract/rights.ts'
import { missingWorks } from '../../db/queries/works.ts'
import { availabilityOn, availabilityTimeline, firstFreeDay } from '../../domain/availability.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'
import { loadRightsOfWorks, presentAvailability, presentHold, todayOf } from './rights-of-works.ts'

async function rightsOfWork(deps: Deps, actor: Actor, workId: string) {
  if ((await missingWorks(deps.db, actor.workspaceId, [workId])).size > 0) throw new NotFoundError('work', workId)
  return (await loadRightsOfWorks(deps.db, actor.workspaceId, [workId])).get(workId)!
}

export async function listHolds(deps: Deps, actor: Actor, workId: string): Promise<Hold[]> {
  await readerOf(deps, actor, 'rights')
  const rights = await rightsOfWork(deps, actor, workId)
  return rights.holds.map((h) => presentHold(h, rights.releaseDays))
}

/** Who may use the work on a day (today unless asked), its whole timeline and its holds. */
export async function getWorkAvailability(deps: Deps, actor: Actor, workId: string, on?: string): Promise<WorkAvailability> {
  await readerOf(deps, actor, 'rights')
  const rights = await rightsOfWork(deps, actor, workId)
  const day = on ?? todayOf(deps.clock.now())
  const timeline = availabilityTimeline(
    rights.holds.map((h) => h.terms),
    rights.releaseDays,
  )
  return {
    workId,
    on: day,
    availability: presentAvailability(availabilityOn(timeline, day)),
    freeOn: firstFreeDay(timeline, day),
    timeline: timeline.map((s) => ({ from: s.from, to: s.to, availability: presentAvailability(s.availability) })),
    releaseDays: rights.releaseDays,
    holds: rights.holds.map((h) => presentHold(h, rights.releaseDays)),
  }
}
