import { and, desc, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { acts, promoterLinks, showAdvance, shows, users, venueAdvance, venues } from '../schema/index.ts'
import { billedActIds, dayPeople } from './road.ts'

/** A show's advance as stored (null: never saved), with what the advance needs of the show; null when no such show. */
export async function showAdvanceOf(db: Db, workspaceId: string, showId: string) {
  const [row] = await db
    .select({
      showId: shows.id,
      actId: shows.actId,
      venueId: shows.venueId,
      localDate: shows.localDate,
      version: showAdvance.version,
      checklist: showAdvance.checklist,
      contacts: showAdvance.contacts,
      updatedAt: showAdvance.updatedAt,
    })
    .from(shows)
    .leftJoin(showAdvance, and(eq(showAdvance.workspaceId, shows.workspaceId), eq(showAdvance.id, shows.id)))
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, showId)))
  if (!row) return null
  const { version, checklist, contacts, updatedAt, ...show } = row
  return { show, advance: version === null ? null : { version, checklist, contacts, updatedAt: updatedAt! } }
}

/** A venue's kept facts and contacts (null: never saved); null when no such venue. */
export async function venueAdvanceOf(db: Db, workspaceId: string, venueId: string) {
  const [row] = await db
    .select({
      venueId: venues.id,
      version: venueAdvance.version,
      facts: venueAdvance.facts,
      contacts: venueAdvance.contacts,
      updatedAt: venueAdvance.updatedAt,
    })
    .from(venues)
    .leftJoin(venueAdvance, and(eq(venueAdvance.workspaceId, venues.workspaceId), eq(venueAdvance.id, venues.id)))
    .where(and(eq(venues.workspaceId, workspaceId), eq(venues.id, venueId)))
  if (!row) return null
  return {
    venueId: row.venueId,
    advance: row.version === null ? null : { version: row.version, facts: row.facts, contacts: row.contacts, updatedAt: row.updatedAt! },
  }
}

/**
 * The people on a show (ADR 037): its lineup, the members of its headliner and of every act billed
 * on it, and the touring crew (the same people a show day's "everyone" reaches, ADR 034).
 */
export async function peopleOnShow(db: Db, workspaceId: string, show: { showId: string; actId: string }): Promise<Set<string>> {
  const billed = await billedActIds(db, workspaceId, [show.showId])
  const actIds = [...new Set([show.actId, ...billed])]
  const { actParty, lineup, crew } = await dayPeople(db, workspaceId, actIds, [show.showId])
  return new Set([...lineup, ...crew, ...actIds.flatMap((a) => [...(actParty.get(a) ?? [])])])
}

export type PromoterLinkRow = typeof promoterLinks.$inferSelect

export async function promoterLinksOfShow(db: Db, workspaceId: string, showId: string): Promise<PromoterLinkRow[]> {
  return db
    .select()
    .from(promoterLinks)
    .where(and(eq(promoterLinks.workspaceId, workspaceId), eq(promoterLinks.showId, showId)))
    .orderBy(desc(promoterLinks.createdAt), desc(promoterLinks.id))
}

export async function promoterLinkOf(db: Db, workspaceId: string, showId: string, linkId: string): Promise<PromoterLinkRow | null> {
  const [row] = await db
    .select()
    .from(promoterLinks)
    .where(and(eq(promoterLinks.workspaceId, workspaceId), eq(promoterLinks.showId, showId), eq(promoterLinks.id, linkId)))
  return row ?? null
}

/** The link a promoter's token hashes to, with what the form shows of its show (no workspace: the token is the key). */
export async function promoterLinkByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      link: promoterLinks,
      actName: acts.name,
      venueId: venues.id,
      venueName: venues.name,
      city: venues.city,
      localDate: shows.localDate,
    })
    .from(promoterLinks)
    .innerJoin(shows, and(eq(shows.workspaceId, promoterLinks.workspaceId), eq(shows.id, promoterLinks.showId)))
    .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
    .innerJoin(acts, and(eq(acts.workspaceId, shows.workspaceId), eq(acts.id, shows.actId)))
    .where(eq(promoterLinks.tokenHash, tokenHash))
  return row ?? null
}

/** An account's display name (who marked an advance item done when they have no person in the workspace). */
export async function userDisplayName(db: Db, userId: string): Promise<string> {
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId))
  return row?.name ?? 'Someone'
}
