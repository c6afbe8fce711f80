import { and, eq, inArray, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { RegistrationOverview, WorkPublishing, WorkPublishingBodySchema } from '../../contract/publishing.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState } from '../../db/errors.ts'
import { loadPublishing, getWorkPublishing as queryOne } from '../../db/queries/publishing.ts'
import { organizations, workPublishing, workWriters, works, writerProfiles, writerPublishers } from '../../db/schema/index.ts'
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { publishingShareIssues } from '../../domain/publishing-shares.ts'
import { percentToBasisPoints } from '../../domain/writer-shares.ts'
import { assertCan } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof WorkPublishingBodySchema>

export async function getWorkPublishing(deps: Deps, actor: Actor, workId: string): Promise<WorkPublishing> {
  const found = await queryOne(deps.db, actor.workspaceId, workId)
  if (!found) throw new NotFoundError('work', workId)
  return found
}

/** Every work with its registration status, by title: the Registrations page. */
export async function listRegistrations(deps: Deps, actor: Actor): Promise<RegistrationOverview[]> {
  const all = await loadPublishing(deps.db, actor.workspaceId)
  return all.map((w) => ({
    workId: w.workId,
    title: w.title,
    submitterWorkCode: w.submitterWorkCode,
    writerCount: w.writers.length,
    registrationStatus: w.registrationStatus,
    registrations: w.registrations,
  }))
}

/** Publishers and administrators must be organisations of this workspace of a fitting kind. */
async function organizationIssues(db: Db, workspaceId: string, body: Body): Promise<FieldIssue[]> {
  const ids = [...new Set(body.writers.flatMap((w) => [w.publisherId, w.administratorId]).filter((x): x is string => !!x))]
  const rows = ids.length
    ? await db
        .select({ id: organizations.id, kind: organizations.kind })
        .from(organizations)
        .where(and(eq(organizations.workspaceId, workspaceId), inArray(organizations.id, ids)))
    : []
  const kindOf = new Map(rows.map((r) => [r.id, r.kind]))
  const issues: FieldIssue[] = []
  body.writers.forEach((w, i) => {
    for (const field of ['publisherId', 'administratorId'] as const) {
      const id = w[field]
      if (!id) continue
      const kind = kindOf.get(id)
      if (!kind) issues.push({ path: `writers.${i}.${field}`, message: 'no such organisation in this workspace' })
      else if (kind !== 'publisher' && kind !== 'administrator')
        issues.push({ path: `writers.${i}.${field}`, message: `this organisation is a ${kind}, not a publisher or administrator` })
    }
  })
  return issues
}

/**
 * Saves a work's publishing as one document: each writer's publisher, administrator, control and the
 * shares the publisher collects (refused with 400 naming the field when they exceed the writer's
 * share), plus the writers' IPI and society. Guarded by `version` (0 = first save); stale → 409.
 */
export async function saveWorkPublishing(deps: Deps, actor: Actor, workId: string, body: Body): Promise<WorkPublishing> {
  assertCan(actor, 'edit-catalog')
  const ws = actor.workspaceId
  const now = deps.clock.now()
  let updatedRows: number
  try {
    updatedRows = await deps.db.transaction(async (tx) => {
      const [work] = await tx
        .select({ id: works.id })
        .from(works)
        .where(and(eq(works.workspaceId, ws), eq(works.id, workId)))
      if (!work) throw new NotFoundError('work', workId)
      const writers = await tx
        .select({ personId: workWriters.personId, shareBp: workWriters.shareBp })
        .from(workWriters)
        .where(and(eq(workWriters.workspaceId, ws), eq(workWriters.workId, workId)))
      const issues = [...publishingShareIssues(body.writers, writers), ...(await organizationIssues(tx, ws, body))]
      if (issues.length) throw new ValidationError(issues)

      let touched: { workId: string }[]
      if (body.version === 0) {
        // first save: create the document, or take over the row an export created (still version 0)
        touched = await tx
          .insert(workPublishing)
          .values({ workspaceId: ws, workId, version: 1, updatedAt: now })
          .onConflictDoUpdate({
            target: [workPublishing.workspaceId, workPublishing.workId],
            set: { version: 1, updatedAt: now },
            setWhere: eq(workPublishing.version, 0),
          })
          .returning({ workId: workPublishing.workId })
      } else {
        touched = await tx
          .update(workPublishing)
          .set({ version: sql`${workPublishing.version} + 1`, updatedAt: now })
          .where(and(eq(workPublishing.workspaceId, ws), eq(workPublishing.workId, workId), eq(workPublishing.version, body.version)))
          .returning({ workId: workPublishing.workId })
      }
      if (touched.length === 0) return 0

      await tx.delete(writerPublishers).where(and(eq(writerPublishers.workspaceId, ws), eq(writerPublishers.workId, workId)))
      if (body.writers.length) {
        await tx.insert(writerPublishers).values(
          body.writers.map((w) => ({
            workspaceId: ws,
            workId,
            personId: w.personId,
            publisherId: w.publisherId,
            administratorId: w.publisherId ? w.administratorId : null,
            controlled: w.controlled,
            prShareBp: percentToBasisPoints(w.prSharePercent)!,
            mrShareBp: percentToBasisPoints(w.mrSharePercent)!,
            srShareBp: percentToBasisPoints(w.srSharePercent)!,
          })),
        )
      }
      for (const w of body.writers) {
        if (w.ipiNameNumber === undefined && w.society === undefined) continue
        const set = {
          ...(w.ipiNameNumber !== undefined ? { ipiNameNumber: w.ipiNameNumber } : {}),
          ...(w.society !== undefined ? { society: w.society } : {}),
          updatedAt: now,
        }
        await tx
          .insert(writerProfiles)
          .values({ workspaceId: ws, personId: w.personId, ipiNameNumber: w.ipiNameNumber ?? null, society: w.society ?? null, updatedAt: now })
          .onConflictDoUpdate({ target: [writerProfiles.workspaceId, writerProfiles.personId], set })
      }
      return touched.length
    })
  } catch (err) {
    // an organisation or writer removed by someone else between our check and our write
    if (sqlState(err) === FOREIGN_KEY_VIOLATION) throw new ConflictError('A publisher or writer of this work was removed meanwhile; reload and try again.')
    throw err
  }
  return finishVersionedWrite({ kind: 'work publishing', id: workId, updatedRows, load: () => queryOne(deps.db, ws, workId) })
}
