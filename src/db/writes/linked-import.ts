import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { Db } from '../client.ts'
import {
  actMemberships,
  acts,
  editions,
  externalIds,
  people,
  recordings,
  releaseGroups,
  workWriters,
  works,
  workspaces,
  type ExternalEntityKind,
} from '../schema/index.ts'
import { ImportedActsAndPeople } from './linked-import-people.ts'
import { ImportedReleases } from './linked-import-releases.ts'
import { ImportedWorks } from './linked-import-works.ts'

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

/**
 * The reads and writes of an import that finds its records again through `external_ids` (one
 * source, one workspace, inside the caller's transaction). The use case decides what to match,
 * create or fill in; this is only how each of those is stored: the links here, each aggregate's
 * records in its own store (`people`, `works`, `releases`).
 */
export class LinkedImportStore {
  readonly people: ImportedActsAndPeople
  readonly works: ImportedWorks
  readonly releases: ImportedReleases

  constructor(
    private readonly tx: Db,
    private readonly ws: string,
    private readonly source: typeof externalIds.$inferInsert.source,
    private readonly now: Date,
  ) {
    this.people = new ImportedActsAndPeople(tx, ws, now)
    this.works = new ImportedWorks(tx, ws, now)
    this.releases = new ImportedReleases(tx, ws, now)
  }

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
}

/** How many works of the workspace have writers without splits (the "splits to fill" list). */
export async function countWorksNeedingSplits(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${workWriters.workId})::int` })
    .from(workWriters)
    .where(and(eq(workWriters.workspaceId, workspaceId), isNull(workWriters.shareBp)))
  return row?.n ?? 0
}
