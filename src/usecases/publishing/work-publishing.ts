import type { z } from 'zod'
import type { RegistrationOverview, WorkPublishing, WorkPublishingBodySchema } from '../../contract/publishing.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState } from '../../db/errors.ts'
import { loadPublishing, getWorkPublishing as queryOne } from '../../db/queries/publishing.ts'
import { organizationKinds, replaceWriterPublishers, saveWriterProfile, touchWorkPublishing, workWriterShares } from '../../db/writes/publishing.ts'
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { publishingShareIssues } from '../../domain/publishing-shares.ts'
import { percentToBasisPoints } from '../../domain/writer-shares.ts'
import { assertWritesAll } from '../authorize.ts'
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
  const kindOf = await organizationKinds(db, workspaceId, ids)
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
  assertWritesAll(actor, 'publishing')
  const ws = actor.workspaceId
  const now = deps.clock.now()
  let updatedRows: number
  try {
    updatedRows = await deps.db.transaction(async (tx) => {
      const writers = await workWriterShares(tx, ws, workId)
      if (!writers) throw new NotFoundError('work', workId)
      const issues = [...publishingShareIssues(body.writers, writers), ...(await organizationIssues(tx, ws, body))]
      if (issues.length) throw new ValidationError(issues)

      // version 0: the first save creates the document, or takes over the row an export created (still version 0)
      const touched = await touchWorkPublishing(tx, ws, workId, body.version, now)
      if (touched === 0) return 0

      await replaceWriterPublishers(
        tx,
        ws,
        workId,
        body.writers.map((w) => ({
          personId: w.personId,
          publisherId: w.publisherId,
          administratorId: w.publisherId ? w.administratorId : null,
          controlled: w.controlled,
          prShareBp: percentToBasisPoints(w.prSharePercent)!,
          mrShareBp: percentToBasisPoints(w.mrSharePercent)!,
          srShareBp: percentToBasisPoints(w.srSharePercent)!,
        })),
      )
      for (const w of body.writers) {
        if (w.ipiNameNumber === undefined && w.society === undefined) continue
        await saveWriterProfile(tx, ws, w.personId, { ipiNameNumber: w.ipiNameNumber, society: w.society }, now)
      }
      return touched
    })
  } catch (err) {
    // an organisation or writer removed by someone else between our check and our write
    if (sqlState(err) === FOREIGN_KEY_VIOLATION) throw new ConflictError('A publisher or writer of this work was removed meanwhile; reload and try again.')
    throw err
  }
  return finishVersionedWrite({ kind: 'work publishing', id: workId, updatedRows, load: () => queryOne(deps.db, ws, workId) })
}
