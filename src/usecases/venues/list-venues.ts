import type { Venue } from '../../contract/touring.ts'
import { getVenue as queryOne, listVenues as query } from '../../db/queries/venues.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'

export async function listVenues(deps: Deps, actor: Actor, q?: string): Promise<Venue[]> {
  return query(deps.db, actor.workspaceId, { q })
}

export async function getVenue(deps: Deps, actor: Actor, venueId: string): Promise<Venue> {
  const venue = await queryOne(deps.db, actor.workspaceId, venueId)
  if (!venue) throw new NotFoundError('venue', venueId)
  return venue
}
