import { uuidv7 } from 'uuidv7'
import type { Person, PersonBody, UpdatePersonBody } from '../../contract/people.ts'
import { personRows } from '../../db/writes/documents.ts'
import { getPerson as queryOne } from '../../db/queries/people.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'

export async function createPerson(deps: Deps, actor: Actor, body: PersonBody): Promise<Person> {
  assertWritesAll(actor, 'people')
  const now = deps.clock.now()
  const id = uuidv7()
  await personRows.insert(deps.db, {
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
  assertWritesAll(actor, 'people')
  const updatedRows = await personRows.update(
    deps.db,
    actor.workspaceId,
    personId,
    { name: body.name, email: body.email?.toLowerCase() ?? null, notes: body.notes ?? '', updatedAt: deps.clock.now() },
    body.version,
  )
  return finishVersionedWrite({ kind: 'person', id: personId, updatedRows, load: () => queryOne(deps.db, actor.workspaceId, personId) })
}

export async function deletePerson(deps: Deps, actor: Actor, personId: string): Promise<void> {
  assertWritesAll(actor, 'people')
  await deleteOrExplain('person', 'act memberships, song credits or lead vocals', () => personRows.delete(deps.db, actor.workspaceId, personId), personId)
}
