import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { Hold, HoldBodySchema, UpdateHoldBodySchema } from '../../contract/rights.ts'
import type { Db } from '../../db/client.ts'
import { holderName as storedHolderName, listHoldRecords } from '../../db/queries/rights.ts'
import { deleteHoldOfWork, holdRows } from '../../db/writes/documents.ts'
import { holdTermsIssues, nominalEndDay, overlappingExclusive, type HoldTerms } from '../../domain/availability.ts'
import { ConflictError, NotFoundError, ValidationError, fieldError } from '../../domain/errors.ts'
import { HOLD_KIND_LABELS } from '../../domain/rights.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { loadRightsOfWorks, presentHold } from './rights-of-works.ts'
import { lockWork } from '../../db/queries/work-lock.ts'

type Body = z.output<typeof HoldBodySchema>
type UpdateBody = z.output<typeof UpdateHoldBodySchema>

function columns(body: Body) {
  const { holder } = body
  return {
    holderKind: holder.kind,
    holderOrganizationId: holder.kind === 'organization' ? holder.id : null,
    holderActId: holder.kind === 'act' ? holder.id : null,
    holderPersonId: holder.kind === 'person' ? holder.id : null,
    kind: body.kind,
    startsOn: body.startsOn,
    periodMonths: body.period ? body.period.months : null,
    periodDays: body.period ? body.period.days : null,
    endsOn: body.endsOn ?? null,
    endsOnRelease: body.endsOnRelease,
    notes: body.notes ?? '',
  }
}

/** The holder named in the body, by name; a holder that is not in the workspace is a field error. */
async function holderName(db: Db, workspaceId: string, holder: Body['holder']): Promise<string> {
  const name = await storedHolderName(db, workspaceId, holder)
  if (name === null) throw fieldError('holder.id', `no ${holder.kind} ${holder.id} in this workspace`)
  return name
}

function validate(body: Body): void {
  const issues = holdTermsIssues(body)
  if (issues.length) throw new ValidationError(issues)
}

/** Refuses a hold sharing a day with an exclusive hold of another party (or two exclusive holds), naming it. */
async function assertNoExclusiveOverlap(tx: Db, workspaceId: string, workId: string, workTitle: string, candidate: HoldTerms): Promise<void> {
  const others = (await listHoldRecords(tx, workspaceId, { workIds: [workId] })).map((r) => r.terms)
  const other = overlappingExclusive(candidate, others)
  if (!other) return
  const days = `from ${other.startsOn} to ${nominalEndDay(other)}`
  const detail =
    other.kind === 'exclusive'
      ? `“${workTitle}” is already held exclusively by ${other.holder.name} ${days}; nobody else may hold it then, and exclusive holds on a song may not overlap.`
      : `“${workTitle}” is held by ${other.holder.name} (${HOLD_KIND_LABELS[other.kind]}) ${days}; an exclusive hold may not overlap another party's hold.`
  throw new ConflictError(detail, [{ path: 'startsOn', message: `overlaps the ${HOLD_KIND_LABELS[other.kind]} hold of ${other.holder.name} (${days})` }])
}

async function loadHold(db: Db, workspaceId: string, workId: string, holdId: string): Promise<Hold | null> {
  const rights = (await loadRightsOfWorks(db, workspaceId, [workId])).get(workId)!
  const record = rights.holds.find((h) => h.terms.id === holdId)
  return record ? presentHold(record, rights.releaseDays) : null
}

export async function createHold(deps: Deps, actor: Actor, workId: string, body: Body): Promise<Hold> {
  assertWritesAll(actor, 'rights')
  validate(body)
  const ws = actor.workspaceId
  const id = uuidv7()
  await deps.db.transaction(async (tx) => {
    const title = await lockWork(tx, ws, workId)
    const name = await holderName(tx, ws, body.holder)
    await assertNoExclusiveOverlap(tx, ws, workId, title, {
      id,
      ...body,
      holder: { ...body.holder, name },
      period: body.period ?? null,
      endsOn: body.endsOn ?? null,
    })
    const now = deps.clock.now()
    await holdRows.insert(tx, { workspaceId: ws, id, workId, ...columns(body), createdAt: now, updatedAt: now })
  })
  return (await loadHold(deps.db, ws, workId, id))!
}

export async function updateHold(deps: Deps, actor: Actor, workId: string, holdId: string, body: UpdateBody): Promise<Hold> {
  assertWritesAll(actor, 'rights')
  validate(body)
  const ws = actor.workspaceId
  const updatedRows = await deps.db.transaction(async (tx) => {
    const title = await lockWork(tx, ws, workId)
    const [before] = await listHoldRecords(tx, ws, { workIds: [workId], holdId })
    if (!before) throw new NotFoundError('hold', holdId)
    if (before.version !== body.version) return 0
    const name = await holderName(tx, ws, body.holder)
    await assertNoExclusiveOverlap(tx, ws, workId, title, {
      id: holdId,
      ...body,
      holder: { ...body.holder, name },
      period: body.period ?? null,
      endsOn: body.endsOn ?? null,
    })
    return holdRows.update(tx, ws, holdId, { ...columns(body), updatedAt: deps.clock.now() }, body.version)
  })
  return finishVersionedWrite({ kind: 'hold', id: holdId, updatedRows, load: () => loadHold(deps.db, ws, workId, holdId) })
}

export async function deleteHold(deps: Deps, actor: Actor, workId: string, holdId: string): Promise<void> {
  assertWritesAll(actor, 'rights')
  if ((await deleteHoldOfWork(deps.db, actor.workspaceId, workId, holdId)) === 0) throw new NotFoundError('hold', holdId)
}
