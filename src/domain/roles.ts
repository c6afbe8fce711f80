/** A person's role in a workspace decides what they may change. */
export const WORKSPACE_ROLES = ['owner', 'manager', 'member', 'crew', 'viewer'] as const
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number]
