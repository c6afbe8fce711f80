import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { actMoneySettings, acts, showLineup, showSettlements, shows, tourHomeCurrencies, tours, users, venues } from '../schema/index.ts'

/** A show's stored settlement terms, as written (ADR 040), and its approval (ADR 043). */
export interface StoredSettlement {
  version: number
  currency: string
  terms: unknown
  approvedAt: Date | null
  approvedBy: { userId: string; name: string } | null
}

/** What the sheet says about the show itself. */
export interface SettledShow {
  id: string
  actId: string
  actName: string
  tourId: string | null
  localDate: string
  venueName: string
  city: string
  country: string
}

/** Null when the workspace has no such show; `settlement` null when none is written yet. */
export async function settlementOfShow(
  db: Db,
  workspaceId: string,
  showId: string,
): Promise<{ show: SettledShow; settlement: StoredSettlement | null } | null> {
  const [row] = await db
    .select({
      show: {
        id: shows.id,
        actId: shows.actId,
        actName: acts.name,
        tourId: shows.tourId,
        localDate: shows.localDate,
        venueName: venues.name,
        city: venues.city,
        country: venues.country,
      },
      version: showSettlements.version,
      currency: showSettlements.currency,
      terms: showSettlements.terms,
      approvedAt: showSettlements.approvedAt,
      approvedBy: showSettlements.approvedBy,
      approverName: users.displayName,
    })
    .from(shows)
    .innerJoin(acts, and(eq(acts.workspaceId, shows.workspaceId), eq(acts.id, shows.actId)))
    .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
    .leftJoin(showSettlements, and(eq(showSettlements.workspaceId, shows.workspaceId), eq(showSettlements.id, shows.id)))
    .leftJoin(users, eq(users.id, showSettlements.approvedBy))
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, showId)))
  if (!row) return null
  if (row.version === null || row.currency === null) return { show: row.show, settlement: null }
  return {
    show: row.show,
    settlement: {
      version: row.version,
      currency: row.currency,
      terms: row.terms,
      approvedAt: row.approvedAt,
      approvedBy: row.approvedBy ? { userId: row.approvedBy, name: row.approverName ?? '' } : null,
    },
  }
}

/** Writes a show's first settlement; 0 when one was written meanwhile (the caller answers 409). */
export async function insertSettlementIfAbsent(db: Db, row: typeof showSettlements.$inferInsert): Promise<number> {
  return (await db.insert(showSettlements).values(row).onConflictDoNothing().returning({ id: showSettlements.id })).length
}

/** Approves (a user and an instant) or reopens (nulls) a settlement at its version; 0 when the version is stale. */
export async function setSettlementApproval(
  db: Db,
  workspaceId: string,
  showId: string,
  version: number,
  approval: { approvedAt: Date; approvedBy: string } | null,
  now: Date,
): Promise<number> {
  const rows = await db
    .update(showSettlements)
    .set({ approvedAt: approval?.approvedAt ?? null, approvedBy: approval?.approvedBy ?? null, version: version + 1, updatedAt: now })
    .where(and(eq(showSettlements.workspaceId, workspaceId), eq(showSettlements.id, showId), eq(showSettlements.version, version)))
    .returning({ id: showSettlements.id })
  return rows.length
}

/** An act's money settings; null when the workspace has no such act, the defaults when none are written. */
export async function moneySettingsOfAct(db: Db, workspaceId: string, actId: string): Promise<{ membersSeeDeal: boolean; version: number } | null> {
  const [row] = await db
    .select({ id: acts.id, membersSeeDeal: actMoneySettings.membersSeeDeal, version: actMoneySettings.version })
    .from(acts)
    .leftJoin(actMoneySettings, and(eq(actMoneySettings.workspaceId, acts.workspaceId), eq(actMoneySettings.actId, acts.id)))
    .where(and(eq(acts.workspaceId, workspaceId), eq(acts.id, actId)))
  if (!row) return null
  return { membersSeeDeal: row.membersSeeDeal ?? false, version: row.version ?? 0 }
}

/** Writes an act's money settings under its version (0: the first); the number of rows written (0: stale). */
export async function writeMoneySettings(db: Db, workspaceId: string, actId: string, membersSeeDeal: boolean, version: number): Promise<number> {
  if (version === 0)
    return (
      await db
        .insert(actMoneySettings)
        .values({ workspaceId, actId, membersSeeDeal, version: 1 })
        .onConflictDoNothing()
        .returning({ id: actMoneySettings.actId })
    ).length
  return (
    await db
      .update(actMoneySettings)
      .set({ membersSeeDeal, version: version + 1 })
      .where(and(eq(actMoneySettings.workspaceId, workspaceId), eq(actMoneySettings.actId, actId), eq(actMoneySettings.version, version)))
      .returning({ id: actMoneySettings.actId })
  ).length
}

/** Whether a person is on a show's lineup and the show's act lets its lineup see the deal. */
export async function personSeesDealOfShow(db: Db, workspaceId: string, showId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ on: actMoneySettings.membersSeeDeal })
    .from(shows)
    .innerJoin(showLineup, and(eq(showLineup.workspaceId, shows.workspaceId), eq(showLineup.showId, shows.id), eq(showLineup.personId, personId)))
    .innerJoin(actMoneySettings, and(eq(actMoneySettings.workspaceId, shows.workspaceId), eq(actMoneySettings.actId, shows.actId)))
    .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, showId)))
  return row?.on === true
}

/** A tour's name and home currency (null when none is set); null when the workspace has no such tour. */
export async function tourMoney(db: Db, workspaceId: string, tourId: string): Promise<{ name: string; homeCurrency: string | null } | null> {
  const [row] = await db
    .select({ name: tours.name, homeCurrency: tourHomeCurrencies.currency })
    .from(tours)
    .leftJoin(tourHomeCurrencies, and(eq(tourHomeCurrencies.workspaceId, tours.workspaceId), eq(tourHomeCurrencies.tourId, tours.id)))
    .where(and(eq(tours.workspaceId, workspaceId), eq(tours.id, tourId)))
  return row ?? null
}

export async function setTourHomeCurrency(db: Db, workspaceId: string, tourId: string, currency: string): Promise<void> {
  await db
    .insert(tourHomeCurrencies)
    .values({ workspaceId, tourId, currency })
    .onConflictDoUpdate({ target: [tourHomeCurrencies.workspaceId, tourHomeCurrencies.tourId], set: { currency } })
}

/** The settlements of a tour's shows, by date. */
export async function settlementsOfTour(db: Db, workspaceId: string, tourId: string) {
  return db
    .select({
      showId: shows.id,
      localDate: shows.localDate,
      city: venues.city,
      venueName: venues.name,
      currency: showSettlements.currency,
      terms: showSettlements.terms,
      approvedAt: showSettlements.approvedAt,
    })
    .from(showSettlements)
    .innerJoin(shows, and(eq(shows.workspaceId, showSettlements.workspaceId), eq(shows.id, showSettlements.id)))
    .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
    .where(and(eq(showSettlements.workspaceId, workspaceId), eq(shows.tourId, tourId)))
    .orderBy(asc(shows.localDate), asc(shows.id))
}
