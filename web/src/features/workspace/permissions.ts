import type { WorkspaceRole } from '../../api/types.ts'

/** What the UI offers a role; mirrors the server's grants (src/domain/roles.ts), which stay the authority. */
export interface Permissions {
  canEditCatalog: boolean
  canEditPeople: boolean
  canInvite: boolean
  canManage: boolean
}

const GRANTS: Record<WorkspaceRole, Permissions> = {
  owner: { canEditCatalog: true, canEditPeople: true, canInvite: true, canManage: true },
  manager: { canEditCatalog: true, canEditPeople: true, canInvite: true, canManage: true },
  member: { canEditCatalog: true, canEditPeople: true, canInvite: false, canManage: false },
  crew: { canEditCatalog: false, canEditPeople: false, canInvite: false, canManage: false },
  viewer: { canEditCatalog: false, canEditPeople: false, canInvite: false, canManage: false },
}

export const ROLES_BY_RANK: readonly WorkspaceRole[] = ['owner', 'manager', 'member', 'crew', 'viewer']

export function permissionsOf(role: WorkspaceRole): Permissions {
  return GRANTS[role]
}

/** Only owners hand out the owner role; managers invite anyone below them. */
export function grantableRoles(role: WorkspaceRole): WorkspaceRole[] {
  if (!GRANTS[role].canInvite) return []
  return ROLES_BY_RANK.filter((candidate) => role === 'owner' || candidate !== 'owner')
}

export const ROLE_DESCRIPTIONS: Record<WorkspaceRole, string> = {
  owner: 'Everything, including giving the owner role',
  manager: 'Everything: catalog, people, invites and settings',
  member: 'Edits songs, recordings, releases, people and acts',
  crew: 'Reads everything, changes nothing',
  viewer: 'Reads everything, changes nothing',
}
