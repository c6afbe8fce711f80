import { and, asc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { acts, commitmentPeople, people, showBilling, showLineup, shows, venues, workspaces } from '../schema/index.ts'

/** A show as a calendar shows it: where, when, whose, and in what state. */
export interface ShowOnCalendar {
  id: string
  actId: string
  actName: string
  venueName: string
  city: string
  timeZone: string
  latitude: number | null
  longitude: number | null
  startsAt: Date
  endsAt: Date
  status: string
  /** For an act's calendar: the act's billing on a show it does not headline ('support' …), else null. */
  billingRole: string | null
}

function showsQuery(db: Db) {
  return db
    .select({
      id: shows.id,
      actId: shows.actId,
      actName: acts.name,
      venueName: venues.name,
      city: venues.city,
      timeZone: venues.timeZone,
      latitude: venues.latitude,
      longitude: venues.longitude,
      startsAt: shows.startsAt,
      endsAt: shows.endsAt,
      status: shows.status,
    })
    .from(shows)
    .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
    .innerJoin(acts, and(eq(acts.workspaceId, shows.workspaceId), eq(acts.id, shows.actId)))
    .$dynamic()
}

/** Shows a person is in the lineup of, across all acts, touching [from, to); cancelled ones too. */
export async function listPersonShows(db: Db, workspaceId: string, personId: string, from: Date, to: Date): Promise<ShowOnCalendar[]> {
  const played = db
    .select({ id: showLineup.showId })
    .from(showLineup)
    .where(and(eq(showLineup.workspaceId, workspaceId), eq(showLineup.personId, personId)))
  const rows = await showsQuery(db)
    .where(and(eq(shows.workspaceId, workspaceId), inArray(shows.id, played), lt(shows.startsAt, to), gt(shows.endsAt, from)))
    .orderBy(asc(shows.startsAt), asc(shows.id))
  return rows.map((r) => ({ ...r, billingRole: null }))
}

/** Shows an act headlines or is billed on (support, special guest …), touching [from, to). */
export async function listActShows(db: Db, workspaceId: string, actId: string, from: Date, to: Date): Promise<ShowOnCalendar[]> {
  const billed = db
    .select({ id: showBilling.showId })
    .from(showBilling)
    .where(and(eq(showBilling.workspaceId, workspaceId), eq(showBilling.actId, actId)))
  const rows = await showsQuery(db)
    .where(and(eq(shows.workspaceId, workspaceId), or(eq(shows.actId, actId), inArray(shows.id, billed)), lt(shows.startsAt, to), gt(shows.endsAt, from)))
    .orderBy(asc(shows.startsAt), asc(shows.id))
  const billedIds = rows.filter((r) => r.actId !== actId).map((r) => r.id)
  const roles = billedIds.length
    ? await db
        .select({ showId: showBilling.showId, role: showBilling.role })
        .from(showBilling)
        .where(and(eq(showBilling.workspaceId, workspaceId), eq(showBilling.actId, actId), inArray(showBilling.showId, billedIds)))
    : []
  const roleOf = new Map(roles.map((r) => [r.showId, r.role]))
  return rows.map((r) => ({ ...r, billingRole: roleOf.get(r.id) ?? null }))
}

/** Everyone with a show or a commitment touching [from, to): whose conflicts there may be. */
export async function listBookedPeople(db: Db, workspaceId: string, from: Date, to: Date): Promise<{ id: string; name: string }[]> {
  const inShows = db
    .select({ id: showLineup.personId })
    .from(showLineup)
    .innerJoin(shows, and(eq(shows.workspaceId, showLineup.workspaceId), eq(shows.id, showLineup.showId)))
    .where(and(eq(showLineup.workspaceId, workspaceId), lt(shows.startsAt, to), gt(shows.endsAt, from)))
  const inCommitments = db
    .select({ id: commitmentPeople.personId })
    .from(commitmentPeople)
    .where(and(eq(commitmentPeople.workspaceId, workspaceId), lt(commitmentPeople.startsAt, to), gt(commitmentPeople.endsAt, from)))
  return db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), or(inArray(people.id, inShows), inArray(people.id, inCommitments))))
    .orderBy(asc(people.name), asc(people.id))
}

/** The name of a person of the workspace, or null when there is no such person. */
export async function findPersonName(db: Db, workspaceId: string, personId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: people.name })
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), eq(people.id, personId)))
  return row?.name ?? null
}

/** People with this email (any case) in any workspace, with the workspace's slug: for `greenroom conflicts --person`. */
export async function findPeopleByEmail(db: Db, email: string): Promise<{ workspaceId: string; workspaceSlug: string; personId: string; name: string }[]> {
  return db
    .select({ workspaceId: people.workspaceId, workspaceSlug: workspaces.slug, personId: people.id, name: people.name })
    .from(people)
    .innerJoin(workspaces, eq(workspaces.id, people.workspaceId))
    .where(sql`lower(${people.email}) = ${email.trim().toLowerCase()}`)
    .orderBy(asc(workspaces.slug))
}
