import { workspaceSettingsRoutes } from './workspaces.routes.ts'
import { workspaceInviteRoutes } from './invites.routes.ts'
import { peopleRoutes } from './people.routes.ts'
import { actsRoutes } from './acts.routes.ts'
import { worksRoutes } from './works.routes.ts'
import { recordingsRoutes } from './recordings.routes.ts'
import { releaseGroupsRoutes } from './release-groups.routes.ts'
import { placementsRoutes } from './placements.routes.ts'
import { venuesRoutes } from './venues.routes.ts'
import { toursRoutes } from './tours.routes.ts'
import { showsRoutes } from './shows.routes.ts'
import { commitmentsRoutes } from './commitments.routes.ts'
import { blockoutsRoutes } from './blockouts.routes.ts'
import { conflictsRoutes } from './conflicts.routes.ts'
import { timelinesRoutes } from './timelines.routes.ts'
import { feedsRoutes } from './feeds.routes.ts'
import { setlistsRoutes } from './setlists.routes.ts'
import { playedRoutes } from './played.routes.ts'
import { eventsRoutes } from './events.routes.ts'
import { plannerRoutes } from './planner.routes.ts'
import { organizationsRoutes } from './organizations.routes.ts'
import { rightsRoutes } from './rights.routes.ts'
import { chartsRoutes } from './charts.routes.ts'
import { publishingRoutes } from './publishing.routes.ts'
import { importsRoutes } from './imports.routes.ts'
import { jobsRoutes } from './jobs.routes.ts'
import { notificationsRoutes } from './notifications.routes.ts'
import { homeRoutes } from './home.routes.ts'
import { roadRoutes } from './road.routes.ts'
import { hotelRoutes } from './hotels.routes.ts'
import { travelRoutes } from './travel.routes.ts'
import { mailRoutes } from './mail.routes.ts'
import { pushRoutes } from './push.routes.ts'
import { ticketsRoutes } from './tickets.routes.ts'
import { settlementRoutes } from './settlement.routes.ts'
import { guestRoutes } from './guests.routes.ts'
import { advanceRoutes } from './advance.routes.ts'
import { availabilityRequestsRoutes } from './availability-requests.routes.ts'

/**
 * Every route module mounted under /api/workspaces/:workspaceId. Mounting here gives a module the
 * workspace scope (404 for outsiders) and puts it in the route-table isolation test.
 */
export const workspaceScopedRoutes = [
  workspaceSettingsRoutes,
  workspaceInviteRoutes,
  peopleRoutes,
  actsRoutes,
  worksRoutes,
  recordingsRoutes,
  releaseGroupsRoutes,
  placementsRoutes,
]
workspaceScopedRoutes.push(venuesRoutes, toursRoutes, showsRoutes)
workspaceScopedRoutes.push(commitmentsRoutes, blockoutsRoutes, conflictsRoutes, timelinesRoutes, feedsRoutes)
workspaceScopedRoutes.push(setlistsRoutes)
workspaceScopedRoutes.push(eventsRoutes)
workspaceScopedRoutes.push(playedRoutes)
workspaceScopedRoutes.push(organizationsRoutes, rightsRoutes)
workspaceScopedRoutes.push(chartsRoutes)
workspaceScopedRoutes.push(plannerRoutes)
workspaceScopedRoutes.push(publishingRoutes)
workspaceScopedRoutes.push(importsRoutes)
workspaceScopedRoutes.push(jobsRoutes, notificationsRoutes, mailRoutes)
workspaceScopedRoutes.push(pushRoutes)
workspaceScopedRoutes.push(homeRoutes)
workspaceScopedRoutes.push(roadRoutes)
workspaceScopedRoutes.push(hotelRoutes)
workspaceScopedRoutes.push(travelRoutes)
workspaceScopedRoutes.push(ticketsRoutes)
workspaceScopedRoutes.push(settlementRoutes)
workspaceScopedRoutes.push(guestRoutes)
workspaceScopedRoutes.push(advanceRoutes)
workspaceScopedRoutes.push(availabilityRequestsRoutes)
