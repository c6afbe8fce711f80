import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import pg from 'pg'
import { createHash } from 'node:crypto'
import * as schema from './schema/index.ts'
import { AuthWrites } from './auth-writes.ts'
import { lockDataDir, type DataDirLock } from './lock.ts'
import { openPgliteDir, type PgliteDurability } from './pglite-durable-fs.ts'

export type Schema = typeof schema
/** Both drivers' databases extend PgDatabase, so query code never knows which one it runs on. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>
export type DbKind = 'pglite' | 'postgres'

export interface Database {
  db: Db
  kind: DbKind
  /** The connection URL (PostgreSQL only), for connections outside the pool such as LISTEN. */
  url?: string
  /** Runs raw SQL (migrations, test set-up); not for application queries. */
  exec(sql: string): Promise<void>
  /**
   * Runs one raw statement (or, without values, a script) and gives its rows: the job queue's own
   * SQL (pg-boss's `db` option, ADR 029), so the queue shares this connection pool or PGlite instance.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>
  /**
   * Tells the listener, before the statement runs, of every statement this process sends that
   * changes who may do what (sessions, users, workspaces, memberships; ADR 046). Other processes'
   * changes arrive through the database's own NOTIFY (migration 0015).
   */
  onAuthWrite(listener: () => void): () => void
  close(): Promise<void>
}

export type DbConfig = (
  | { kind: 'pglite'; dataDir: string; durability?: PgliteDurability; onSync?: (path: string) => void }
  | { kind: 'pglite-memory'; loadDataDir?: Blob | File }
  | { kind: 'postgres'; url: string; max?: number }
) & {
  /** Sees every statement the application runs (tests that EXPLAIN them); never log its parameters. */
  onQuery?: (sql: string, params: unknown[]) => void
}

export async function createDb(config: DbConfig): Promise<Database> {
  const authWrites = new AuthWrites()
  const logger = {
    logQuery: (text: string, params: unknown[]) => {
      authWrites.saw(text)
      config.onQuery?.(text, params)
    },
  }
  switch (config.kind) {
    case 'pglite': {
      const lock = await lockDataDir(config.dataDir)
      try {
        return await openPglite(openPgliteDir(join(config.dataDir, 'pg'), config.durability ?? 'full', config.onSync), lock, logger, authWrites)
      } catch (err) {
        await lock.release()
        throw err
      }
    }
    case 'pglite-memory':
      return openPglite(new PGlite(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}), null, logger, authWrites)
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

async function openPglite(
  client: PGlite,
  lock: DataDirLock | null,
  logger: { logQuery: NonNullable<DbConfig['onQuery']> },
  authWrites: AuthWrites,
): Promise<Database> {
  await client.waitReady
  return {
    db: drizzlePglite(client, { schema, logger }) as unknown as Db,
    kind: 'pglite',
    exec: async (sql) => {
      authWrites.saw(sql)
      await client.exec(sql)
    },
    onAuthWrite: (listener) => authWrites.subscribe(listener),
    async executeSql(text, values) {
      // PGlite's query() takes one statement with parameters; exec() runs a script (pg-boss's migrations).
      if (values && values.length > 0) return client.query(text, values)
      const results = await client.exec(text)
      return results[results.length - 1] ?? { rows: [] }
    },
    async close() {
      await client.close()
      await lock?.release()
    },
  }
}
