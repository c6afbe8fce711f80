import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import pg from 'pg'
import * as schema from './schema/index.ts'
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
  const logger = config.onQuery ? { logQuery: config.onQuery } : undefined
  switch (config.kind) {
    case 'pglite': {
      const lock = await lockDataDir(config.dataDir)
      try {
        return await openPglite(openPgliteDir(join(config.dataDir, 'pg'), config.durability ?? 'full', config.onSync), lock, logger)
      } catch (err) {
        await lock.release()
        throw err
      }
    }
    case 'pglite-memory':
      return openPglite(new PGlite(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}), null, logger)
    case 'postgres': {
      const pool = new pg.Pool({ connectionString: config.url, max: config.max ?? 10 })
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
        exec: async (sql) => void (await pool.query(sql)),
        close: () => pool.end(),
      }
    }
  }
}

async function openPglite(client: PGlite, lock: DataDirLock | null, logger?: { logQuery: NonNullable<DbConfig['onQuery']> }): Promise<Database> {
  await client.waitReady
  return {
    db: drizzlePglite(client, { schema, logger }) as unknown as Db,
    kind: 'pglite',
    exec: async (sql) => void (await client.exec(sql)),
    async close() {
      await client.close()
      await lock?.release()
    },
  }
}
