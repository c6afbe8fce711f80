import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState } from '../errors.ts'
import { recordingFeatured, recordings, workWriters, works } from '../schema/index.ts'

type RecordingFill = Partial<Pick<typeof recordings.$inferInsert, 'workId' | 'durationSeconds' | 'recordedOn'>>

/** Works with their writers, and recordings, as an import that links them stores them (the workspace's, inside the caller's transaction). */
export class ImportedWorks {
  constructor(
    private readonly tx: Db,
    private readonly ws: string,
    private readonly now: Date,
  ) {}

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
