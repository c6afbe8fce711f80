import { findFeedByTokenHash } from '../../db/queries/feeds.ts'
import { hashSecret } from '../auth/session-token.ts'
import { loadPersonFeed } from '../../db/queries/person-feed.ts'
import { DomainError } from '../../domain/errors.ts'
import { personCalendar } from '../../interop/icalendar/show-calendars.ts'
import type { Deps } from '../deps.ts'
import { holdEndEvent } from '../../interop/icalendar/hold-end-events.ts'
import { hotelMomentEvent, scheduleItemEvent, travelSegmentEvent } from '../../interop/icalendar/road-events.ts'
import { listWriterHoldEnds } from '../rights/writer-hold-ends.ts'
import { personScheduleItems } from '../road/day-sheet.ts'
import { personTravelSegments } from '../road/travel.ts'
import { personHotelMoments } from '../road/hotels.ts'

/**
 * A person's private iCalendar feed, opened by its secret token: every show they are in the lineup
 * of (unannounced ones too: the address is the secret) and every commitment they attend. An unknown
 * or revoked token is not found, and the message never repeats the token. The lines of the day sheets
 * that reach them come too, the segments of their journeys (issue 15, ADR 036) and the check-ins and check-outs of their hotel stays
 * (ADR 039, without confirmation numbers).
 */
export async function getPersonCalendar(deps: Deps, token: string): Promise<string> {
  const owner = await findFeedByTokenHash(deps.db, hashSecret(token))
  const feed = owner ? await loadPersonFeed(deps.db, owner.workspaceId, owner.personId) : null
  if (!feed) throw new DomainError('not-found', 'No calendar at this address. It may have been revoked; ask for a new one.')
  const holdEnds = await listWriterHoldEnds(deps.db, owner!.workspaceId, owner!.personId)
  const lines = await personScheduleItems(deps, owner!.workspaceId, owner!.personId)
  const travel = await personTravelSegments(deps, owner!.workspaceId, owner!.personId)
  const hotels = await personHotelMoments(deps, owner!.workspaceId, owner!.personId)
  return personCalendar({
    feed,
    stamp: deps.clock.now(),
    extraEvents: [...holdEnds.map(holdEndEvent), ...lines.map(scheduleItemEvent), ...travel.map(travelSegmentEvent), ...hotels.map(hotelMomentEvent)],
  })
}
