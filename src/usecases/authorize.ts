import { ForbiddenError } from '../domain/errors.ts'
import { writeScope, type Resource } from '../domain/permissions.ts'
import type { Actor } from './deps.ts'

/**
 * The one way a write use case learns whether its actor may change a resource: the permission table
 * (src/domain/permissions.ts), as the HTTP gate asks it before the route runs. Throws 403 for `none`;
 * answers `all` or `own`, and with `own` the use case decides on the record (their blockout, their answer).
 */
export function assertWrites(actor: Actor, resource: Resource): 'all' | 'own' {
  const scope = writeScope(actor.role, resource)
  if (scope === 'none') throw new ForbiddenError(`Your role (${actor.role}) may not change ${resource} in this workspace.`)
  return scope
}

/** As assertWrites, for changes only a role that writes all of the resource may make (`own` is not enough). */
export function assertWritesAll(actor: Actor, resource: Resource): void {
  if (assertWrites(actor, resource) !== 'all') throw new ForbiddenError(`Your role (${actor.role}) may not change ${resource} in this workspace.`)
}
