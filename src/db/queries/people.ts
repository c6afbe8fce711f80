import { and, asc, eq, ilike, inArray, or } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { people, acts, actMemberships } from '../schema/index.ts'
import type { Person } from '../../contract/people.ts'

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** People of a workspace with their memberships across acts, optionally filtered by search text. */
export async function listPeople(db: Db, workspaceId: string, opts: { q?: string; ids?: string[] } = {}): Promise<Person[]> {
  const filters = [eq(people.workspaceId, workspaceId)]
  if (opts.q) filters.push(or(ilike(people.name, likePattern(opts.q)), ilike(people.email, likePattern(opts.q)))!)
  if (opts.ids) filters.push(inArray(people.id, opts.ids.length ? opts.ids : ['00000000-0000-0000-0000-000000000000']))
  const rows = await db
    .select()
    .from(people)
    .where(and(...filters))
    .orderBy(asc(people.name))
  if (rows.length === 0) return []
  const memberships = await db
    .select({ m: actMemberships, actSlug: acts.slug, actName: acts.name })
    .from(actMemberships)
    .innerJoin(acts, and(eq(acts.workspaceId, actMemberships.workspaceId), eq(acts.id, actMemberships.actId)))
    .where(
      and(
        eq(actMemberships.workspaceId, workspaceId),
        inArray(
          actMemberships.personId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(actMemberships.beginDate), asc(acts.name))
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    email: p.email,
    notes: p.notes,
    hasAccount: p.userId !== null,
    version: p.version,
    memberships: memberships
      .filter((r) => r.m.personId === p.id)
      .map((r) => ({
        membershipId: r.m.id,
        actId: r.m.actId,
        actSlug: r.actSlug,
        actName: r.actName,
        role: r.m.role,
        instruments: r.m.instruments,
        beginDate: r.m.beginDate,
        endDate: r.m.endDate,
      })),
  }))
}

export async function getPerson(db: Db, workspaceId: string, id: string): Promise<Person | null> {
  const [p] = await listPeople(db, workspaceId, { ids: [id] })
  return p ?? null
}

/** Which of these person ids are not people of the workspace (for field errors). */
export async function missingPeople(db: Db, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const found = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), inArray(people.id, [...ids])))
  const have = new Set(found.map((r) => r.id))
  return new Set(ids.filter((id) => !have.has(id)))
}

export { likePattern }

/** The names of these people of the workspace, by id. */
export async function personNames(db: Db, workspaceId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), inArray(people.id, ids.length ? [...ids] : ['00000000-0000-0000-0000-000000000000'])))
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** A person's name, or null when the person is not in the workspace. */
export async function personName(db: Db, workspaceId: string, id: string): Promise<string | null> {
  const [row] = await db
    .select({ name: people.name })
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), eq(people.id, id)))
  return row?.name ?? null
}
