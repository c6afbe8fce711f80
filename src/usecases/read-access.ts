import { findPersonIdOfUser } from '../db/queries/accounts.ts'
import { actIdsOfPerson } from '../db/queries/acts.ts'
import { personName } from '../db/queries/people.ts'
import { listShowVisibilities } from '../db/queries/shows.ts'
import { ForbiddenError, NotFoundError } from '../domain/errors.ts'
import { readScope, type ReadScope, type Resource } from '../domain/permissions.ts'
import { isPublic } from '../domain/public-shows.ts'
import type { AnnouncementState, ShowStatus } from '../domain/touring.ts'
import type { Actor, Deps } from './deps.ts'

/**
 * The one way a read use case learns what its reader may see: the scope of the permission table
 * (src/domain/permissions.ts) for the actor's role, and, for `limited` and `own` scopes, who the
 * reader is. `none` never gets here (the HTTP gate answers 403), but a use case called directly
 * still refuses it.
 */
export interface Reader {
  scope: ReadScope
  /** True when the scope is `all`: nothing to leave out. */
  whole: boolean
  actor: Actor
  /** The reader's own person in the workspace, or null. */
  personId: string | null
}

export async function readerOf(deps: Deps, actor: Actor, resource: Resource): Promise<Reader> {
  const scope = readScope(actor.role, resource)
  if (scope === 'none') throw new ForbiddenError(`Your role (${actor.role}) may not read ${resource} in this workspace.`)
  const personId = scope === 'all' ? null : await personOfActor(deps, actor)
  return { scope, whole: scope === 'all', actor, personId }
}

/**
 * The actor's own person in the workspace (null when the account has none): what the request already
 * knows (`actor.personId`, set by a use case that reads several parts for one person, such as home),
 * else one look-up.
 */
export async function personOfActor(deps: Deps, actor: Actor): Promise<string | null> {
  if (actor.personId !== undefined) return actor.personId
  return findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
}

/** Ids of the shows of the workspace that are public now (isPublic: the rule of the public page). */
export async function publicShowIds(deps: Deps, workspaceId: string): Promise<Set<string>> {
  const rows = await listShowVisibilities(deps.db, workspaceId)
  const now = deps.clock.now()
  return new Set(
    rows
      .filter((r) => isPublic({ status: r.status as ShowStatus, announcement: r.announcement as AnnouncementState, announceAt: r.announceAt }, now))
      .map((r) => r.id),
  )
}

/** Keeps what a limited reader of shows may see of a list of shows (or things with a show id). */
export async function visibleShows<T>(deps: Deps, reader: Reader, items: T[], showIdOf: (item: T) => string | null): Promise<T[]> {
  if (reader.whole) return items
  const visible = await publicShowIds(deps, reader.actor.workspaceId)
  return items.filter((item) => {
    const id = showIdOf(item)
    return id === null || visible.has(id)
  })
}

/** A show that is not public does not exist for a limited reader: 404, as for a show of another workspace. */
export async function assertShowVisible(deps: Deps, reader: Reader, showId: string): Promise<void> {
  if (reader.whole) return
  if (!(await publicShowIds(deps, reader.actor.workspaceId)).has(showId)) throw new NotFoundError('show', showId)
}

/** The acts the reader's person is (or was) a member of: their own party, e.g. for pitches. */
export async function ownActIds(deps: Deps, reader: Reader): Promise<Set<string>> {
  if (!reader.personId) return new Set()
  return new Set(await actIdsOfPerson(deps.db, reader.actor.workspaceId, reader.personId))
}

/** The reader's own person's name, or null. */
export async function ownPersonName(deps: Deps, reader: Reader): Promise<string | null> {
  if (!reader.personId) return null
  return personName(deps.db, reader.actor.workspaceId, reader.personId)
}
