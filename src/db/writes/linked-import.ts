import { and, eq, inArray, isNull, max, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { Db } from '../client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState } from '../errors.ts'
import {
  actMemberships,
  acts,
  editions,
  externalIds,
  people,
  recordingFeatured,
  recordings,
  releaseGroups,
  tracks,
  workWriters,
  works,
  workspaces,
  type ExternalEntityKind,
} from '../schema/index.ts'

/** The table of each kind of linked record (all have workspace_id and id). */
const TABLE_OF: Record<ExternalEntityKind, PgTable> = {
  person: people,
  act: acts,
  membership: actMemberships,
  work: works,
  recording: recordings,
  'release-group': releaseGroups,
  edition: editions,
}

type MembershipRow = typeof actMemberships.$inferSelect
type RecordingFill = Partial<Pick<typeof recordings.$inferInsert, 'workId' | 'durationSeconds' | 'recordedOn'>>
type EditionFill = Partial<Pick<typeof editions.$inferInsert, 'releaseDate' | 'format' | 'barcode'>>

/**
 * The reads and writes of an import that finds its records again through `external_ids` (one
 * source, one workspace, inside the caller's transaction). The use case decides what to match,
 * create or fill in; this is only how each of those is stored.
 */
export class LinkedImportStore {
  constructor(
    private readonly tx: Db,
    private readonly ws: string,
    private readonly source: typeof externalIds.$inferInsert.source,
    private readonly now: Date,
  ) {}

  async workspaceExists(): Promise<boolean> {
    const [ws] = await this.tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, this.ws))
    return Boolean(ws)
  }

  /** The record an identifier of the source points at, when that record still exists. */
  async linked(kind: ExternalEntityKind, externalId: string): Promise<string | null> {
    const [row] = await this.tx
      .select({ entityId: externalIds.entityId })
      .from(externalIds)
      .where(
        and(
          eq(externalIds.workspaceId, this.ws),
          eq(externalIds.source, this.source),
          eq(externalIds.entityKind, kind),
          eq(externalIds.externalId, externalId),
        ),
      )
    if (!row) return null
    // Every table of TABLE_OF has these two columns; typed as one of them to build the query.
    const table = TABLE_OF[kind] as typeof people
    const [exists] = await this.tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.workspaceId, this.ws), eq(table.id, row.entityId)))
    // A record deleted since the last import is created again; link() re-points the identifier.
    return exists ? row.entityId : null
  }

  async link(kind: ExternalEntityKind, externalId: string, entityId: string): Promise<void> {
    await this.tx
      .insert(externalIds)
      .values({ workspaceId: this.ws, source: this.source, entityKind: kind, externalId, entityId, createdAt: this.now })
      .onConflictDoUpdate({ target: [externalIds.workspaceId, externalIds.source, externalIds.entityKind, externalIds.externalId], set: { entityId } })
  }

  /** Of these records, the ones no identifier of the source points at yet (safe to match by name). */
  async unlinked(kind: ExternalEntityKind, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return []
    const taken = await this.tx
      .select({ id: externalIds.entityId })
      .from(externalIds)
      .where(
        and(eq(externalIds.workspaceId, this.ws), eq(externalIds.source, this.source), eq(externalIds.entityKind, kind), inArray(externalIds.entityId, ids)),
      )
    const linked = new Set(taken.map((r) => r.id))
    return ids.filter((id) => !linked.has(id))
  }

  async actSlugs(): Promise<string[]> {
    return (await this.tx.select({ slug: acts.slug }).from(acts).where(eq(acts.workspaceId, this.ws))).map((r) => r.slug)
  }

  /** Acts of this name, case aside. */
  async actsNamed(name: string): Promise<string[]> {
    const rows = await this.tx
      .select({ id: acts.id })
      .from(acts)
      .where(and(eq(acts.workspaceId, this.ws), sql`lower(${acts.name}) = lower(${name})`))
    return rows.map((r) => r.id)
  }

  async insertAct(act: { id: string; slug: string; name: string; kind: typeof acts.$inferInsert.kind; description: string }): Promise<void> {
    await this.tx.insert(acts).values({ workspaceId: this.ws, ...act, isInternal: false, createdAt: this.now, updatedAt: this.now })
  }

  /** People of this name, case aside. */
  async peopleNamed(name: string): Promise<string[]> {
    const rows = await this.tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.workspaceId, this.ws), sql`lower(${people.name}) = lower(${name})`))
    return rows.map((r) => r.id)
  }

  async insertPerson(id: string, name: string): Promise<void> {
    await this.tx.insert(people).values({ workspaceId: this.ws, id, name, createdAt: this.now, updatedAt: this.now })
  }

  /** Memberships of a person in an act that began on this day (or with no begin date). */
  async membershipsBegun(actId: string, personId: string, beginDate: string | null): Promise<string[]> {
    const rows = await this.tx
      .select({ id: actMemberships.id })
      .from(actMemberships)
      .where(
        and(
          eq(actMemberships.workspaceId, this.ws),
          eq(actMemberships.actId, actId),
          eq(actMemberships.personId, personId),
          beginDate ? eq(actMemberships.beginDate, beginDate) : isNull(actMemberships.beginDate),
        ),
      )
    return rows.map((r) => r.id)
  }

  async insertMembership(m: {
    id: string
    actId: string
    personId: string
    instruments: string[]
    beginDate: string | null
    endDate: string | null
  }): Promise<void> {
    await this.tx.insert(actMemberships).values({ workspaceId: this.ws, ...m, role: 'member' })
  }

  async membership(id: string): Promise<MembershipRow | undefined> {
    const [row] = await this.tx
      .select()
      .from(actMemberships)
      .where(and(eq(actMemberships.workspaceId, this.ws), eq(actMemberships.id, id)))
    return row
  }

  /** Fills in a membership's end date or instruments, raising its version. */
  async fillMembership(id: string, fill: { endDate?: string; instruments?: string[] }): Promise<void> {
    await this.tx
      .update(actMemberships)
      .set({ ...fill, version: sql`${actMemberships.version} + 1` })
      .where(and(eq(actMemberships.workspaceId, this.ws), eq(actMemberships.id, id)))
  }

  async writersOf(workId: string): Promise<{ personId: string; shareBp: number | null; position: number }[]> {
    return this.tx
      .select({ personId: workWriters.personId, shareBp: workWriters.shareBp, position: workWriters.position })
      .from(workWriters)
      .where(and(eq(workWriters.workspaceId, this.ws), eq(workWriters.workId, workId)))
  }

  /** Adds writers with their roles and no shares (splits to fill). */
  async addWritersWithoutShares(workId: string, writers: { personId: string; position: number; role: string }[]): Promise<void> {
    await this.tx.insert(workWriters).values(writers.map((w) => ({ workspaceId: this.ws, workId, ...w, shareBp: null })))
  }

  /** Works whose ISWC has these digits (punctuation aside). */
  async worksWithIswcDigits(digits: string): Promise<string[]> {
    const rows = await this.tx
      .select({ id: works.id })
      .from(works)
      .where(and(eq(works.workspaceId, this.ws), sql`regexp_replace(${works.iswc}, '[^0-9]', '', 'g') = ${digits}`))
    return rows.map((r) => r.id)
  }

  async work(id: string): Promise<typeof works.$inferSelect | undefined> {
    const [row] = await this.tx
      .select()
      .from(works)
      .where(and(eq(works.workspaceId, this.ws), eq(works.id, id)))
    return row
  }

  async insertWork(work: { id: string; title: string; iswc?: string | null }): Promise<void> {
    await this.tx.insert(works).values({ workspaceId: this.ws, ...work, createdAt: this.now, updatedAt: this.now })
  }

  /** Raises a work's version (its writers changed), filling in its ISWC when given. */
  async touchWork(id: string, fill: { iswc?: string | null }): Promise<void> {
    await this.tx
      .update(works)
      .set({ ...fill, version: sql`${works.version} + 1`, updatedAt: this.now })
      .where(and(eq(works.workspaceId, this.ws), eq(works.id, id)))
  }

  async hasWriters(workId: string): Promise<boolean> {
    const [writer] = await this.tx
      .select({ personId: workWriters.personId })
      .from(workWriters)
      .where(and(eq(workWriters.workspaceId, this.ws), eq(workWriters.workId, workId)))
      .limit(1)
    return Boolean(writer)
  }

  async hasRecordings(workId: string): Promise<boolean> {
    const [used] = await this.tx
      .select({ id: recordings.id })
      .from(recordings)
      .where(and(eq(recordings.workspaceId, this.ws), eq(recordings.workId, workId)))
      .limit(1)
    return Boolean(used)
  }

  /** Deletes a work in a savepoint: a reference from elsewhere (a hold, a pitch) keeps it without failing the import. */
  async deleteWorkUnlessReferenced(workId: string): Promise<void> {
    try {
      await this.tx.transaction(async (sp) => {
        await sp.delete(works).where(and(eq(works.workspaceId, this.ws), eq(works.id, workId)))
      })
    } catch (err) {
      if (sqlState(err) !== FOREIGN_KEY_VIOLATION) throw err
    }
  }

  async recording(id: string): Promise<{ workId: string; durationSeconds: number | null; recordedOn: string | null } | undefined> {
    const [row] = await this.tx
      .select({ workId: recordings.workId, durationSeconds: recordings.durationSeconds, recordedOn: recordings.recordedOn })
      .from(recordings)
      .where(and(eq(recordings.workspaceId, this.ws), eq(recordings.id, id)))
    return row
  }

  async fillRecording(id: string, fill: RecordingFill): Promise<void> {
    await this.tx
      .update(recordings)
      .set({ ...fill, version: sql`${recordings.version} + 1`, updatedAt: this.now })
      .where(and(eq(recordings.workspaceId, this.ws), eq(recordings.id, id)))
  }

  async insertRecording(
    rec: {
      id: string
      workId: string
      actId: string
      title: string | null
      kind: typeof recordings.$inferInsert.kind
      durationSeconds: number | null
      recordedOn: string | null
    },
    featured: string[],
  ): Promise<void> {
    await this.tx.insert(recordings).values({ workspaceId: this.ws, ...rec, createdAt: this.now, updatedAt: this.now })
    if (featured.length)
      await this.tx.insert(recordingFeatured).values(featured.map((actId, position) => ({ workspaceId: this.ws, recordingId: rec.id, actId, position })))
  }

  async releaseGroupOfEdition(editionId: string): Promise<string | null> {
    const [row] = await this.tx
      .select({ groupId: editions.releaseGroupId })
      .from(editions)
      .where(and(eq(editions.workspaceId, this.ws), eq(editions.id, editionId)))
    return row?.groupId ?? null
  }

  async insertReleaseGroup(group: { id: string; actId: string; title: string; kind: typeof releaseGroups.$inferInsert.kind; notes: string }): Promise<void> {
    await this.tx.insert(releaseGroups).values({ workspaceId: this.ws, ...group, createdAt: this.now, updatedAt: this.now })
  }

  /** Raises a release group's version (an edition of it changed). */
  async touchReleaseGroup(id: string): Promise<void> {
    await this.tx
      .update(releaseGroups)
      .set({ version: sql`${releaseGroups.version} + 1`, updatedAt: this.now })
      .where(and(eq(releaseGroups.workspaceId, this.ws), eq(releaseGroups.id, id)))
  }

  /** How many editions a release group has, and its last position (null when none). */
  async editionSlots(groupId: string): Promise<{ last: number | null; count: number }> {
    const [row] = await this.tx
      .select({ n: max(editions.position), count: sql<number>`count(*)::int` })
      .from(editions)
      .where(and(eq(editions.workspaceId, this.ws), eq(editions.releaseGroupId, groupId)))
    return { last: row?.n ?? null, count: row?.count ?? 0 }
  }

  async insertEdition(edition: {
    id: string
    releaseGroupId: string
    position: number
    name: string
    releaseDate: string | null
    format: string | null
    barcode: string | null
  }): Promise<void> {
    await this.tx.insert(editions).values({ workspaceId: this.ws, ...edition })
  }

  async edition(id: string): Promise<typeof editions.$inferSelect | undefined> {
    const [row] = await this.tx
      .select()
      .from(editions)
      .where(and(eq(editions.workspaceId, this.ws), eq(editions.id, id)))
    return row
  }

  async fillEdition(id: string, fill: EditionFill): Promise<void> {
    await this.tx
      .update(editions)
      .set(fill)
      .where(and(eq(editions.workspaceId, this.ws), eq(editions.id, id)))
  }

  async trackCount(editionId: string): Promise<number> {
    const [have] = await this.tx
      .select({ n: sql<number>`count(*)::int` })
      .from(tracks)
      .where(and(eq(tracks.workspaceId, this.ws), eq(tracks.editionId, editionId)))
    return have?.n ?? 0
  }

  async insertTracks(editionId: string, rows: { medium: number; position: number; recordingId: string }[]): Promise<void> {
    await this.tx.insert(tracks).values(rows.map((t) => ({ workspaceId: this.ws, editionId, ...t })))
  }

  /** Of these works, how many have writers without splits. */
  async worksWithOpenSplits(workIds: string[]): Promise<number> {
    if (workIds.length === 0) return 0
    const pending = await this.tx
      .selectDistinct({ workId: workWriters.workId })
      .from(workWriters)
      .where(and(eq(workWriters.workspaceId, this.ws), inArray(workWriters.workId, workIds), isNull(workWriters.shareBp)))
    return pending.length
  }
}

/** How many works of the workspace have writers without splits (the "splits to fill" list). */
export async function countWorksNeedingSplits(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${workWriters.workId})::int` })
    .from(workWriters)
    .where(and(eq(workWriters.workspaceId, workspaceId), isNull(workWriters.shareBp)))
  return row?.n ?? 0
}
