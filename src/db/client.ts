import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { createHash } from 'node:crypto'
import * as schema from './schema/index.ts'
import { AuthWrites } from './auth-writes.ts'
import type { Database, Db, DbConfig } from './database.ts'

export type { Database, Db, DbConfig } from './database.ts'

export async function createDb(config: DbConfig): Promise<Database> {
  const authWrites = new AuthWrites()
  const logger = {
    logQuery: (text: string, params: unknown[]) => {
      authWrites.saw(text)
      config.onQuery?.(text, params)
    },
  }
  switch (config.kind) {
    // PGlite's JavaScript (and the data-directory lock) is loaded only to open PGlite: a start on
    // PostgreSQL does not pay for it (ADR 052).
    case 'pglite':
    case 'pglite-memory': {
      const { openPgliteDatabase } = await import('./client-pglite.ts')
      return openPgliteDatabase(config, logger, authWrites)
    }
    case 'postgres': {
      const pool = new pg.Pool({ connectionString: config.url, max: config.max ?? 10, Client: NamedStatementClient })
      // An idle connection the server ends (restart, DROP DATABASE … FORCE) must not crash the process;
      // the pool replaces it and the next query reports any real outage.
      pool.on('error', () => {})
      // Fail fast with the server's own message when it cannot be reached.
      const probe = await pool.connect()
      probe.release()
      return {
        db: drizzlePg(pool, { schema, logger }) as unknown as Db,
        kind: 'postgres',
        url: config.url,
        exec: async (sql) => {
          authWrites.saw(sql)
          await pool.query(sql)
        },
        onAuthWrite: (listener) => authWrites.subscribe(listener),
        executeSql: async (text, values) => {
          const result = (await pool.query(text, values)) as unknown as { rows: unknown[] } | { rows: unknown[] }[]
          return Array.isArray(result) ? (result[result.length - 1] ?? { rows: [] }) : result
        },
        close: () => pool.end(),
      }
    }
  }
}

/** At most this many distinct statements are prepared (per connection, on the server); later ones run unnamed. */
export const MAX_NAMED_STATEMENTS = 1000
const statementNames = new Map<string, string>()

/** The name under which a statement's text is prepared: a hash of the text, so one name never means two texts. */
export function statementName(text: string): string | undefined {
  let name = statementNames.get(text)
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `gr_${createHash('sha1').update(text).digest('base64url')}`
    statementNames.set(text, name)
  }
  return name
}

/**
 * A node-postgres client that runs every parameterised statement as a named prepared statement
 * (ADR 025): each connection parses and plans a statement once and then only binds and executes it.
 * Drizzle builds the same text for the same query, so the set of names stays small; it is capped all the same.
 */
class NamedStatementClient extends pg.Client {
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    if (config && typeof config === 'object' && 'text' in config && !('name' in config && config.name) && !('submit' in config)) {
      const name = statementName((config as { text: string }).text)
      if (name) config = { ...config, name }
    }
    return (super.query as (...args: unknown[]) => never)(config, values, callback)
  }
}
