import { eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { workspaces } from '../schema/index.ts'

/** The id of the workspace with this slug, or null. */
export async function findWorkspaceIdBySlug(db: Db, slug: string): Promise<string | null> {
  const [ws] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug))
  return ws?.id ?? null
}

/** The ids of at most `limit` workspaces of the database (to tell "none", "one" and "several" apart). */
export async function someWorkspaceIds(db: Db, limit: number): Promise<string[]> {
  const rows = await db.select({ id: workspaces.id }).from(workspaces).limit(limit)
  return rows.map((r) => r.id)
}

/** A workspace's row by id, or null. */
export async function getWorkspaceRow(db: Db, id: string) {
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.id, id))
  return ws ?? null
}
