import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { acts, publicHandles, showBilling, shows, venues, workspaces } from '../schema/index.ts'
import type { FeedAct, FeedShow } from '../../domain/feeds.ts'
import type { ShowLifecycle } from '../../domain/tickets.ts'
import type { AnnouncementState, BillingRole, ShowStatus } from '../../domain/touring.ts'
import { offersOfShows } from './tickets.ts'

const actColumns = { workspaceId: acts.workspaceId, id: acts.id, slug: acts.slug, name: acts.name, isInternal: acts.isInternal }

/**
 * The act whose owner claimed this public handle (docs/decisions/015-public-handles.md); an act's
 * slug alone never makes a public page.
 */
export async function findActByHandle(db: Db, handle: string): Promise<(FeedAct & { handle: string }) | null> {
  const [row] = await db
    .select({ ...actColumns, handle: publicHandles.handle })
    .from(publicHandles)
    .innerJoin(acts, and(eq(acts.workspaceId, publicHandles.workspaceId), eq(acts.id, publicHandles.actId)))
    .where(eq(publicHandles.handle, handle))
  return row ?? null
}

/** An act by slug inside one workspace (given by slug), internal or not. */
export async function findActInWorkspace(db: Db, workspaceSlug: string, actSlug: string): Promise<FeedAct | null> {
  const [row] = await db
    .select(actColumns)
    .from(acts)
    .innerJoin(workspaces, eq(workspaces.id, acts.workspaceId))
    .where(and(eq(workspaces.slug, workspaceSlug), eq(acts.slug, actSlug)))
  return row ?? null
}

const showColumns = {
  id: shows.id,
  actId: shows.actId,
  actName: acts.name,
  localDate: shows.localDate,
  loadIn: shows.loadIn,
  soundcheck: shows.soundcheck,
  doors: shows.doors,
  setStart: shows.setStart,
  curfew: shows.curfew,
  startsAt: shows.startsAt,
  endsAt: shows.endsAt,
  status: shows.status,
  announcement: shows.announcement,
  announceAt: shows.announceAt,
  version: shows.version,
  lifecycle: shows.lifecycle,
  previousDates: shows.previousDates,
  movedFrom: shows.movedFrom,
  venueName: venues.name,
  address: venues.address,
  city: venues.city,
  country: venues.country,
  latitude: venues.latitude,
  longitude: venues.longitude,
  timeZone: venues.timeZone,
}

/** Shows matching `where` in one workspace, in time order, with their venue and billing. */
async function listFeedShows(db: Db, workspaceId: string, where: SQL | undefined): Promise<FeedShow[]> {
  const rows = await db
    .select(showColumns)
    .from(shows)
    .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
    .innerJoin(acts, and(eq(acts.workspaceId, shows.workspaceId), eq(acts.id, shows.actId)))
    .where(and(eq(shows.workspaceId, workspaceId), where))
    .orderBy(asc(shows.startsAt), asc(shows.id))
  if (rows.length === 0) return []
  const bills = await db
    .select({ showId: showBilling.showId, actId: showBilling.actId, name: acts.name, role: showBilling.role })
    .from(showBilling)
    .innerJoin(acts, and(eq(acts.workspaceId, showBilling.workspaceId), eq(acts.id, showBilling.actId)))
    .where(
      and(
        eq(showBilling.workspaceId, workspaceId),
        inArray(
          showBilling.showId,
          db
            .select({ id: shows.id })
            .from(shows)
            .where(and(eq(shows.workspaceId, workspaceId), where)),
        ),
      ),
    )
    .orderBy(asc(showBilling.position), asc(acts.name))
  const offersOf = await offersOfShows(
    db,
    workspaceId,
    rows.map((r) => r.id),
  )
  const billingOf = new Map<string, typeof bills>()
  for (const b of bills) billingOf.set(b.showId, [...(billingOf.get(b.showId) ?? []), b])
  return rows.map((r) => ({
    id: r.id,
    headliner: { actId: r.actId, name: r.actName },
    billing: (billingOf.get(r.id) ?? []).map((b) => ({ actId: b.actId, name: b.name, role: b.role as BillingRole })),
    localDate: r.localDate,
    times: { loadIn: r.loadIn, soundcheck: r.soundcheck, doors: r.doors, setStart: r.setStart, curfew: r.curfew },
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    status: r.status as ShowStatus,
    announcement: r.announcement as AnnouncementState,
    announceAt: r.announceAt,
    version: r.version,
    venue: { name: r.venueName, address: r.address, city: r.city, country: r.country, latitude: r.latitude, longitude: r.longitude, timeZone: r.timeZone },
    business: { lifecycle: r.lifecycle as ShowLifecycle, previousDates: r.previousDates, movedFrom: r.movedFrom, offers: offersOf.get(r.id) ?? [] },
  }))
}

/**
 * Every show an act headlines or is billed on, whatever its status or announcement: callers
 * decide what may be shown (isPublic in src/domain/public-shows.ts for anything public).
 */
export async function listShowsOfAct(db: Db, act: { workspaceId: string; id: string }): Promise<FeedShow[]> {
  const billed = db
    .select({ id: showBilling.showId })
    .from(showBilling)
    .where(and(eq(showBilling.workspaceId, act.workspaceId), eq(showBilling.actId, act.id)))
  return listFeedShows(db, act.workspaceId, or(eq(shows.actId, act.id), inArray(shows.id, billed)))
}

/** Shows by id in one workspace (a person's lineup), in time order. */
export async function listShowsById(db: Db, workspaceId: string, ids: string[]): Promise<FeedShow[]> {
  if (ids.length === 0) return []
  return listFeedShows(db, workspaceId, inArray(shows.id, ids))
}
