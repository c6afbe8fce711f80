import { workspaceSettingsRoutes } from './workspaces.routes.ts'
import { workspaceInviteRoutes } from './invites.routes.ts'
import { peopleRoutes } from './people.routes.ts'
import { actsRoutes } from './acts.routes.ts'

/**
 * Every route module mounted under /api/workspaces/:workspaceId. Mounting here gives a module the
 * workspace scope (404 for outsiders) and puts it in the route-table isolation test.
 */
export const workspaceScopedRoutes = [workspaceSettingsRoutes, workspaceInviteRoutes, peopleRoutes, actsRoutes]
