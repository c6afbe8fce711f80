import { and, eq, max, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { editions, releaseGroups, tracks } from '../schema/index.ts'

type EditionFill = Partial<Pick<typeof editions.$inferInsert, 'releaseDate' | 'format' | 'barcode'>>

/** Release groups, their editions and tracks, as an import that links them stores them (the workspace's, inside the caller's transaction). */
export class ImportedReleases {
  constructor(
    private readonly tx: Db,
    private readonly ws: string,
    private readonly now: Date,
  ) {}

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
}
