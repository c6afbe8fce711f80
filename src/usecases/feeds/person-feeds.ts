import { uuidv7 } from 'uuidv7'
import { insertFeed, listActiveFeeds, revokeFeedRow } from '../../db/queries/feeds.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts'
import { newSecret } from '../auth/session-token.ts'
import { actsForPerson } from '../blockouts/person-access.ts'
import type { Actor, Deps } from '../deps.ts'

/** A person's private calendar feeds are theirs and their managers' to see, make and revoke. */
async function assertOwnsFeeds(deps: Deps, actor: Actor, personId: string): Promise<void> {
  if ((await missingPeople(deps.db, actor.workspaceId, [personId])).size > 0) throw new NotFoundError('person', personId)
  if (!(await actsForPerson(deps.db, actor, personId)))
    throw new ForbiddenError("Only the person themselves or a manager may see or change a person's calendar feeds.")
}

export async function listFeeds(deps: Deps, actor: Actor, personId: string): Promise<{ id: string; createdAt: string }[]> {
  await assertOwnsFeeds(deps, actor, personId)
  return listActiveFeeds(deps.db, actor.workspaceId, personId)
}

/** A new secret feed address; the token is shown this once and stored only as a hash. */
export async function createFeed(deps: Deps, actor: Actor, personId: string, baseUrl: string): Promise<{ id: string; token: string; url: string }> {
  await assertOwnsFeeds(deps, actor, personId)
  const id = uuidv7()
  const { token, hash } = newSecret()
  await insertFeed(deps.db, { workspaceId: actor.workspaceId, id, personId, tokenHash: hash, createdAt: deps.clock.now() })
  return { id, token, url: `${baseUrl}/feeds/${token}.ics` }
}

/** Revoking keeps the row (when, by whose feed) but the address stops working at once. */
export async function revokeFeed(deps: Deps, actor: Actor, personId: string, feedId: string): Promise<void> {
  await assertOwnsFeeds(deps, actor, personId)
  if (!(await revokeFeedRow(deps.db, actor.workspaceId, personId, feedId, deps.clock.now()))) throw new NotFoundError('calendar feed', feedId)
}
