import type { Home } from '../../contract/home.ts'
import { personName } from '../../db/queries/people.ts'
import { readScope } from '../../domain/permissions.ts'
import type { Actor, Deps } from '../deps.ts'
import { listNotifications, unreadNotifications } from '../notifications/inbox.ts'
import { readerOf } from '../read-access.ts'
import { personTimeline } from '../timelines/person-timeline.ts'
import { proposalsWaitingFor } from './waiting-proposals.ts'
import { availabilityWaitingFor } from '../availability/waiting-availability.ts'
import { catalogCounts } from './catalog-counts.ts'

const DAY_MS = 86_400_000
const NEXT_DAYS = 14
const NEXT_MAX = 10
const CHANGES_MAX = 8

/**
 * The signed-in person's home (issue 14, "my home"): what waits for their answer, their next shows
 * and commitments (with their conflicts), and their newest notifications; and how much the catalog
 * holds (its counts, ADR 054). Every part comes through the use case that reads it, so the
 * permission table decides each part: a role that may not read set lists has nothing waiting, and
 * the timeline is the reader's own as it is for them.
 */
export async function myHome(deps: Deps, actor: Actor): Promise<Home> {
  const reader = await readerOf(deps, actor, 'home')
  const counts = await catalogCounts(deps, actor)
  const empty: Home = { person: null, waiting: [], availability: [], next: [], changes: [], unread: 0, counts }
  if (!reader.personId) return empty
  const personId = reader.personId
  // every part below is read for this one person: look them up once for the whole home
  const me: Actor = { ...actor, personId }
  const name = await personName(deps.db, actor.workspaceId, personId)
  if (name === null) return empty
  const now = deps.clock.now()
  const waiting = readScope(actor.role, 'setlists') === 'none' ? [] : await proposalsWaitingFor(deps, actor.workspaceId, personId)
  const next =
    readScope(actor.role, 'timelines') === 'none'
      ? []
      : (await personTimeline(deps, me, personId, { from: now.toISOString(), to: new Date(now.getTime() + NEXT_DAYS * DAY_MS).toISOString() }))
          .filter((e) => e.kind !== 'blockout' && new Date(e.endsAt) > now)
          .slice(0, NEXT_MAX)
  const availability = readScope(actor.role, 'availability') === 'none' ? [] : await availabilityWaitingFor(deps, actor.workspaceId, personId)
  const changes = await listNotifications(deps, me, { unreadOnly: false, limit: CHANGES_MAX })
  const { unread } = await unreadNotifications(deps, me)
  return { person: { id: personId, name }, waiting, availability, next, changes, unread, counts }
}
