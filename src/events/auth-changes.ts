import type { Database } from '../db/client.ts'
import { PgListener } from './pg-listener.ts'

/** The channel the auth-changes triggers of migration 0015 notify (ADR 046). */
export const AUTH_CHANNEL = 'greenroom_auth'

export interface AuthChangeHandlers {
  /** Who may do what changed somewhere: forget what was cached. */
  change(): void
  /** Whether changes made by other processes can be heard; while not, cache nothing. */
  listening(ok: boolean): void
}

/**
 * Hears every change to sessions, users, workspaces and memberships (ADR 046): this process's own
 * statements at once (before they run), and on PostgreSQL every other process's through the
 * triggers' NOTIFY on a LISTEN connection of its own. On PGlite this process is the only one (the
 * data directory's lock), so its own statements are all there is. Returns the function that stops it.
 */
export async function listenForAuthChanges(database: Database, on: AuthChangeHandlers, onError: (err: unknown) => void): Promise<() => Promise<void>> {
  const stopOwn = database.onAuthWrite(on.change)
  if (database.kind !== 'postgres' || !database.url) return async () => void stopOwn()
  let listener: PgListener | null = null
  try {
    listener = await PgListener.start({
      url: database.url,
      channels: [AUTH_CHANNEL],
      onNotification: () => on.change(),
      onLost: () => on.listening(false),
      onRestored: () => on.listening(true),
      onError,
    })
  } catch (err) {
    onError(err)
    on.listening(false)
  }
  return async () => {
    stopOwn()
    await listener?.close()
  }
}
