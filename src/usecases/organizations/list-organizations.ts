import type { Organization } from '../../contract/organizations.ts'
import { getOrganization as queryOne, listOrganizations as query } from '../../db/queries/organizations.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { OrganizationKind } from '../../domain/organizations.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

export async function listOrganizations(deps: Deps, actor: Actor, opts: { q?: string; kind?: OrganizationKind } = {}): Promise<Organization[]> {
  await readerOf(deps, actor, 'organizations')
  return query(deps.db, actor.workspaceId, opts)
}

export async function getOrganization(deps: Deps, actor: Actor, organizationId: string): Promise<Organization> {
  await readerOf(deps, actor, 'organizations')
  const organization = await queryOne(deps.db, actor.workspaceId, organizationId)
  if (!organization) throw new NotFoundError('organization', organizationId)
  return organization
}
