import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { BlockoutBodySchema, UpdateBlockoutBodySchema } from '../../contract/touring.ts'
import type { Db } from '../../db/client.ts'
import { getBlockout } from '../../db/queries/blockouts.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { blockoutRows } from '../../db/writes/documents.ts'
import { ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { presentBlockout, type Blockout } from './list-blockouts.ts'
import { actsForPerson, marksOwnBlockouts } from './person-access.ts'

type Body = z.output<typeof BlockoutBodySchema>
type UpdateBody = z.output<typeof UpdateBlockoutBodySchema>

/** Members and crew mark their own dates; owners and managers anyone's; viewers nobody's. */
async function assertMayMarkFor(db: Db, actor: Actor, personId: string): Promise<void> {
  if (!marksOwnBlockouts[actor.role]) throw new ForbiddenError(`Your role (${actor.role}) may not mark blockout dates.`)
  if (!(await actsForPerson(db, actor, personId)))
    throw new ForbiddenError('You may mark blockout dates only for yourself; ask a manager to mark them for someone else.')
}

async function blockoutIssues(db: Db, workspaceId: string, body: Body): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = []
  if ((await missingPeople(db, workspaceId, [body.personId])).size > 0) issues.push({ path: 'personId', message: 'no such person in this workspace' })
  if (body.endDate < body.startDate) issues.push({ path: 'endDate', message: `ends on ${body.endDate}, before it starts (${body.startDate})` })
  return issues
}

const columns = (body: Body) => ({ personId: body.personId, startDate: body.startDate, endDate: body.endDate, reason: body.reason?.trim() ?? '' })

/** What the writer may see of the blockout they just wrote: they may act for its person, so the reason too. */
async function load(deps: Deps, actor: Actor, id: string): Promise<Blockout | null> {
  const record = await getBlockout(deps.db, actor.workspaceId, id)
  return record && presentBlockout(record, true)
}

export async function createBlockout(deps: Deps, actor: Actor, body: Body): Promise<Blockout> {
  await assertMayMarkFor(deps.db, actor, body.personId)
  const id = uuidv7()
  await deps.db.transaction(async (tx) => {
    const issues = await blockoutIssues(tx, actor.workspaceId, body)
    if (issues.length) throw new ValidationError(issues)
    await blockoutRows.insert(tx, { workspaceId: actor.workspaceId, id, ...columns(body), createdAt: deps.clock.now() })
  })
  return (await load(deps, actor, id))!
}

export async function updateBlockout(deps: Deps, actor: Actor, blockoutId: string, body: UpdateBody): Promise<Blockout> {
  const existing = await getBlockout(deps.db, actor.workspaceId, blockoutId)
  if (!existing) throw new NotFoundError('blockout', blockoutId)
  await assertMayMarkFor(deps.db, actor, existing.personId)
  if (body.personId !== existing.personId) await assertMayMarkFor(deps.db, actor, body.personId)
  const updatedRows = await deps.db.transaction(async (tx) => {
    const issues = await blockoutIssues(tx, actor.workspaceId, body)
    if (issues.length) throw new ValidationError(issues)
    return blockoutRows.update(tx, actor.workspaceId, blockoutId, columns(body), body.version)
  })
  return finishVersionedWrite({ kind: 'blockout', id: blockoutId, updatedRows, load: () => load(deps, actor, blockoutId) })
}

export async function deleteBlockout(deps: Deps, actor: Actor, blockoutId: string): Promise<void> {
  const existing = await getBlockout(deps.db, actor.workspaceId, blockoutId)
  if (!existing) throw new NotFoundError('blockout', blockoutId)
  await assertMayMarkFor(deps.db, actor, existing.personId)
  await blockoutRows.delete(deps.db, actor.workspaceId, blockoutId)
}
