/** The role rules, shared with the web app so it offers exactly what the API allows (the permission table). */
export { canGrantRole, writeScope } from '../domain/permissions.ts'
export { WORKSPACE_ROLES } from '../domain/roles.ts'
