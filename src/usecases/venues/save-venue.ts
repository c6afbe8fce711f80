import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { UpdateVenueBodySchema, Venue, VenueBodySchema } from '../../contract/touring.ts'
import type { Db } from '../../db/client.ts'
import { listShowTimesAtVenue } from '../../db/queries/shows.ts'
import { getVenue as queryOne } from '../../db/queries/venues.ts'
import { showRows, venueRows } from '../../db/writes/documents.ts'
import { ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { coordinatesIssues } from '../../domain/geo.ts'
import { timeZoneProblem } from '../../domain/local-time.ts'
import { showSpan } from '../../domain/show-times.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof VenueBodySchema>
type UpdateBody = z.output<typeof UpdateVenueBodySchema>

/** A zone the runtime knows, and coordinates given both or neither, in range. */
function venueIssues(body: Body): FieldIssue[] {
  const issues: FieldIssue[] = []
  const zoneProblem = timeZoneProblem(body.timeZone)
  if (zoneProblem) issues.push({ path: 'timeZone', message: zoneProblem })
  return [...issues, ...coordinatesIssues(body.latitude, body.longitude)]
}

function columns(body: Body) {
  return {
    name: body.name,
    address: body.address ?? '',
    city: body.city,
    country: body.country,
    latitude: body.latitude ?? null,
    longitude: body.longitude ?? null,
    timeZone: body.timeZone,
  }
}

/**
 * A venue's zone decides the instants of every show there (ADR 005), so a new zone derives them
 * again and raises each show's version; a show whose times do not exist in the new zone stops it.
 */
async function rederiveShows(db: Db, workspaceId: string, venueId: string, zone: string, now: Date): Promise<void> {
  for (const show of await listShowTimesAtVenue(db, workspaceId, venueId)) {
    const span = showSpan(show.localDate, show, zone)
    if (!span.ok)
      throw new ValidationError([
        { path: 'timeZone', message: `the show on ${show.localDate} would have impossible times in ${zone}: ${span.issues[0]!.message}` },
      ])
    await showRows.update(db, workspaceId, show.id, { startsAt: span.startsAt, endsAt: span.endsAt, updatedAt: now })
  }
}

export async function createVenue(deps: Deps, actor: Actor, body: Body): Promise<Venue> {
  assertWritesAll(actor, 'venues')
  const issues = venueIssues(body)
  if (issues.length) throw new ValidationError(issues)
  const id = uuidv7()
  await venueRows.insert(deps.db, { workspaceId: actor.workspaceId, id, ...columns(body) })
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

export async function updateVenue(deps: Deps, actor: Actor, venueId: string, body: UpdateBody): Promise<Venue> {
  assertWritesAll(actor, 'venues')
  const ws = actor.workspaceId
  const issues = venueIssues(body)
  if (issues.length) throw new ValidationError(issues)
  const updatedRows = await deps.db.transaction(async (tx) => {
    const before = await queryOne(tx, ws, venueId)
    if (!before || before.version !== body.version) return 0
    const written = await venueRows.update(tx, ws, venueId, { ...columns(body) }, body.version)
    if (written === 0) return 0
    if (before.timeZone !== body.timeZone) await rederiveShows(tx, ws, venueId, body.timeZone, deps.clock.now())
    return written
  })
  return finishVersionedWrite({ kind: 'venue', id: venueId, updatedRows, load: () => queryOne(deps.db, ws, venueId) })
}

export async function deleteVenue(deps: Deps, actor: Actor, venueId: string): Promise<void> {
  assertWritesAll(actor, 'venues')
  await deleteOrExplain('venue', 'shows or commitments', () => venueRows.delete(deps.db, actor.workspaceId, venueId), venueId)
}
