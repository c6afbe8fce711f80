import { uuidv7 } from 'uuidv7'
import { type z } from 'zod'
import { type MembershipBodySchema, type UpdateMembershipBodySchema, type Membership } from '../../contract/people.ts'
import { deleteMembershipOfAct, membershipRows, updateMembershipOfAct } from '../../db/writes/documents.ts'
import { listMemberships, resolveActId } from '../../db/queries/acts.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { NotFoundError, ValidationError } from '../../domain/errors.ts'
import { dateRangeIssues } from '../../domain/partial-date.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof MembershipBodySchema>
type UpdateBody = z.output<typeof UpdateMembershipBodySchema>

async function checked(deps: Deps, actor: Actor, actIdOrSlug: string, body: Body): Promise<string> {
  assertWritesAll(actor, 'acts')
  const actId = await resolveActId(deps.db, actor.workspaceId, actIdOrSlug)
  if (!actId) throw new NotFoundError('act', actIdOrSlug)
  const issues = dateRangeIssues(body.beginDate, body.endDate, { begin: 'beginDate', end: 'endDate' })
  if ((await missingPeople(deps.db, actor.workspaceId, [body.personId])).size > 0)
    issues.push({ path: 'personId', message: 'no such person in this workspace' })
  if (issues.length) throw new ValidationError(issues)
  return actId
}

async function load(deps: Deps, actor: Actor, actId: string, id: string): Promise<Membership | null> {
  return (await listMemberships(deps.db, actor.workspaceId, [actId])).find((m) => m.id === id) ?? null
}

export async function addMembership(deps: Deps, actor: Actor, actIdOrSlug: string, body: Body): Promise<Membership> {
  const actId = await checked(deps, actor, actIdOrSlug, body)
  const id = uuidv7()
  await membershipRows.insert(deps.db, {
    workspaceId: actor.workspaceId,
    id,
    actId,
    personId: body.personId,
    role: body.role,
    instruments: body.instruments,
    beginDate: body.beginDate ?? null,
    endDate: body.endDate ?? null,
  })
  return (await load(deps, actor, actId, id))!
}

export async function updateMembership(deps: Deps, actor: Actor, actIdOrSlug: string, membershipId: string, body: UpdateBody): Promise<Membership> {
  const actId = await checked(deps, actor, actIdOrSlug, body)
  const updatedRows = await updateMembershipOfAct(
    deps.db,
    actor.workspaceId,
    actId,
    membershipId,
    { personId: body.personId, role: body.role, instruments: body.instruments, beginDate: body.beginDate ?? null, endDate: body.endDate ?? null },
    body.version,
  )
  return finishVersionedWrite({ kind: 'membership', id: membershipId, updatedRows, load: () => load(deps, actor, actId, membershipId) })
}

export async function removeMembership(deps: Deps, actor: Actor, actIdOrSlug: string, membershipId: string): Promise<void> {
  assertWritesAll(actor, 'acts')
  const actId = await resolveActId(deps.db, actor.workspaceId, actIdOrSlug)
  if (!actId) throw new NotFoundError('act', actIdOrSlug)
  await deleteOrExplain('membership', 'other records', () => deleteMembershipOfAct(deps.db, actor.workspaceId, actId, membershipId), membershipId)
}
