import type { Venue } from '../../contract/touring.ts'
import { getVenue as queryOne, listVenues as query } from '../../db/queries/venues.ts'
import { listShowVenues } from '../../db/queries/shows.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { publicShowIds, readerOf, type Reader } from '../read-access.ts'

/**
 * For a limited reader (viewer): the venues whose every show is still private (an unannounced leg's
 * stadiums) are left out, since the list alone would tell where the band plans to play.
 */
async function privateVenueIds(deps: Deps, reader: Reader): Promise<Set<string>> {
  if (reader.whole) return new Set()
  const visible = await publicShowIds(deps, reader.actor.workspaceId)
  const rows = await listShowVenues(deps.db, reader.actor.workspaceId)
  const withPublic = new Set(rows.filter((r) => visible.has(r.id)).map((r) => r.venueId))
  return new Set(rows.filter((r) => !withPublic.has(r.venueId)).map((r) => r.venueId))
}

export async function listVenues(deps: Deps, actor: Actor, q?: string): Promise<Venue[]> {
  const hidden = await privateVenueIds(deps, await readerOf(deps, actor, 'venues'))
  return (await query(deps.db, actor.workspaceId, { q })).filter((v) => !hidden.has(v.id))
}

export async function getVenue(deps: Deps, actor: Actor, venueId: string): Promise<Venue> {
  const hidden = await privateVenueIds(deps, await readerOf(deps, actor, 'venues'))
  const venue = await queryOne(deps.db, actor.workspaceId, venueId)
  if (!venue || hidden.has(venueId)) throw new NotFoundError('venue', venueId)
  return venue
}
