import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { Organization, OrganizationBodySchema, UpdateOrganizationBodySchema } from '../../contract/organizations.ts'
import { getOrganization as queryOne } from '../../db/queries/organizations.ts'
import { organizationRows } from '../../db/writes/documents.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof OrganizationBodySchema>
type UpdateBody = z.output<typeof UpdateOrganizationBodySchema>

function columns(body: Body) {
  return { name: body.name, kind: body.kind, ipiNameNumber: body.ipiNameNumber ?? null, society: body.society ?? null, notes: body.notes ?? '' }
}

/** Organisations are parties like people and acts, so the same permission edits them. */
export async function createOrganization(deps: Deps, actor: Actor, body: Body): Promise<Organization> {
  assertWritesAll(actor, 'organizations')
  const now = deps.clock.now()
  const id = uuidv7()
  await organizationRows.insert(deps.db, { workspaceId: actor.workspaceId, id, ...columns(body), createdAt: now, updatedAt: now })
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

export async function updateOrganization(deps: Deps, actor: Actor, organizationId: string, body: UpdateBody): Promise<Organization> {
  assertWritesAll(actor, 'organizations')
  const updatedRows = await organizationRows.update(deps.db, actor.workspaceId, organizationId, { ...columns(body), updatedAt: deps.clock.now() }, body.version)
  return finishVersionedWrite({
    kind: 'organization',
    id: organizationId,
    updatedRows,
    load: () => queryOne(deps.db, actor.workspaceId, organizationId),
  })
}

/** Refused with a reason while a hold on a song or a publishing record still names the organisation. */
export async function deleteOrganization(deps: Deps, actor: Actor, organizationId: string): Promise<void> {
  assertWritesAll(actor, 'organizations')
  await deleteOrExplain(
    'organization',
    'holds on songs or publishing records',
    () => organizationRows.delete(deps.db, actor.workspaceId, organizationId),
    organizationId,
  )
}
