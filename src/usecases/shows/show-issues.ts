import type { z } from 'zod'
import type { ShowBodySchema, Venue } from '../../contract/touring.ts'
import type { Db } from '../../db/client.ts'
import { missingActs } from '../../db/queries/acts.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { findLegTourId, tourExists } from '../../db/queries/tours.ts'
import { getVenue } from '../../db/queries/venues.ts'
import { ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { showSpan } from '../../domain/show-times.ts'

export type ShowBodyInput = z.output<typeof ShowBodySchema>

/** What a valid show body resolves to: its venue and the span its local times occupy there. */
export interface CheckedShow {
  venue: Venue
  startsAt: Date
  endsAt: Date
}

/** An embargo needs its announce time, and only an embargo has one. */
function announcementIssues(body: ShowBodyInput): FieldIssue[] {
  if (body.announcement === 'embargoed' && !body.announceAt)
    return [{ path: 'announceAt', message: 'an embargoed show needs the date and time it may be announced' }]
  if (body.announcement !== 'embargoed' && body.announceAt)
    return [{ path: 'announceAt', message: 'only an embargoed show has an announce time; clear it or choose embargoed' }]
  return []
}

/** Acts on the bill and people in the lineup, each of this workspace and named once; the headliner is not billed again. */
async function billingAndLineupIssues(db: Db, workspaceId: string, body: ShowBodyInput): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = []
  const missingActIds = await missingActs(db, workspaceId, [body.actId, ...body.billing.map((b) => b.actId)])
  if (missingActIds.has(body.actId)) issues.push({ path: 'actId', message: 'no such act in this workspace' })
  const billed = new Set<string>()
  body.billing.forEach((b, n) => {
    const path = `billing.${n}.actId`
    if (b.actId === body.actId) issues.push({ path, message: 'the headliner is already on the bill; list only the other acts' })
    else if (missingActIds.has(b.actId)) issues.push({ path, message: 'no such act in this workspace' })
    else if (billed.has(b.actId)) issues.push({ path, message: 'this act is already on the bill' })
    billed.add(b.actId)
  })
  const missingPersonIds = await missingPeople(
    db,
    workspaceId,
    body.lineup.map((l) => l.personId),
  )
  const performing = new Set<string>()
  body.lineup.forEach((l, n) => {
    const path = `lineup.${n}.personId`
    if (missingPersonIds.has(l.personId)) issues.push({ path, message: 'no such person in this workspace' })
    else if (performing.has(l.personId)) issues.push({ path, message: 'this person is already in the lineup' })
    performing.add(l.personId)
  })
  return issues
}

/** The tour is of this workspace and the leg, when given, is a leg of that tour. */
async function tourIssues(db: Db, workspaceId: string, body: ShowBodyInput): Promise<FieldIssue[]> {
  if (body.tourId && !(await tourExists(db, workspaceId, body.tourId))) return [{ path: 'tourId', message: 'no such tour in this workspace' }]
  if (!body.legId) return []
  if (!body.tourId) return [{ path: 'legId', message: 'a leg belongs to a tour; choose the tour too' }]
  const legTourId = await findLegTourId(db, workspaceId, body.legId)
  if (!legTourId) return [{ path: 'legId', message: 'no such leg in this workspace' }]
  return legTourId === body.tourId ? [] : [{ path: 'legId', message: 'this leg belongs to another tour' }]
}

/**
 * Every rule of a show body, all reported at once: the venue, acts, people, tour and leg are of this
 * workspace, the announcement is consistent, and the local times exist and keep their order at the venue.
 */
export async function checkShowBody(db: Db, workspaceId: string, body: ShowBodyInput): Promise<CheckedShow> {
  const venue = await getVenue(db, workspaceId, body.venueId)
  const issues: FieldIssue[] = venue ? [] : [{ path: 'venueId', message: 'no such venue in this workspace' }]
  issues.push(...(await billingAndLineupIssues(db, workspaceId, body)), ...(await tourIssues(db, workspaceId, body)), ...announcementIssues(body))
  const span = venue ? showSpan(body.localDate, body, venue.timeZone) : null
  if (span && !span.ok) issues.push(...span.issues)
  if (issues.length || !venue || !span?.ok) throw new ValidationError(issues)
  return { venue, startsAt: span.startsAt, endsAt: span.endsAt }
}
