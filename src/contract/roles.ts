/** The role rules, shared with the web app so it offers exactly what the API allows. */
export { can, canGrantRole, WORKSPACE_ROLES } from '../domain/roles.ts'
