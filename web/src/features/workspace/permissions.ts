import type { WorkspaceRole } from '../../api/types.ts'
import { can, canGrantRole, WORKSPACE_ROLES } from '../../../../src/contract/roles.ts'

/** What the UI offers a role: the server's own rules (src/domain/roles.ts through the contract). */
export interface Permissions {
  canEditCatalog: boolean
  canEditPeople: boolean
  canInvite: boolean
  canManage: boolean
}

export const ROLES_BY_RANK: readonly WorkspaceRole[] = WORKSPACE_ROLES

export function permissionsOf(role: WorkspaceRole): Permissions {
  return {
    canEditCatalog: can(role, 'edit-catalog'),
    canEditPeople: can(role, 'edit-people'),
    canInvite: can(role, 'invite'),
    canManage: can(role, 'manage-workspace'),
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
  crew: 'Reads everything, changes nothing',
  viewer: 'Reads everything, changes nothing',
}
