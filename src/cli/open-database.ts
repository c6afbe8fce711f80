import { createDb, type Database } from '../db/client.ts'
import { migrate } from '../db/migrate.ts'
import { fixedClock, systemClock, type Clock } from '../domain/clock.ts'
import type { Config } from '../config/env.ts'

/** Opens the configured database (taking the data-directory lock on PGlite) and brings its schema up to date. */
export async function openDatabase(config: Config): Promise<Database> {
  const database = await createDb(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir, durability: config.pgliteDurability },
  )
  try {
    await migrate(database)
  } catch (err) {
    await database.close()
    throw err
  }
  return database
}

export function clockOf(config: Config): Clock {
  return config.now ? fixedClock(config.now) : systemClock
}
