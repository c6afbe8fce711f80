import type { FastifyRequest } from 'fastify'
import { ForbiddenError } from '../domain/errors.ts'
import { grantOf, type Resource } from '../domain/permissions.ts'
import { actorOf } from './session.ts'

/**
 * Which resource of the permission table (src/domain/permissions.ts) each workspace route reads or
 * changes, by its path under /api/workspaces/:workspaceId; the first match wins. A route that
 * matches nothing cannot be mounted (the app refuses to start), so no route escapes the table.
 */
const ROUTE_RESOURCES: readonly [RegExp, Resource][] = [
  [/^$/, 'workspace'],
  [/^\/publishing\/settings$/, 'workspace'],
  [/^\/(members|invites)(\/|$)/, 'members'],
  [/^\/export$/, 'export'],
  [/^\/people\/:personId\/timeline$/, 'timelines'],
  [/^\/acts\/:actId\/timeline$/, 'timelines'],
  [/^\/people\/:personId\/feeds(\/|$)/, 'feeds'],
  [/^\/people(\/|$)/, 'people'],
  [/^\/acts\/:actId\/(setlist-settings|setlist-rule-context)$/, 'setlists'],
  [/^\/acts\/:actId\/planner-settings$/, 'planner'],
  [/^\/(acts|recordings)\/:\w+\/play-history$/, 'played'],
  [/^\/acts\/:actId\/public-handle$/, 'public-handles'],
  [/^\/acts\/:actId\/money-settings$/, 'money'],
  [/^\/acts(\/|$)/, 'acts'],
  [/^\/works\/:workId\/(holds|availability)(\/|$)/, 'rights'],
  [/^\/works\/:workId\/pitches$/, 'pitches'],
  [/^\/works\/:workId\/(publishing|split-sheet\.pdf)$/, 'publishing'],
  [/^\/(works|recordings|release-groups|placements)(\/|$)/, 'catalog'],
  [/^\/(chart-entries|chart-history|award-nominations)(\/|$)/, 'charts'],
  [/^\/organizations(\/|$)/, 'organizations'],
  [/^\/venues\/:venueId\/advance$/, 'advance'],
  [/^\/venues(\/|$)/, 'venues'],
  [/^\/tours\/:tourId\/planner-rotation$/, 'planner'],
  [/^\/tours\/:tourId\/(days|book\.pdf)$/, 'road'],
  [/^\/tours\/:tourId\/money$/, 'money'],
  [/^\/(days|day-sheets|schedule-templates)(\/|$)/, 'road'],
  [/^\/hotels(\/|$)/, 'road'],
  [/^\/(journeys|airports)(\/|$)/, 'road'],
  [/^\/tours(\/|$)/, 'tours'],
  [/^\/shows\/:showId\/setlist$/, 'setlists'],
  [/^\/shows\/:showId\/played$/, 'played'],
  [/^\/shows\/:showId\/settlement(\.pdf|\/approve|\/reopen)?$/, 'money'],
  [/^\/shows\/:showId\/guests(\/|\.|$)/, 'guests'],
  [/^\/shows\/:showId\/advance$/, 'advance'],
  [/^\/shows\/:showId\/promoter-links(\/|$)/, 'promoter-links'],
  [/^\/shows(\/|$)/, 'shows'],
  [/^\/commitments(\/|$)/, 'commitments'],
  [/^\/blockouts(\/|$)/, 'blockouts'],
  [/^\/conflicts$/, 'conflicts'],
  [/^\/setlists(\/|$)/, 'setlists'],
  [/^\/planner(\/|$)/, 'planner'],
  [/^\/(me\/free-works|rights\/expiring)$/, 'rights'],
  [/^\/pitches(\/|$)/, 'pitches'],
  [/^\/publishing\/registrations$/, 'registrations'],
  [/^\/(exports|imports)\/cwr(-ack)?$/, 'registrations'],
  [/^\/imports\//, 'imports'],
  [/^\/events$/, 'events'],
  [/^\/jobs\/dead-letters$/, 'jobs'],
  [/^\/notifications(\/|$)/, 'notifications'],
  [/^\/home$/, 'home'],
  [/^\/me\/notification-preferences$/, 'notifications'],
  [/^\/(me\/push-subscriptions|push\/vapid-public-key)(\/|$)/, 'notifications'],
  [/^\/mail\/outbox$/, 'mail'],
  [/^\/availability-requests(\/|$)/, 'availability'],
]

export const WORKSPACE_PREFIX = '/api/workspaces/:workspaceId'

/** The resource a workspace route belongs to, from its path (with `:params`); undefined when the table has no row for it. */
export function resourceOfRoute(url: string): Resource | undefined {
  const rest = url.startsWith(WORKSPACE_PREFIX) ? url.slice(WORKSPACE_PREFIX.length) : url
  return ROUTE_RESOURCES.find(([pattern]) => pattern.test(rest))?.[1]
}

/**
 * Runs after the workspace scope and before validation, so a role that may not touch a resource
 * gets 403 whatever it sends. `limited` and `own` pass: the use case decides which rows and fields.
 */
export function permissionGate(resource: Resource, action: 'read' | 'write') {
  return (request: FastifyRequest): void => {
    const actor = actorOf(request)
    const grant = grantOf(actor.role, resource)
    if ((action === 'read' ? grant.read : grant.write) === 'none') {
      throw new ForbiddenError(`Your role (${actor.role}) may not ${action === 'read' ? 'read' : 'change'} ${resource} in this workspace.`)
    }
  }
}
