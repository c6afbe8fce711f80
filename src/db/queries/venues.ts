import { and, asc, eq, ilike, or } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { venues } from '../schema/index.ts'
import type { Venue } from '../../contract/touring.ts'
import { likePattern } from './people.ts'

const columns = {
  id: venues.id,
  name: venues.name,
  address: venues.address,
  city: venues.city,
  country: venues.country,
  latitude: venues.latitude,
  longitude: venues.longitude,
  timeZone: venues.timeZone,
  version: venues.version,
}

/** Venues of a workspace by name, optionally searched by name or city. */
export async function listVenues(db: Db, workspaceId: string, opts: { q?: string } = {}): Promise<Venue[]> {
  const filters = [eq(venues.workspaceId, workspaceId)]
  if (opts.q) filters.push(or(ilike(venues.name, likePattern(opts.q)), ilike(venues.city, likePattern(opts.q)))!)
  return db
    .select(columns)
    .from(venues)
    .where(and(...filters))
    .orderBy(asc(venues.name), asc(venues.city), asc(venues.id))
}

export async function getVenue(db: Db, workspaceId: string, id: string): Promise<Venue | null> {
  const [row] = await db
    .select(columns)
    .from(venues)
    .where(and(eq(venues.workspaceId, workspaceId), eq(venues.id, id)))
  return row ?? null
}
