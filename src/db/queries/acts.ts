import { and, asc, eq, ilike, inArray } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { acts, actMemberships, people } from '../schema/index.ts'
import type { Act, Membership } from '../../contract/people.ts'
import { likePattern } from './people.ts'
import { isUuid } from './ids.ts'

export async function listActs(db: Db, workspaceId: string, opts: { q?: string; ids?: string[] } = {}): Promise<Act[]> {
  const filters = [eq(acts.workspaceId, workspaceId)]
  if (opts.q) filters.push(ilike(acts.name, likePattern(opts.q)))
  if (opts.ids) filters.push(inArray(acts.id, opts.ids.length ? opts.ids : ['00000000-0000-0000-0000-000000000000']))
  const rows = await db
    .select()
    .from(acts)
    .where(and(...filters))
    .orderBy(asc(acts.name))
  if (rows.length === 0) return []
  const ms = await listMemberships(
    db,
    workspaceId,
    rows.map((r) => r.id),
  )
  return rows.map((a) => ({
    id: a.id,
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    isInternal: a.isInternal,
    description: a.description,
    version: a.version,
    memberships: ms.filter((m) => m.actId === a.id),
  }))
}

export async function listMemberships(db: Db, workspaceId: string, actIds: string[]): Promise<Membership[]> {
  const rows = await db
    .select({ m: actMemberships, personName: people.name })
    .from(actMemberships)
    .innerJoin(people, and(eq(people.workspaceId, actMemberships.workspaceId), eq(people.id, actMemberships.personId)))
    .where(and(eq(actMemberships.workspaceId, workspaceId), inArray(actMemberships.actId, actIds)))
    .orderBy(asc(actMemberships.beginDate), asc(people.name))
  return rows.map(({ m, personName }) => ({
    id: m.id,
    actId: m.actId,
    personId: m.personId,
    personName,
    role: m.role,
    instruments: m.instruments,
    beginDate: m.beginDate,
    endDate: m.endDate,
    version: m.version,
  }))
}

/** Resolves an act given by id or slug to its id, or null. */
export async function resolveActId(db: Db, workspaceId: string, idOrSlug: string): Promise<string | null> {
  const [row] = await db
    .select({ id: acts.id })
    .from(acts)
    .where(and(eq(acts.workspaceId, workspaceId), isUuid(idOrSlug) ? eq(acts.id, idOrSlug) : eq(acts.slug, idOrSlug)))
  return row?.id ?? null
}

export async function getAct(db: Db, workspaceId: string, idOrSlug: string): Promise<Act | null> {
  const id = await resolveActId(db, workspaceId, idOrSlug)
  if (!id) return null
  const [a] = await listActs(db, workspaceId, { ids: [id] })
  return a ?? null
}

export async function missingActs(db: Db, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const found = await db
    .select({ id: acts.id })
    .from(acts)
    .where(and(eq(acts.workspaceId, workspaceId), inArray(acts.id, [...ids])))
  const have = new Set(found.map((r) => r.id))
  return new Set(ids.filter((id) => !have.has(id)))
}

/** A person's memberships of an act (any role, any dates). */
export async function listPersonMemberships(db: Db, workspaceId: string, actId: string, personId: string) {
  return db
    .select({ role: actMemberships.role, endDate: actMemberships.endDate })
    .from(actMemberships)
    .where(and(eq(actMemberships.workspaceId, workspaceId), eq(actMemberships.actId, actId), eq(actMemberships.personId, personId)))
}

/** Every membership of an act with the person's name. */
export async function listActPeople(db: Db, workspaceId: string, actId: string) {
  return db
    .select({
      personId: actMemberships.personId,
      name: people.name,
      role: actMemberships.role,
      beginDate: actMemberships.beginDate,
      endDate: actMemberships.endDate,
    })
    .from(actMemberships)
    .innerJoin(people, and(eq(people.workspaceId, actMemberships.workspaceId), eq(people.id, actMemberships.personId)))
    .where(and(eq(actMemberships.workspaceId, workspaceId), eq(actMemberships.actId, actId)))
    .orderBy(asc(people.name))
}

/** An act's name, or null when it is not in the workspace. */
export async function actName(db: Db, workspaceId: string, actId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: acts.name })
    .from(acts)
    .where(and(eq(acts.workspaceId, workspaceId), eq(acts.id, actId)))
  return row?.name ?? null
}

/** An act's slug, or null when it is not in the workspace. */
export async function actSlug(db: Db, workspaceId: string, actId: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: acts.slug })
    .from(acts)
    .where(and(eq(acts.workspaceId, workspaceId), eq(acts.id, actId)))
  return row?.slug ?? null
}

/** The acts a person is (or was) a member of. */
export async function actIdsOfPerson(db: Db, workspaceId: string, personId: string): Promise<string[]> {
  const rows = await db
    .select({ actId: actMemberships.actId })
    .from(actMemberships)
    .where(and(eq(actMemberships.workspaceId, workspaceId), eq(actMemberships.personId, personId)))
  return rows.map((r) => r.actId)
}
