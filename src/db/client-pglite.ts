import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import * as schema from './schema/index.ts'
import type { AuthWrites } from './auth-writes.ts'
import type { Database, Db, DbConfig } from './database.ts'
import { lockDataDir, type DataDirLock } from './lock.ts'
import { openPgliteDir } from './pglite-durable-fs.ts'

/** createDb's PGlite half (db/client.ts), loaded only when PGlite is opened. */
export async function openPgliteDatabase(
  config: Extract<DbConfig, { kind: 'pglite' | 'pglite-memory' }>,
  logger: { logQuery: NonNullable<DbConfig['onQuery']> },
  authWrites: AuthWrites,
): Promise<Database> {
  if (config.kind === 'pglite-memory') return openPglite(new PGlite(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}), null, logger, authWrites)
  const lock = await lockDataDir(config.dataDir)
  try {
    return await openPglite(openPgliteDir(join(config.dataDir, 'pg'), config.durability ?? 'full', config.onSync), lock, logger, authWrites)
  } catch (err) {
    await lock.release()
    throw err
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
