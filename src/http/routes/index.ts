import { workspaceSettingsRoutes } from './workspaces.routes.ts'
import { workspaceInviteRoutes } from './invites.routes.ts'
import { peopleRoutes } from './people.routes.ts'
import { actsRoutes } from './acts.routes.ts'
import { worksRoutes } from './works.routes.ts'
import { recordingsRoutes } from './recordings.routes.ts'
import { releaseGroupsRoutes } from './release-groups.routes.ts'
import { placementsRoutes } from './placements.routes.ts'

/**
 * Every route module mounted under /api/workspaces/:workspaceId. Mounting here gives a module the
 * workspace scope (404 for outsiders) and puts it in the route-table isolation test.
 */
export const workspaceScopedRoutes = [workspaceSettingsRoutes, workspaceInviteRoutes, peopleRoutes, actsRoutes, worksRoutes, recordingsRoutes, releaseGroupsRoutes, placementsRoutes]
