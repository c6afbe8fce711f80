import type { z } from 'zod'
import type { CommitmentBodySchema } from '../../contract/touring.ts'
import type { Db } from '../../db/client.ts'
import { missingActs } from '../../db/queries/acts.ts'
import { findVenuePlace } from '../../db/queries/commitments.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { commitmentInstants } from '../../domain/commitment-times.ts'
import type { Booking } from '../../domain/conflicts.ts'
import { ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { coordinatesIssues } from '../../domain/geo.ts'

export type CommitmentBody = z.output<typeof CommitmentBodySchema>

/** The columns of a valid commitment and the booking its people get, ready to check and store. */
export interface CommitmentDraft {
  columns: {
    kind: string
    title: string
    actId: string | null
    venueId: string | null
    locationName: string
    latitude: number | null
    longitude: number | null
    timeZone: string
    startDate: string
    startTime: string | null
    endDate: string
    endTime: string | null
    startsAt: Date
    endsAt: Date
    outlet: string | null
    journalist: string | null
    embargoNotes: string | null
    notes: string
  }
  booking: Booking
}

const PROMO_FIELDS = ['outlet', 'journalist', 'embargoNotes'] as const

/**
 * Checks a commitment body against the workspace (people, act, venue) and the clock at its place
 * (zone, DST, end after start), and derives its instants; throws a ValidationError naming every field.
 * A venue lends its name and coordinates when the body gives none.
 */
export async function draftCommitment(db: Db, workspaceId: string, id: string, body: CommitmentBody): Promise<CommitmentDraft> {
  const issues: FieldIssue[] = [...(await peopleIssues(db, workspaceId, body.personIds)), ...coordinatesIssues(body.latitude, body.longitude)]
  if (body.actId && (await missingActs(db, workspaceId, [body.actId])).size > 0) issues.push({ path: 'actId', message: 'no such act in this workspace' })
  const venue = body.venueId ? await findVenuePlace(db, workspaceId, body.venueId) : null
  if (body.venueId && !venue) issues.push({ path: 'venueId', message: 'no such venue in this workspace' })
  if (body.kind !== 'promo-interview') {
    for (const field of PROMO_FIELDS)
      if (body[field]) issues.push({ path: field, message: 'only promo interviews have an outlet, a journalist and embargo notes' })
  }
  const times = commitmentInstants(body)
  if (!times.ok) issues.push(...times.issues)
  if (issues.length > 0 || !times.ok) throw new ValidationError(issues)

  const ownPlace = body.latitude != null && body.longitude != null
  const latitude = ownPlace ? body.latitude! : (venue?.latitude ?? null)
  const longitude = ownPlace ? body.longitude! : (venue?.longitude ?? null)
  const columns: CommitmentDraft['columns'] = {
    kind: body.kind,
    title: body.title,
    actId: body.actId ?? null,
    venueId: body.venueId ?? null,
    locationName: body.locationName?.trim() || (venue ? `${venue.name}, ${venue.city}` : ''),
    latitude,
    longitude,
    timeZone: body.timeZone,
    startDate: body.startDate,
    startTime: body.startTime ?? null,
    endDate: body.endDate,
    endTime: body.endTime ?? null,
    startsAt: times.startsAt,
    endsAt: times.endsAt,
    outlet: body.outlet || null,
    journalist: body.journalist || null,
    embargoNotes: body.embargoNotes || null,
    notes: body.notes ?? '',
  }
  return { columns, booking: commitmentBooking({ id, ...columns }) }
}

async function peopleIssues(db: Db, workspaceId: string, personIds: readonly string[]): Promise<FieldIssue[]> {
  const missing = await missingPeople(db, workspaceId, personIds)
  const issues: FieldIssue[] = []
  personIds.forEach((personId, i) => {
    if (missing.has(personId)) issues.push({ path: `personIds.${i}`, message: 'no such person in this workspace' })
    else if (personIds.indexOf(personId) !== i) issues.push({ path: `personIds.${i}`, message: 'this person is already listed' })
  })
  return issues
}

/** The span of people's time a commitment takes, as the conflict checker sees it. */
export function commitmentBooking(
  c: Pick<CommitmentDraft['columns'], 'title' | 'actId' | 'startDate' | 'endDate' | 'latitude' | 'longitude' | 'timeZone'> & {
    id: string
    startsAt: Date | string
    endsAt: Date | string
  },
): Booking {
  return {
    kind: 'commitment',
    id: c.id,
    title: c.title,
    actId: c.actId,
    startsAt: new Date(c.startsAt),
    endsAt: new Date(c.endsAt),
    localDates: { first: c.startDate, last: c.endDate },
    place: c.latitude != null && c.longitude != null ? { latitude: c.latitude, longitude: c.longitude, zone: c.timeZone } : null,
  }
}
