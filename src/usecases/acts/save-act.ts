import { and, eq, sql } from 'drizzle-orm'
import { uuidv7 } from 'uuidv7'
import type { Act, ActBody, UpdateActBody } from '../../contract/people.ts'
import { acts } from '../../db/schema/index.ts'
import { getAct as queryOne, resolveActId } from '../../db/queries/acts.ts'
import { sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { ConflictError, NotFoundError } from '../../domain/errors.ts'
import { slugify } from '../../domain/slug.ts'
import { assertCan } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'

function slugTaken(slug: string) {
  return new ConflictError(`Another act already uses the address "${slug}".`, [{ path: 'slug', message: 'already taken' }])
}

export async function createAct(deps: Deps, actor: Actor, body: ActBody): Promise<Act> {
  assertCan(actor, 'edit-people')
  const now = deps.clock.now()
  const id = uuidv7()
  const slug = body.slug ?? slugify(body.name)
  try {
    await deps.db.insert(acts).values({
      workspaceId: actor.workspaceId,
      id,
      slug,
      name: body.name,
      kind: body.kind,
      isInternal: body.isInternal,
      description: body.description ?? '',
      createdAt: now,
      updatedAt: now,
    })
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION) throw slugTaken(slug)
    throw err
  }
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

export async function updateAct(deps: Deps, actor: Actor, actIdOrSlug: string, body: UpdateActBody): Promise<Act> {
  assertCan(actor, 'edit-people')
  const id = await resolveActId(deps.db, actor.workspaceId, actIdOrSlug)
  if (!id) throw new NotFoundError('act', actIdOrSlug)
  let updated: { id: string }[]
  try {
    updated = await deps.db
      .update(acts)
      .set({
        name: body.name,
        kind: body.kind,
        isInternal: body.isInternal,
        description: body.description ?? '',
        ...(body.slug ? { slug: body.slug } : {}),
        version: sql`${acts.version} + 1`,
        updatedAt: deps.clock.now(),
      })
      .where(and(eq(acts.workspaceId, actor.workspaceId), eq(acts.id, id), eq(acts.version, body.version)))
      .returning({ id: acts.id })
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION) throw slugTaken(body.slug ?? '')
    throw err
  }
  return finishVersionedWrite({ kind: 'act', id: actIdOrSlug, updatedRows: updated.length, load: () => queryOne(deps.db, actor.workspaceId, id) })
}

export async function deleteAct(deps: Deps, actor: Actor, actIdOrSlug: string): Promise<void> {
  assertCan(actor, 'edit-people')
  const id = await resolveActId(deps.db, actor.workspaceId, actIdOrSlug)
  if (!id) throw new NotFoundError('act', actIdOrSlug)
  await deleteOrExplain(
    'act',
    'recordings, releases or featured credits',
    async () =>
      (
        await deps.db
          .delete(acts)
          .where(and(eq(acts.workspaceId, actor.workspaceId), eq(acts.id, id)))
          .returning({ id: acts.id })
      ).length,
    actIdOrSlug,
  )
}
