import { and, eq, sql } from 'drizzle-orm'
import { uuidv7 } from 'uuidv7'
import type { Person, PersonBody, UpdatePersonBody } from '../../contract/people.ts'
import { people } from '../../db/schema/index.ts'
import { getPerson as queryOne } from '../../db/queries/people.ts'
import { assertCan } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'

export async function createPerson(deps: Deps, actor: Actor, body: PersonBody): Promise<Person> {
  assertCan(actor, 'edit-people')
  const now = deps.clock.now()
  const id = uuidv7()
  await deps.db.insert(people).values({
    workspaceId: actor.workspaceId,
    id,
    name: body.name,
    email: body.email?.toLowerCase() ?? null,
    notes: body.notes ?? '',
    createdAt: now,
    updatedAt: now,
  })
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

export async function updatePerson(deps: Deps, actor: Actor, personId: string, body: UpdatePersonBody): Promise<Person> {
  assertCan(actor, 'edit-people')
  const updated = await deps.db
    .update(people)
    .set({
      name: body.name,
      email: body.email?.toLowerCase() ?? null,
      notes: body.notes ?? '',
      version: sql`${people.version} + 1`,
      updatedAt: deps.clock.now(),
    })
    .where(and(eq(people.workspaceId, actor.workspaceId), eq(people.id, personId), eq(people.version, body.version)))
    .returning({ id: people.id })
  return finishVersionedWrite({ kind: 'person', id: personId, updatedRows: updated.length, load: () => queryOne(deps.db, actor.workspaceId, personId) })
}

export async function deletePerson(deps: Deps, actor: Actor, personId: string): Promise<void> {
  assertCan(actor, 'edit-people')
  await deleteOrExplain(
    'person',
    'act memberships, song credits or lead vocals',
    async () =>
      (
        await deps.db
          .delete(people)
          .where(and(eq(people.workspaceId, actor.workspaceId), eq(people.id, personId)))
          .returning({ id: people.id })
      ).length,
    personId,
  )
}
