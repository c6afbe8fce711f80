/** A person's role in a workspace decides what they may change. */
export const WORKSPACE_ROLES = ['owner', 'manager', 'member', 'crew', 'viewer'] as const
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number]

/** Things a workspace user may do; each later capability adds its own. */
export type Permission =
  | 'read'
  | 'edit-catalog' // works, recordings, releases, placements
  | 'edit-people' // people, acts and memberships
  | 'edit-touring' // venues, tours, legs and shows
  | 'invite' // invite others and see the member list
  | 'manage-workspace' // rename, change roles, export/import

const grants: Record<WorkspaceRole, readonly Permission[]> = {
  owner: ['read', 'edit-catalog', 'edit-people', 'edit-touring', 'invite', 'manage-workspace'],
  manager: ['read', 'edit-catalog', 'edit-people', 'edit-touring', 'invite', 'manage-workspace'],
  member: ['read', 'edit-catalog', 'edit-people', 'edit-touring'],
  crew: ['read'],
  viewer: ['read'],
}

export function can(role: WorkspaceRole, permission: Permission): boolean {
  return grants[role].includes(permission)
}

/** Only owners may hand out the owner role; managers may invite anyone below them. */
export function canGrantRole(actor: WorkspaceRole, role: WorkspaceRole): boolean {
  if (!can(actor, 'invite')) return false
  return actor === 'owner' || role !== 'owner'
}
