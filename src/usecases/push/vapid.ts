import { vapidKeysOf } from '../../db/queries/push.ts'
import type { Deps } from '../deps.ts'

/**
 * The server's VAPID key pair (RFC 8292): made on first use and kept in `push_keys`, so every
 * instance on the database signs with the same key and a restart never strands the devices that
 * subscribed with it. Read once per process after that.
 */
let cached: { db: unknown; keys: { publicKey: string; privateKey: string } } | null = null

export async function vapidKeys(deps: Deps): Promise<{ publicKey: string; privateKey: string }> {
  if (cached?.db === deps.db) return cached.keys
  const { default: webpush } = await import('web-push') // loaded on first use, not at start (ADR 052)
  const keys = await vapidKeysOf(deps.db, () => webpush.generateVAPIDKeys(), deps.clock.now())
  cached = { db: deps.db, keys }
  return keys
}
