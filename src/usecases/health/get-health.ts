import type { Health } from '../../contract/health.ts'
import type { Database } from '../../db/client.ts'
import { appliedSchemaVersion } from '../../db/migrate.ts'
import type { Clock } from '../../domain/clock.ts'

/** Liveness: the database kind, the schema version it runs and the clock's now. */
export async function getHealth(database: Database, clock: Clock): Promise<Health> {
  return { status: 'ok', database: database.kind, schemaVersion: await appliedSchemaVersion(database), now: clock.now().toISOString() }
}
