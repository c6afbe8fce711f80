import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { showOffers, shows, venues } from '../schema/index.ts'
import type { AnnouncementState, ShowStatus } from '../../domain/touring.ts'
import type { OfferKind, ShowBusiness, ShowLifecycle, TicketOffer } from '../../domain/tickets.ts'

/** The ticket offers of these shows, by show, in their listed order. */
export async function offersOfShows(db: Db, workspaceId: string, showIds: readonly string[]): Promise<Map<string, TicketOffer[]>> {
  const byShow = new Map<string, TicketOffer[]>()
  if (showIds.length === 0) return byShow
  const rows = await db
    .select()
    .from(showOffers)
    .where(and(eq(showOffers.workspaceId, workspaceId), inArray(showOffers.showId, [...showIds])))
    .orderBy(asc(showOffers.showId), asc(showOffers.position))
  for (const r of rows) {
    const offer: TicketOffer = {
      kind: r.kind as OfferKind,
      label: r.label,
      url: r.url,
      onSaleLocal: r.onSaleLocal,
      onSaleAt: r.onSaleAt,
      soldOut: r.soldOut,
      priceMinor: r.priceMinor,
      currency: r.currency,
    }
    byShow.set(r.showId, [...(byShow.get(r.showId) ?? []), offer])
  }
  return byShow
}

/** What a ticket edit needs of the show: its version, zone, end, public state and business. */
export interface ShowForTickets {
  version: number
  status: ShowStatus
  announcement: AnnouncementState
  announceAt: Date | null
  localDate: string
  startsAt: Date
  endsAt: Date
  timeZone: string
  venueId: string
  venue: { name: string; city: string; country: string }
  business: ShowBusiness
}

export async function showForTickets(db: Db, workspaceId: string, showId: string): Promise<ShowForTickets | null> {
  const [row] = await db
    .select({
      version: shows.version,
      status: shows.status,
      announcement: shows.announcement,
      announceAt: shows.announceAt,
      localDate: shows.localDate,
      startsAt: shows.startsAt,
      endsAt: shows.endsAt,
      lifecycle: shows.lifecycle,
      previousDates: shows.previousDates,
      movedFrom: shows.movedFrom,
      venueId: shows.venueId,
      timeZone: venues.timeZone,
      venueName: venues.name,
      city: venues.city,
      country: venues.country,
    })
    .from(shows)
    .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, showId)))
  if (!row) return null
  const offers = (await offersOfShows(db, workspaceId, [showId])).get(showId) ?? []
  return {
    version: row.version,
    status: row.status as ShowStatus,
    announcement: row.announcement as AnnouncementState,
    announceAt: row.announceAt,
    localDate: row.localDate,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    venueId: row.venueId,
    venue: { name: row.venueName, city: row.city, country: row.country },
    business: { lifecycle: row.lifecycle as ShowLifecycle, previousDates: row.previousDates, movedFrom: row.movedFrom, offers },
  }
}
