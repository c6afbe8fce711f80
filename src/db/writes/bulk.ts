import { inArray } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { Db } from '../client.ts'
import * as schema from '../schema/index.ts'

/** The name of a table of the schema (its export in db/schema). */
export type TableName = { [K in keyof typeof schema]: (typeof schema)[K] extends PgTable ? K : never }[keyof typeof schema]

/** Inserts prepared rows into one table in one statement (seed data: the rows are built to the table's shape). */
export async function insertRows(db: Db, table: TableName, rows: readonly object[]): Promise<void> {
  if (rows.length > 0) await db.insert(schema[table] as PgTable).values(rows as never)
}

/** The slug of some workspace of the database, or null when it has none. */
export async function anyWorkspaceSlug(db: Db): Promise<string | null> {
  const [workspace] = await db.select({ slug: schema.workspaces.slug }).from(schema.workspaces).limit(1)
  return workspace?.slug ?? null
}

/** Of these login addresses, the ones an account has already. */
export async function takenEmails(db: Db, emails: string[]): Promise<string[]> {
  if (emails.length === 0) return []
  const taken = await db.select({ email: schema.users.email }).from(schema.users).where(inArray(schema.users.email, emails))
  return taken.map((t) => t.email)
}
