import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { sql } from 'drizzle-orm'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import type { Database } from './client.ts'

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url))

/** Applies the committed SQL migrations that are not yet applied; safe to run at every start. */
export async function migrate(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER }
  if (database.kind === 'pglite') await migratePglite(database.db as never, config)
  else await migratePg(database.db as never, config)
}

/** The schema version the code expects: the number of committed migrations. */
export function expectedSchemaVersion(): number {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as { entries: unknown[] }
  return journal.entries.length
}

/** The schema version the database is at: the number of migrations applied to it. */
export async function appliedSchemaVersion(database: Database): Promise<number> {
  const result = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
  const rows = (result as unknown as { rows?: { n: number }[] }).rows ?? (result as unknown as { n: number }[])
  return Number(rows[0]?.n ?? 0)
}
