import { listPeople as query, getPerson as queryOne } from '../../db/queries/people.ts'
import type { Person } from '../../contract/people.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf, type Reader } from '../read-access.ts'

/** A limited reader (crew, viewer) sees names and acts: no one else's email or notes; their own record whole. */
function present(reader: Reader, person: Person): Person {
  if (reader.whole || person.id === reader.personId) return person
  return { ...person, email: null, notes: '' }
}

export async function listPeople(deps: Deps, actor: Actor, q?: string): Promise<Person[]> {
  const reader = await readerOf(deps, actor, 'people')
  return (await query(deps.db, actor.workspaceId, { q })).map((p) => present(reader, p))
}

export async function getPerson(deps: Deps, actor: Actor, personId: string): Promise<Person> {
  const reader = await readerOf(deps, actor, 'people')
  const person = await queryOne(deps.db, actor.workspaceId, personId)
  if (!person) throw new NotFoundError('person', personId)
  return present(reader, person)
}
