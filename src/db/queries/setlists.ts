import { and, asc, count, desc, eq, inArray, max, min, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client.ts'
import {
  actSetlistSettings,
  acts,
  editions,
  people,
  recordingLeads,
  recordings,
  setlistAnswers,
  setlistProposals,
  setlistVersions,
  showSetlists,
  shows,
  tourLegs,
  tours,
  tracks,
  venues,
  works,
} from '../schema/index.ts'
import type { SetlistEntry } from '../../contract/setlists.ts'

export type ProposalRow = typeof setlistProposals.$inferSelect
export type VersionRow = Omit<typeof setlistVersions.$inferSelect, 'entries'> & { entries: SetlistEntry[]; authorName: string }
export type AnswerRow = typeof setlistAnswers.$inferSelect & { personName: string; resultProposalId: string | null }
export type SettingsRow = typeof actSetlistSettings.$inferSelect

const NO_ID = '00000000-0000-0000-0000-000000000000'
const someIds = (ids: readonly string[]) => (ids.length ? [...ids] : [NO_ID])

export async function getProposalRow(db: Db, workspaceId: string, id: string): Promise<ProposalRow | null> {
  const [row] = await db
    .select()
    .from(setlistProposals)
    .where(and(eq(setlistProposals.workspaceId, workspaceId), eq(setlistProposals.id, id)))
  return row ?? null
}

/** Proposals of a workspace, newest first, with act and author names and how many versions each has. */
export async function listProposalRows(db: Db, workspaceId: string, filter: { actId?: string; status?: string }) {
  const where: SQL[] = [eq(setlistProposals.workspaceId, workspaceId)]
  if (filter.actId) where.push(eq(setlistProposals.actId, filter.actId))
  if (filter.status) where.push(eq(setlistProposals.status, filter.status))
  const versionCount = db
    .select({ proposalId: setlistVersions.proposalId, n: count().as('n') })
    .from(setlistVersions)
    .where(eq(setlistVersions.workspaceId, workspaceId))
    .groupBy(setlistVersions.proposalId)
    .as('vc')
  return db
    .select({ p: setlistProposals, actName: acts.name, authorName: people.name, versionCount: sql<number>`coalesce(${versionCount.n}, 0)::int` })
    .from(setlistProposals)
    .innerJoin(acts, and(eq(acts.workspaceId, setlistProposals.workspaceId), eq(acts.id, setlistProposals.actId)))
    .innerJoin(people, and(eq(people.workspaceId, setlistProposals.workspaceId), eq(people.id, setlistProposals.authorPersonId)))
    .leftJoin(versionCount, eq(versionCount.proposalId, setlistProposals.id))
    .where(and(...where))
    .orderBy(desc(setlistProposals.updatedAt), desc(setlistProposals.id))
}

function versionQuery(db: Db, where: SQL) {
  return db
    .select({ v: setlistVersions, authorName: people.name })
    .from(setlistVersions)
    .innerJoin(people, and(eq(people.workspaceId, setlistVersions.workspaceId), eq(people.id, setlistVersions.authorPersonId)))
    .where(where)
    .orderBy(asc(setlistVersions.number))
}

const toVersion = ({ v, authorName }: { v: typeof setlistVersions.$inferSelect; authorName: string }): VersionRow => ({
  ...v,
  entries: v.entries as SetlistEntry[],
  authorName,
})

export async function getVersionRow(db: Db, workspaceId: string, id: string): Promise<VersionRow | null> {
  const [row] = await versionQuery(db, and(eq(setlistVersions.workspaceId, workspaceId), eq(setlistVersions.id, id))!)
  return row ? toVersion(row) : null
}

/** Every version of a proposal in number order. */
export async function listVersionRows(db: Db, workspaceId: string, proposalId: string): Promise<VersionRow[]> {
  return (await versionQuery(db, and(eq(setlistVersions.workspaceId, workspaceId), eq(setlistVersions.proposalId, proposalId))!)).map(toVersion)
}

export async function nextVersionNumber(db: Db, workspaceId: string, proposalId: string): Promise<number> {
  const [row] = await db
    .select({ n: max(setlistVersions.number) })
    .from(setlistVersions)
    .where(and(eq(setlistVersions.workspaceId, workspaceId), eq(setlistVersions.proposalId, proposalId)))
  return (row?.n ?? 0) + 1
}

/** Answers to versions in the order given, with who gave them; a counter answer names the proposal it started. */
export async function listAnswerRows(db: Db, workspaceId: string, versionIds: readonly string[]): Promise<AnswerRow[]> {
  const result = db
    .select({ id: setlistVersions.id, proposalId: setlistVersions.proposalId })
    .from(setlistVersions)
    .where(eq(setlistVersions.workspaceId, workspaceId))
    .as('rv')
  const rows = await db
    .select({ a: setlistAnswers, personName: people.name, resultProposalId: result.proposalId })
    .from(setlistAnswers)
    .innerJoin(people, and(eq(people.workspaceId, setlistAnswers.workspaceId), eq(people.id, setlistAnswers.personId)))
    .leftJoin(result, eq(result.id, setlistAnswers.resultVersionId))
    .where(and(eq(setlistAnswers.workspaceId, workspaceId), inArray(setlistAnswers.versionId, someIds(versionIds))))
    .orderBy(asc(setlistAnswers.createdAt), asc(setlistAnswers.id))
  return rows.map(({ a, personName, resultProposalId }) => ({ ...a, personName, resultProposalId }))
}

export async function getSettingsRow(db: Db, workspaceId: string, actId: string): Promise<SettingsRow | null> {
  const [row] = await db
    .select()
    .from(actSetlistSettings)
    .where(and(eq(actSetlistSettings.workspaceId, workspaceId), eq(actSetlistSettings.actId, actId)))
  return row ?? null
}

/** What a set list needs to know about its recordings: title, act, duration, leads, needs, first release date. */
export async function listRecordingFacts(db: Db, workspaceId: string, ids: readonly string[]) {
  const rows = await db
    .select({
      id: recordings.id,
      actId: recordings.actId,
      title: sql<string>`coalesce(${recordings.title}, ${works.title})`,
      durationSeconds: recordings.durationSeconds,
      needs: recordings.needs,
    })
    .from(recordings)
    .innerJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .where(and(eq(recordings.workspaceId, workspaceId), inArray(recordings.id, someIds(ids))))
  const leads = await db
    .select({ recordingId: recordingLeads.recordingId, personId: recordingLeads.personId })
    .from(recordingLeads)
    .where(and(eq(recordingLeads.workspaceId, workspaceId), inArray(recordingLeads.recordingId, someIds(ids))))
    .orderBy(asc(recordingLeads.position))
  const released = await db
    .select({ recordingId: tracks.recordingId, first: min(editions.releaseDate) })
    .from(tracks)
    .innerJoin(editions, and(eq(editions.workspaceId, tracks.workspaceId), eq(editions.id, tracks.editionId)))
    .where(and(eq(tracks.workspaceId, workspaceId), inArray(tracks.recordingId, someIds(ids))))
    .groupBy(tracks.recordingId)
  const firstRelease = new Map(released.map((r) => [r.recordingId, r.first]))
  return rows.map((r) => ({
    ...r,
    leadPersonIds: leads.filter((l) => l.recordingId === r.id).map((l) => l.personId),
    firstReleaseDate: firstRelease.get(r.id) ?? null,
  }))
}

/** A human label for what a proposal is for: the show (venue, city, date), the leg or the tour. */
export async function targetLabel(db: Db, workspaceId: string, kind: string, id: string | null): Promise<string | null> {
  if (!id) return null
  if (kind === 'show') {
    const [r] = await db
      .select({ venue: venues.name, city: venues.city, date: shows.localDate })
      .from(shows)
      .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
      .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, id)))
    return r ? `${r.venue}, ${r.city}, ${r.date}` : null
  }
  if (kind === 'leg') {
    const [r] = await db
      .select({ name: tourLegs.name, tour: tours.name })
      .from(tourLegs)
      .innerJoin(tours, and(eq(tours.workspaceId, tourLegs.workspaceId), eq(tours.id, tourLegs.tourId)))
      .where(and(eq(tourLegs.workspaceId, workspaceId), eq(tourLegs.id, id)))
    return r ? `${r.tour}: ${r.name}` : null
  }
  const [r] = await db
    .select({ name: tours.name })
    .from(tours)
    .where(and(eq(tours.workspaceId, workspaceId), eq(tours.id, id)))
  return r?.name ?? null
}

/** The act a tour, leg or show belongs to, or null when the workspace has no such target. */
export async function actOfTarget(db: Db, workspaceId: string, kind: 'show' | 'leg' | 'tour', id: string): Promise<string | null> {
  if (kind === 'show') {
    const [r] = await db
      .select({ actId: shows.actId })
      .from(shows)
      .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, id)))
    return r?.actId ?? null
  }
  if (kind === 'leg') {
    const [r] = await db
      .select({ actId: tours.actId })
      .from(tourLegs)
      .innerJoin(tours, and(eq(tours.workspaceId, tourLegs.workspaceId), eq(tours.id, tourLegs.tourId)))
      .where(and(eq(tourLegs.workspaceId, workspaceId), eq(tourLegs.id, id)))
    return r?.actId ?? null
  }
  const [r] = await db
    .select({ actId: tours.actId })
    .from(tours)
    .where(and(eq(tours.workspaceId, workspaceId), eq(tours.id, id)))
  return r?.actId ?? null
}

/** The shows of one show, leg or tour, with their act. */
export async function listTargetShows(db: Db, workspaceId: string, kind: 'show' | 'leg' | 'tour', id: string) {
  const column = kind === 'show' ? shows.id : kind === 'leg' ? shows.legId : shows.tourId
  return db
    .select({ id: shows.id, actId: shows.actId })
    .from(shows)
    .where(and(eq(shows.workspaceId, workspaceId), eq(column, id)))
    .orderBy(asc(shows.startsAt))
}

export async function upsertShowSetlist(db: Db, row: typeof showSetlists.$inferInsert): Promise<void> {
  await db
    .insert(showSetlists)
    .values(row)
    .onConflictDoUpdate({
      target: [showSetlists.workspaceId, showSetlists.showId],
      set: { versionId: row.versionId, appliedBy: row.appliedBy, appliedAt: row.appliedAt },
    })
}

export async function getShowSetlistRow(db: Db, workspaceId: string, showId: string) {
  const [row] = await db
    .select()
    .from(showSetlists)
    .where(and(eq(showSetlists.workspaceId, workspaceId), eq(showSetlists.showId, showId)))
  return row ?? null
}

/** Marks the proposal agreed on this version, if it is still open. */
export async function markProposalAgreed(db: Db, workspaceId: string, proposalId: string, versionId: string, now: Date): Promise<void> {
  await db
    .update(setlistProposals)
    .set({ status: 'agreed', agreedVersionId: versionId, agreedAt: now, updatedAt: now })
    .where(and(eq(setlistProposals.workspaceId, workspaceId), eq(setlistProposals.id, proposalId), eq(setlistProposals.status, 'open')))
}

/**
 * Writes a version's new entries and note if it is still at `revision` (raising it), and touches
 * its proposal; returns the number of versions written (0: stale).
 */
export async function updateVersionEntries(
  db: Db,
  workspaceId: string,
  opts: { versionId: string; proposalId: string; revision: number; entries: SetlistEntry[]; note: string; now: Date },
): Promise<number> {
  const updated = await db
    .update(setlistVersions)
    .set({ entries: opts.entries, note: opts.note, revision: sql`${setlistVersions.revision} + 1`, updatedAt: opts.now })
    .where(and(eq(setlistVersions.workspaceId, workspaceId), eq(setlistVersions.id, opts.versionId), eq(setlistVersions.revision, opts.revision)))
    .returning({ id: setlistVersions.id })
  if (updated.length)
    await db
      .update(setlistProposals)
      .set({ updatedAt: opts.now })
      .where(and(eq(setlistProposals.workspaceId, workspaceId), eq(setlistProposals.id, opts.proposalId)))
  return updated.length
}

/**
 * Saves an act's set-list settings: version 0 (or none) inserts them unless they exist, a version
 * updates them while still current. Returns the rows written (0: stale, or already there).
 */
export async function saveSettingsRow(
  db: Db,
  workspaceId: string,
  actId: string,
  version: number | undefined,
  columns: Pick<SettingsRow, 'consensus' | 'deciderPersonIds' | 'countTouringMusicians' | 'rules'>,
): Promise<number> {
  if (!version) {
    const inserted = await db
      .insert(actSetlistSettings)
      .values({ workspaceId, actId, ...columns })
      .onConflictDoNothing()
      .returning({ actId: actSetlistSettings.actId })
    return inserted.length
  }
  const updated = await db
    .update(actSetlistSettings)
    .set({ ...columns, version: sql`${actSetlistSettings.version} + 1` })
    .where(and(eq(actSetlistSettings.workspaceId, workspaceId), eq(actSetlistSettings.actId, actId), eq(actSetlistSettings.version, version)))
    .returning({ actId: actSetlistSettings.actId })
  return updated.length
}
