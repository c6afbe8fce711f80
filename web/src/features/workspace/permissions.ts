import type { WorkspaceRole } from '../../api/types.ts'
import { canGrantRole, WORKSPACE_ROLES, writeScope } from '../../../../src/contract/roles.ts'

/** What the UI offers a role: the server's own permission table (src/domain/permissions.ts through the contract). */
export interface Permissions {
  canEditCatalog: boolean
  canEditPeople: boolean
  canInvite: boolean
  canManage: boolean
}

export const ROLES_BY_RANK: readonly WorkspaceRole[] = WORKSPACE_ROLES

export function permissionsOf(role: WorkspaceRole): Permissions {
  return {
    canEditCatalog: writeScope(role, 'catalog') === 'all',
    canEditPeople: writeScope(role, 'people') === 'all',
    canInvite: writeScope(role, 'members') === 'all',
    canManage: writeScope(role, 'workspace') === 'all',
  }
}

/** Only owners hand out the owner role; managers invite anyone below them. */
export function grantableRoles(role: WorkspaceRole): WorkspaceRole[] {
  return ROLES_BY_RANK.filter((candidate) => canGrantRole(role, candidate))
}

export const ROLE_DESCRIPTIONS: Record<WorkspaceRole, string> = {
  owner: 'Everything, including giving the owner role',
  manager: 'Everything: catalog, people, invites and settings',
  member: 'Edits songs, recordings, releases, people and acts',
  crew: 'Reads the band’s shows, days and set lists; answers for themselves',
  viewer: 'Reads public shows and what concerns them; changes nothing',
}
