import type { Organization } from '../../contract/organizations.ts'
import { getOrganization as queryOne, listOrganizations as query } from '../../db/queries/organizations.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { OrganizationKind } from '../../domain/organizations.ts'
import type { Actor, Deps } from '../deps.ts'

export async function listOrganizations(deps: Deps, actor: Actor, opts: { q?: string; kind?: OrganizationKind } = {}): Promise<Organization[]> {
  return query(deps.db, actor.workspaceId, opts)
}

export async function getOrganization(deps: Deps, actor: Actor, organizationId: string): Promise<Organization> {
  const organization = await queryOne(deps.db, actor.workspaceId, organizationId)
  if (!organization) throw new NotFoundError('organization', organizationId)
  return organization
}
