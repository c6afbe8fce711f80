import { and, asc, eq, gte, inArray, lte, or, type SQL } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { acts, people, showBilling, showLineup, shows, venues } from '../schema/index.ts'
import type { Show, ShowSummary } from '../../contract/touring.ts'
import type { AnnouncementState, BillingRole, ShowStatus } from '../../domain/touring.ts'
import { timesAfterMidnight } from '../../domain/show-time-days.ts'

/** A show as stored, without what is computed when it is read (conflicts, public visibility). */
export type StoredShow = Omit<Show, 'conflicts' | 'isPublic' | 'setlistVersionId' | 'playedRecorded'>

export interface ShowFilter {
  /** Shows this act headlines or is billed on. */
  actId?: string
  tourId?: string
  venueId?: string
  /** Local dates at the venue, inclusive (YYYY-MM-DD). */
  from?: string
  to?: string
}

const summaryColumns = {
  id: shows.id,
  actId: shows.actId,
  actName: acts.name,
  localDate: shows.localDate,
  status: shows.status,
  announcement: shows.announcement,
  venueName: venues.name,
  city: venues.city,
  country: venues.country,
  timeZone: venues.timeZone,
  latitude: venues.latitude,
  longitude: venues.longitude,
  legId: shows.legId,
  startsAt: shows.startsAt,
  endsAt: shows.endsAt,
}

const detailColumns = {
  ...summaryColumns,
  tourId: shows.tourId,
  venueId: shows.venueId,
  address: venues.address,
  loadIn: shows.loadIn,
  soundcheck: shows.soundcheck,
  doors: shows.doors,
  setStart: shows.setStart,
  curfew: shows.curfew,
  announceAt: shows.announceAt,
  notes: shows.notes,
  version: shows.version,
}

interface SummaryRow {
  id: string
  actId: string
  actName: string
  localDate: string
  status: string
  announcement: string
  venueName: string
  city: string
  country: string
  timeZone: string
  latitude: number | null
  longitude: number | null
  legId: string | null
  startsAt: Date
  endsAt: Date
}

function toSummary(r: SummaryRow): ShowSummary {
  return {
    id: r.id,
    actId: r.actId,
    actName: r.actName,
    localDate: r.localDate,
    status: r.status as ShowStatus,
    announcement: r.announcement as AnnouncementState,
    venueName: r.venueName,
    city: r.city,
    country: r.country,
    timeZone: r.timeZone,
    latitude: r.latitude,
    longitude: r.longitude,
    legId: r.legId,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
  }
}

const venueOfShow = and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId))
const actOfShow = and(eq(acts.workspaceId, shows.workspaceId), eq(acts.id, shows.actId))

/** Show summaries of a workspace in time order, filtered by act (headlining or billed), tour, venue and local dates. */
export async function listShowSummaries(db: Db, workspaceId: string, filter: ShowFilter = {}): Promise<ShowSummary[]> {
  const where: SQL[] = [eq(shows.workspaceId, workspaceId)]
  if (filter.actId) {
    const billed = db
      .select({ id: showBilling.showId })
      .from(showBilling)
      .where(and(eq(showBilling.workspaceId, workspaceId), eq(showBilling.actId, filter.actId)))
    where.push(or(eq(shows.actId, filter.actId), inArray(shows.id, billed))!)
  }
  if (filter.tourId) where.push(eq(shows.tourId, filter.tourId))
  if (filter.venueId) where.push(eq(shows.venueId, filter.venueId))
  if (filter.from) where.push(gte(shows.localDate, filter.from))
  if (filter.to) where.push(lte(shows.localDate, filter.to))
  const rows = await db
    .select(summaryColumns)
    .from(shows)
    .innerJoin(venues, venueOfShow)
    .innerJoin(acts, actOfShow)
    .where(and(...where))
    .orderBy(asc(shows.startsAt), asc(shows.id))
  return rows.map(toSummary)
}

/** One show with its venue, times, billing and lineup, or null when the workspace has no such show. */
export async function getStoredShow(db: Db, workspaceId: string, id: string): Promise<StoredShow | null> {
  const [r] = await db
    .select(detailColumns)
    .from(shows)
    .innerJoin(venues, venueOfShow)
    .innerJoin(acts, actOfShow)
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, id)))
  if (!r) return null
  const billing = await db
    .select({ actId: showBilling.actId, actName: acts.name, role: showBilling.role })
    .from(showBilling)
    .innerJoin(acts, and(eq(acts.workspaceId, showBilling.workspaceId), eq(acts.id, showBilling.actId)))
    .where(and(eq(showBilling.workspaceId, workspaceId), eq(showBilling.showId, id)))
    .orderBy(asc(showBilling.position))
  const lineup = await db
    .select({ personId: showLineup.personId, personName: people.name, role: showLineup.role })
    .from(showLineup)
    .innerJoin(people, and(eq(people.workspaceId, showLineup.workspaceId), eq(people.id, showLineup.personId)))
    .where(and(eq(showLineup.workspaceId, workspaceId), eq(showLineup.showId, id)))
    .orderBy(asc(showLineup.position))
  return {
    ...toSummary(r),
    tourId: r.tourId,
    venueId: r.venueId,
    address: r.address,
    times: { loadIn: r.loadIn, soundcheck: r.soundcheck, doors: r.doors, setStart: r.setStart, curfew: r.curfew },
    timesAfterMidnight: timesAfterMidnight(r),
    announceAt: r.announceAt?.toISOString() ?? null,
    billing: billing.map((b) => ({ ...b, role: b.role as BillingRole })),
    lineup,
    notes: r.notes,
    version: r.version,
  }
}

/** The version of a show, or null when the workspace has no such show. */
export async function findShowVersion(db: Db, workspaceId: string, id: string): Promise<number | null> {
  const [row] = await db
    .select({ version: shows.version })
    .from(shows)
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, id)))
  return row?.version ?? null
}

/** The local date and times of every show at a venue, to derive their instants again when its zone changes. */
export async function listShowTimesAtVenue(db: Db, workspaceId: string, venueId: string) {
  return db
    .select({
      id: shows.id,
      localDate: shows.localDate,
      loadIn: shows.loadIn,
      soundcheck: shows.soundcheck,
      doors: shows.doors,
      setStart: shows.setStart,
      curfew: shows.curfew,
    })
    .from(shows)
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.venueId, venueId)))
    .orderBy(asc(shows.localDate))
}

/** Every show of the workspace with its venue (which venues have which shows). */
export async function listShowVenues(db: Db, workspaceId: string): Promise<{ id: string; venueId: string }[]> {
  return db.select({ venueId: shows.venueId, id: shows.id }).from(shows).where(eq(shows.workspaceId, workspaceId))
}

/** What decides whether a show is public (isPublic), or null when there is no such show. */
export async function showVisibility(db: Db, workspaceId: string, id: string) {
  const [row] = await db
    .select({ status: shows.status, announcement: shows.announcement, announceAt: shows.announceAt })
    .from(shows)
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, id)))
  return row ?? null
}

/** What decides whether each of these shows is public (isPublic), in one statement; a show that is not there is missing from the answer. */
export async function showVisibilitiesOf(db: Db, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return []
  return db
    .select({ id: shows.id, status: shows.status, announcement: shows.announcement, announceAt: shows.announceAt })
    .from(shows)
    .where(and(eq(shows.workspaceId, workspaceId), inArray(shows.id, [...ids])))
}

/** Every show of the workspace with what decides whether it is public (isPublic). */
export async function listShowVisibilities(db: Db, workspaceId: string) {
  return db
    .select({ id: shows.id, status: shows.status, announcement: shows.announcement, announceAt: shows.announceAt })
    .from(shows)
    .where(eq(shows.workspaceId, workspaceId))
}
