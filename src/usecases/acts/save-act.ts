import { uuidv7 } from 'uuidv7'
import type { Act, ActBody, UpdateActBody } from '../../contract/people.ts'
import { actRows } from '../../db/writes/documents.ts'
import { getAct as queryOne, resolveActId } from '../../db/queries/acts.ts'
import { sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { ConflictError, NotFoundError } from '../../domain/errors.ts'
import { slugify } from '../../domain/slug.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'

function slugTaken(slug: string) {
  return new ConflictError(`Another act already uses the address "${slug}".`, [{ path: 'slug', message: 'already taken' }])
}

export async function createAct(deps: Deps, actor: Actor, body: ActBody): Promise<Act> {
  assertWritesAll(actor, 'acts')
  const now = deps.clock.now()
  const id = uuidv7()
  const slug = body.slug ?? slugify(body.name)
  try {
    await actRows.insert(deps.db, {
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
  assertWritesAll(actor, 'acts')
  const id = await resolveActId(deps.db, actor.workspaceId, actIdOrSlug)
  if (!id) throw new NotFoundError('act', actIdOrSlug)
  let updatedRows: number
  try {
    updatedRows = await actRows.update(
      deps.db,
      actor.workspaceId,
      id,
      {
        name: body.name,
        kind: body.kind,
        isInternal: body.isInternal,
        description: body.description ?? '',
        ...(body.slug ? { slug: body.slug } : {}),
        updatedAt: deps.clock.now(),
      },
      body.version,
    )
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION) throw slugTaken(body.slug ?? '')
    throw err
  }
  return finishVersionedWrite({ kind: 'act', id: actIdOrSlug, updatedRows, load: () => queryOne(deps.db, actor.workspaceId, id) })
}

export async function deleteAct(deps: Deps, actor: Actor, actIdOrSlug: string): Promise<void> {
  assertWritesAll(actor, 'acts')
  const id = await resolveActId(deps.db, actor.workspaceId, actIdOrSlug)
  if (!id) throw new NotFoundError('act', actIdOrSlug)
  await deleteOrExplain('act', 'recordings, releases or featured credits', () => actRows.delete(deps.db, actor.workspaceId, id), actIdOrSlug)
}
