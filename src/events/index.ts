import type { Database } from '../db/client.ts'
import { notify } from '../db/notify.ts'
import type { EventBus } from './bus.ts'
import { InProcessEventBus } from './in-process-bus.ts'
import { PostgresEventBus } from './postgres-bus.ts'

export type { EventBus } from './bus.ts'
export { InProcessEventBus } from './in-process-bus.ts'
export { PostgresEventBus } from './postgres-bus.ts'

/** PostgreSQL fans out through LISTEN/NOTIFY (several instances, one database); PGlite stays in-process. */
export async function createEventBus(database: Database, onError: (err: unknown) => void = () => {}): Promise<EventBus> {
  if (database.kind === 'postgres' && database.url) {
    return PostgresEventBus.start({
      url: database.url,
      notify: (channel, payload) => notify(database.db, channel, payload),
      onError,
    })
  }
  return new InProcessEventBus(onError)
}
