import type { Health } from '../../contract/health.ts'
import type { Database } from '../../db/client.ts'
import { appliedSchemaVersion } from '../../db/migrate.ts'
import type { Clock } from '../../domain/clock.ts'

/**
 * The schema version each open database answered, read once: it cannot change under a running
 * process except through that process's own migration, which runs before the server listens
 * (ADR 026). A failed read is not kept, so the next call asks again.
 */
const schemaVersions = new WeakMap<Database, Promise<number>>()

function schemaVersionOf(database: Database): Promise<number> {
  let version = schemaVersions.get(database)
  if (!version) {
    version = appliedSchemaVersion(database)
    schemaVersions.set(database, version)
    version.catch(() => schemaVersions.delete(database))
  }
  return version
}

/** Liveness: the database kind, the schema version it runs and the clock's now. */
export async function getHealth(database: Database, clock: Clock): Promise<Health> {
  return { status: 'ok', database: database.kind, schemaVersion: await schemaVersionOf(database), now: clock.now().toISOString() }
}
