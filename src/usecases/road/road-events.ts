import type { LiveEvent } from '../../events/bus.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { readScope } from '../../domain/permissions.ts'
import type { Actor, Deps } from '../deps.ts'

/**
 * Live events of the road that not every member may hear (ADR 050): a hotel stay's or a journey's
 * change carries its `audience`, the people it concerns (space-separated person ids), and the events
 * route passes it only to those who read every stay and journey (the `road` scope `all`) and, of the
 * others (a viewer reads only their own), to the people named. The audience never reaches a browser.
 */
export const AUDIENCE = 'audience'
/** Person ids per event: 150 × 37 bytes stay far below NOTIFY's 8000 bytes; a longer audience is split over several events. */
const PER_EVENT = 150

export type RoadChangeKind = 'road.hotel' | 'road.travel'

export async function publishRoadChange(
  deps: Deps,
  workspaceId: string,
  kind: RoadChangeKind,
  ids: Record<string, string>,
  people: Iterable<string>,
): Promise<void> {
  if (!deps.events) return
  const everyone = [...new Set(people)]
  for (let i = 0; i === 0 || i < everyone.length; i += PER_EVENT) {
    await deps.events.publish({ workspaceId, kind, ...ids, [AUDIENCE]: everyone.slice(i, i + PER_EVENT).join(' ') })
  }
}

/**
 * What one subscriber hears of an event: events without an audience as they are; one with an audience
 * only when the subscriber reads the whole road or is named in it, and then without the audience.
 */
export async function liveEventFilter(deps: Deps, actor: Actor): Promise<(event: LiveEvent) => LiveEvent | null> {
  const scope = readScope(actor.role, 'road')
  const me = scope === 'all' || scope === 'none' ? null : await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  return (event) => {
    const audience = event[AUDIENCE]
    if (audience === undefined) return event
    if (scope === 'none') return null
    if (scope !== 'all' && (me === null || !audience.split(' ').includes(me))) return null
    const { [AUDIENCE]: _hidden, ...rest } = event
    return rest as LiveEvent
  }
}
