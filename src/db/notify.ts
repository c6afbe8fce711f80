import { sql } from 'drizzle-orm'
import type { Db } from './client.ts'

/** PostgreSQL NOTIFY on a channel (the live-update bus across instances, events/postgres-bus.ts). */
export async function notify(db: Db, channel: string, payload: string): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, ${payload})`)
}
