import { and, asc, count, eq, ilike, inArray, or } from 'drizzle-orm'
import type { z } from 'zod'
import type { Db } from '../client.ts'
import { people, recordings, workWriters, works } from '../schema/index.ts'
import type { Work, WorkListEntrySchema } from '../../contract/catalog.ts'
import { basisPointsToPercent } from '../../domain/writer-shares.ts'
import { likePattern } from './people.ts'
import { listRecordingSummaries } from './recordings.ts'

export type WorkListEntry = z.infer<typeof WorkListEntrySchema>

/** Works of a workspace by title (or ISWC), each with its writers' names and how many recordings it has. */
export async function listWorks(db: Db, workspaceId: string, opts: { q?: string } = {}): Promise<WorkListEntry[]> {
  const filters = [eq(works.workspaceId, workspaceId)]
  if (opts.q) filters.push(or(ilike(works.title, likePattern(opts.q)), ilike(works.iswc, likePattern(opts.q)))!)
  const rows = await db
    .select({ id: works.id, title: works.title })
    .from(works)
    .where(and(...filters))
    .orderBy(asc(works.title), asc(works.id))
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const writers = await listWriters(db, workspaceId, ids)
  const counts = await db
    .select({ workId: recordings.workId, n: count() })
    .from(recordings)
    .where(and(eq(recordings.workspaceId, workspaceId), inArray(recordings.workId, ids)))
    .groupBy(recordings.workId)
  const countOf = new Map(counts.map((c) => [c.workId, Number(c.n)]))
  return rows.map((w) => {
    const own = writers.filter((x) => x.workId === w.id)
    return {
      id: w.id,
      title: w.title,
      writers: own.map((x) => x.personName),
      recordingCount: countOf.get(w.id) ?? 0,
      splitsPending: own.some((x) => x.sharePercent === null),
    }
  })
}

export async function getWork(db: Db, workspaceId: string, id: string): Promise<Work | null> {
  const [w] = await db
    .select()
    .from(works)
    .where(and(eq(works.workspaceId, workspaceId), eq(works.id, id)))
  if (!w) return null
  const writers = await listWriters(db, workspaceId, [id])
  return {
    id: w.id,
    title: w.title,
    iswc: w.iswc,
    notes: w.notes,
    version: w.version,
    writers: writers.map(({ personId, personName, role, sharePercent }) => ({ personId, personName, role, sharePercent })),
    splitsPending: writers.some((x) => x.sharePercent === null),
    recordings: await listRecordingSummaries(db, workspaceId, { workId: id }),
  }
}

async function listWriters(db: Db, workspaceId: string, workIds: string[]) {
  const rows = await db
    .select({ workId: workWriters.workId, personId: workWriters.personId, personName: people.name, role: workWriters.role, shareBp: workWriters.shareBp })
    .from(workWriters)
    .innerJoin(people, and(eq(people.workspaceId, workWriters.workspaceId), eq(people.id, workWriters.personId)))
    .where(and(eq(workWriters.workspaceId, workspaceId), inArray(workWriters.workId, workIds)))
    .orderBy(asc(workWriters.position))
  return rows.map((r) => ({ ...r, sharePercent: r.shareBp === null ? null : basisPointsToPercent(r.shareBp) }))
}

/** Which of these work ids are not works of the workspace (for field errors). */
export async function missingWorks(db: Db, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const found = await db
    .select({ id: works.id })
    .from(works)
    .where(and(eq(works.workspaceId, workspaceId), inArray(works.id, [...ids])))
  const have = new Set(found.map((r) => r.id))
  return new Set(ids.filter((id) => !have.has(id)))
}
