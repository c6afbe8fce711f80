import { and, asc, eq, ilike } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { organizations } from '../schema/index.ts'
import type { Organization } from '../../contract/organizations.ts'
import type { OrganizationKind } from '../../domain/organizations.ts'
import { likePattern } from './people.ts'

type Row = typeof organizations.$inferSelect

function present(row: Row): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    ipiNameNumber: row.ipiNameNumber,
    society: row.society,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** Organisations of a workspace by name, optionally searched by name and filtered by kind. */
export async function listOrganizations(db: Db, workspaceId: string, opts: { q?: string; kind?: OrganizationKind } = {}): Promise<Organization[]> {
  const filters = [eq(organizations.workspaceId, workspaceId)]
  if (opts.q) filters.push(ilike(organizations.name, likePattern(opts.q)))
  if (opts.kind) filters.push(eq(organizations.kind, opts.kind))
  const rows = await db
    .select()
    .from(organizations)
    .where(and(...filters))
    .orderBy(asc(organizations.name), asc(organizations.id))
  return rows.map(present)
}

export async function getOrganization(db: Db, workspaceId: string, id: string): Promise<Organization | null> {
  const [row] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.workspaceId, workspaceId), eq(organizations.id, id)))
  return row ? present(row) : null
}
