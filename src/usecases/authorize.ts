import { ForbiddenError } from '../domain/errors.ts'
import { can, type Permission } from '../domain/roles.ts'
import type { Actor } from './deps.ts'

const reasons: Record<Permission, string> = {
  read: 'read this workspace',
  'edit-catalog': 'change songs, recordings or releases',
  'edit-people': 'change people or acts',
  'edit-touring': 'change venues, tours or shows',
  invite: 'invite people',
  'manage-workspace': 'manage this workspace',
}

/** Throws when the actor's role does not allow the action. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError(`Your role (${actor.role}) may not ${reasons[permission]}.`)
}
