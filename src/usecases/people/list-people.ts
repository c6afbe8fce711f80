import { listPeople as query, getPerson as queryOne } from '../../db/queries/people.ts'
import type { Person } from '../../contract/people.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'

export async function listPeople(deps: Deps, actor: Actor, q?: string): Promise<Person[]> {
  return query(deps.db, actor.workspaceId, { q })
}

export async function getPerson(deps: Deps, actor: Actor, personId: string): Promise<Person> {
  const person = await queryOne(deps.db, actor.workspaceId, personId)
  if (!person) throw new NotFoundError('person', personId)
  return person
}
