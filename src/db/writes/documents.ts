import { and, eq, inArray, notInArray, sql, type InferInsertModel } from 'drizzle-orm'
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core'
import { uuidv7 } from 'uuidv7'
import type { Db } from '../client.ts'
import {
  actMemberships,
  actPlannerSettings,
  acts,
  awardNominations,
  blockouts,
  chartEntries,
  commitmentPeople,
  commitments,
  editions,
  hotelRoomGuests,
  hotelRooms,
  hotelStays,
  travelJourneys,
  travelPassengers,
  travelSegmentPassengers,
  travelSegments,
  organizations,
  people,
  pitches,
  placements,
  recordingFeatured,
  recordingLeads,
  recordings,
  releaseGroups,
  scheduleItemPeople,
  scheduleItems,
  scheduleTemplates,
  showBilling,
  showOffers,
  showSettlements,
  guestAllotments,
  guestLists,
  guestRequests,
  showLineup,
  shows,
  tourDays,
  tourLegs,
  tours,
  tracks,
  venues,
  workHolds,
  workWriters,
  works,
} from '../schema/index.ts'

/** A workspace's versioned document table: keyed by (workspace_id, id), with a version every edit raises. */
type DocumentTable = PgTable & { workspaceId: AnyPgColumn; id: AnyPgColumn; version: AnyPgColumn }

/** The writes of one kind of versioned document (ADR 003: every key leads with workspace_id). */
export interface DocumentWrites<T extends DocumentTable> {
  insert(db: Db, row: InferInsertModel<T>): Promise<void>
  /** Sets these columns and raises the version, only while the version is `expectedVersion` when one is given; rows changed. */
  update(db: Db, workspaceId: string, id: string, set: Partial<InferInsertModel<T>>, expectedVersion?: number): Promise<number>
  /** Rows deleted (0 or 1), only at `expectedVersion` when one is given; a row still referenced fails with the driver's foreign-key violation. */
  delete(db: Db, workspaceId: string, id: string, expectedVersion?: number): Promise<number>
  /** The current version, or null when there is no such document. */
  version(db: Db, workspaceId: string, id: string): Promise<number | null>
}

function documentWrites<T extends DocumentTable>(table: T): DocumentWrites<T> {
  // Every DocumentTable has these columns; typed as one of them to build the statements.
  const t = table as unknown as typeof people
  const key = (workspaceId: string, id: string) => and(eq(t.workspaceId, workspaceId), eq(t.id, id))
  return {
    async insert(db, row) {
      await db.insert(t).values(row as typeof people.$inferInsert)
    },
    async update(db, workspaceId, id, set, expectedVersion) {
      const rows = await db
        .update(t)
        .set({ ...(set as Partial<typeof people.$inferInsert>), version: sql`${t.version} + 1` })
        .where(expectedVersion === undefined ? key(workspaceId, id) : and(key(workspaceId, id), eq(t.version, expectedVersion)))
        .returning({ id: t.id })
      return rows.length
    },
    async delete(db, workspaceId, id, expectedVersion) {
      const where = expectedVersion === undefined ? key(workspaceId, id) : and(key(workspaceId, id), eq(t.version, expectedVersion))
      return (await db.delete(t).where(where).returning({ id: t.id })).length
    },
    async version(db, workspaceId, id) {
      const [row] = await db.select({ version: t.version }).from(t).where(key(workspaceId, id))
      return row?.version ?? null
    },
  }
}

/** A list owned by one document (a work's writers, a show's billing): replaced as a whole when the document is saved. */
type ListTable = PgTable & { workspaceId: AnyPgColumn }

export interface ListWrites<T extends ListTable> {
  insert(db: Db, rows: InferInsertModel<T>[]): Promise<void>
  /** Deletes the list of this owner. */
  clear(db: Db, workspaceId: string, ownerId: string): Promise<void>
  /** The list of this owner becomes `rows`. */
  replace(db: Db, workspaceId: string, ownerId: string, rows: InferInsertModel<T>[]): Promise<void>
}

function listWrites<T extends ListTable>(table: T, owner: (t: T) => AnyPgColumn): ListWrites<T> {
  const t = table as unknown as typeof workWriters
  const ownerColumn = owner(table)
  const insert = async (db: Db, rows: InferInsertModel<T>[]) => {
    if (rows.length) await db.insert(t).values(rows as (typeof workWriters.$inferInsert)[])
  }
  const clear = async (db: Db, workspaceId: string, ownerId: string) => {
    await db.delete(t).where(and(eq(t.workspaceId, workspaceId), eq(ownerColumn, ownerId)))
  }
  return {
    insert,
    clear,
    async replace(db, workspaceId, ownerId, rows) {
      await clear(db, workspaceId, ownerId)
      await insert(db, rows)
    },
  }
}

export const actRows = documentWrites(acts)
export const membershipRows = documentWrites(actMemberships)

/** A membership of this act: changed only while at `expectedVersion`, raising it; rows changed. */
export async function updateMembershipOfAct(
  db: Db,
  workspaceId: string,
  actId: string,
  id: string,
  set: Partial<typeof actMemberships.$inferInsert>,
  expectedVersion: number,
): Promise<number> {
  const rows = await db
    .update(actMemberships)
    .set({ ...set, version: sql`${actMemberships.version} + 1` })
    .where(
      and(eq(actMemberships.workspaceId, workspaceId), eq(actMemberships.actId, actId), eq(actMemberships.id, id), eq(actMemberships.version, expectedVersion)),
    )
    .returning({ id: actMemberships.id })
  return rows.length
}

/** Deletes a membership of this act; rows deleted. */
export async function deleteMembershipOfAct(db: Db, workspaceId: string, actId: string, id: string): Promise<number> {
  const rows = await db
    .delete(actMemberships)
    .where(and(eq(actMemberships.workspaceId, workspaceId), eq(actMemberships.actId, actId), eq(actMemberships.id, id)))
    .returning({ id: actMemberships.id })
  return rows.length
}
export const personRows = documentWrites(people)
export const organizationRows = documentWrites(organizations)
export const workRows = documentWrites(works)
export const workWriterRows = listWrites(workWriters, (t) => t.workId)
export const recordingRows = documentWrites(recordings)
export const recordingLeadRows = listWrites(recordingLeads, (t) => t.recordingId)
export const recordingFeaturedRows = listWrites(recordingFeatured, (t) => t.recordingId)
export const releaseGroupRows = documentWrites(releaseGroups)
export const placementRows = documentWrites(placements)
export const holdRows = documentWrites(workHolds)
export const pitchRows = documentWrites(pitches)
export const venueRows = documentWrites(venues)
export const tourRows = documentWrites(tours)
export const showRows = documentWrites(shows)
export const showBillingRows = listWrites(showBilling, (t) => t.showId)
export const showOfferRows = listWrites(showOffers, (t) => t.showId)
export const showSettlementRows = documentWrites(showSettlements)
export const guestListRows = documentWrites(guestLists)
export const guestAllotmentRows = listWrites(guestAllotments, (t) => t.showId)
export const guestRequestRows = documentWrites(guestRequests)
export const showLineupRows = listWrites(showLineup, (t) => t.showId)
export const commitmentRows = documentWrites(commitments)
export const commitmentPeopleRows = listWrites(commitmentPeople, (t) => t.commitmentId)
export const blockoutRows = documentWrites(blockouts)
export const chartEntryRows = documentWrites(chartEntries)
export const awardNominationRows = documentWrites(awardNominations)
export const tourDayRows = documentWrites(tourDays)
export const scheduleItemRows = documentWrites(scheduleItems)
/** The lines of a day, removed as a whole when a default schedule replaces them. */
export const dayItemRows = listWrites(scheduleItems, (t) => t.dayId)
export const scheduleItemPeopleRows = listWrites(scheduleItemPeople, (t) => t.itemId)
export const scheduleTemplateRows = documentWrites(scheduleTemplates)
export const hotelStayRows = documentWrites(hotelStays)
/** A stay's room list, replaced as a whole when the stay is saved (its guests go with their rooms). */
export const hotelRoomRows = listWrites(hotelRooms, (t) => t.stayId)
export const hotelRoomGuestRows = listWrites(hotelRoomGuests, (t) => t.roomId)
export const travelJourneyRows = documentWrites(travelJourneys)
/** A journey's segments and passengers, replaced as wholes when the journey is saved. */
export const travelSegmentRows = listWrites(travelSegments, (t) => t.journeyId)
export const travelPassengerRows = listWrites(travelPassengers, (t) => t.journeyId)
export const travelSegmentPassengerRows = listWrites(travelSegmentPassengers, (t) => t.journeyId)

/** An edition as a release group document gives it: its id when it is kept, its track list. */
export interface EditionInput {
  id?: string | null
  name: string
  releaseDate: string | null
  preorderDate: string | null
  format: string | null
  barcode: string | null
  tracks: { medium: number; position: number; recordingId: string }[]
}

/** Replaces a release group's editions and track lists wholesale, keeping the ids of editions given with one. */
export async function replaceEditions(db: Db, workspaceId: string, releaseGroupId: string, given: EditionInput[]): Promise<void> {
  const keptIds = given.flatMap((e) => (e.id ? [e.id] : []))
  const ofGroup = and(eq(editions.workspaceId, workspaceId), eq(editions.releaseGroupId, releaseGroupId))
  await db.delete(editions).where(keptIds.length ? and(ofGroup, notInArray(editions.id, keptIds)) : ofGroup)
  if (keptIds.length) await db.delete(tracks).where(and(eq(tracks.workspaceId, workspaceId), inArray(tracks.editionId, keptIds)))
  for (const [position, e] of given.entries()) {
    const columns = { position, name: e.name, releaseDate: e.releaseDate, preorderDate: e.preorderDate, format: e.format, barcode: e.barcode }
    const editionId = e.id ?? uuidv7()
    if (e.id)
      await db
        .update(editions)
        .set(columns)
        .where(and(eq(editions.workspaceId, workspaceId), eq(editions.id, e.id)))
    else await db.insert(editions).values({ workspaceId, id: editionId, releaseGroupId, ...columns })
    // One insert per edition keeps the statement well under PostgreSQL's parameter limit.
    if (e.tracks.length)
      await db.insert(tracks).values(e.tracks.map((t) => ({ workspaceId, editionId, medium: t.medium, position: t.position, recordingId: t.recordingId })))
  }
}

/** Replaces a tour's legs wholesale in this order, keeping the ids given (a leg not kept is deleted). */
export async function replaceTourLegs(db: Db, workspaceId: string, tourId: string, legs: { id?: string | null; name: string; notes: string }[]): Promise<void> {
  const keptIds = legs.flatMap((l) => (l.id ? [l.id] : []))
  const ofTour = and(eq(tourLegs.workspaceId, workspaceId), eq(tourLegs.tourId, tourId))
  await db.delete(tourLegs).where(keptIds.length ? and(ofTour, notInArray(tourLegs.id, keptIds)) : ofTour)
  for (const [position, leg] of legs.entries()) {
    const columns = { position, name: leg.name, notes: leg.notes }
    if (leg.id)
      await db
        .update(tourLegs)
        .set(columns)
        .where(and(eq(tourLegs.workspaceId, workspaceId), eq(tourLegs.id, leg.id)))
    else await db.insert(tourLegs).values({ workspaceId, id: uuidv7(), tourId, ...columns })
  }
}

/** Deletes a hold on this work; rows deleted. */
export async function deleteHoldOfWork(db: Db, workspaceId: string, workId: string, id: string): Promise<number> {
  const rows = await db
    .delete(workHolds)
    .where(and(eq(workHolds.workspaceId, workspaceId), eq(workHolds.workId, workId), eq(workHolds.id, id)))
    .returning({ id: workHolds.id })
  return rows.length
}

/** The act's first planner settings; false when the act has some already (nothing written). */
export async function insertPlannerSettings(db: Db, row: { workspaceId: string; actId: string; settings: unknown; updatedAt: Date }): Promise<boolean> {
  const inserted = await db.insert(actPlannerSettings).values(row).onConflictDoNothing().returning({ actId: actPlannerSettings.actId })
  return inserted.length > 0
}

/** Replaces the act's planner settings while they are at `expectedVersion`, raising it; rows changed. */
export async function updatePlannerSettings(
  db: Db,
  workspaceId: string,
  actId: string,
  set: { settings: unknown; updatedAt: Date },
  expectedVersion: number,
): Promise<number> {
  const updated = await db
    .update(actPlannerSettings)
    .set({ ...set, version: sql`${actPlannerSettings.version} + 1` })
    .where(and(eq(actPlannerSettings.workspaceId, workspaceId), eq(actPlannerSettings.actId, actId), eq(actPlannerSettings.version, expectedVersion)))
    .returning({ actId: actPlannerSettings.actId })
  return updated.length
}

/** A day's last change, moved by an edit of one of its lines (its version stays: the day itself was not edited). */
export async function touchTourDay(db: Db, workspaceId: string, id: string, at: Date): Promise<void> {
  await db
    .update(tourDays)
    .set({ updatedAt: at })
    .where(and(eq(tourDays.workspaceId, workspaceId), eq(tourDays.id, id)))
}
