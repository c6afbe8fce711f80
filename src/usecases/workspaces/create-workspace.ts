import { uuidv7 } from 'uuidv7'
import type { CreateWorkspaceBody, Workspace } from '../../contract/auth.ts'
import { workspaces, workspaceMembers, people } from '../../db/schema/index.ts'
import { sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { ConflictError } from '../../domain/errors.ts'
import { slugify } from '../../domain/slug.ts'
import type { Deps } from '../deps.ts'

/** Creates a workspace with its creator as owner, and a person record for the creator. */
export async function createWorkspace(deps: Deps, user: { id: string; email: string; displayName: string }, body: CreateWorkspaceBody): Promise<Workspace> {
  const now = deps.clock.now()
  const id = uuidv7()
  const slug = body.slug ?? slugify(body.name)
  const personId = uuidv7()
  try {
    await deps.db.transaction(async (tx) => {
      await tx.insert(workspaces).values({ id, slug, name: body.name, createdAt: now })
      await tx.insert(workspaceMembers).values({ workspaceId: id, userId: user.id, role: 'owner', joinedAt: now })
      await tx
        .insert(people)
        .values({ workspaceId: id, id: personId, name: user.displayName, email: user.email, userId: user.id, createdAt: now, updatedAt: now })
    })
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION)
      throw new ConflictError(`The address "${slug}" is taken; choose another.`, [{ path: 'slug', message: 'already taken' }])
    throw err
  }
  return { id, slug, name: body.name, version: 1, role: 'owner', personId }
}
