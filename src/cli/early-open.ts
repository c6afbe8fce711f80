import { readConfig } from '../config/env.ts'
import type { Database } from '../db/client.ts'
import { openDatabase } from './open-database.ts'

let early: Promise<Database> | undefined

/**
 * For a plain `greenroom serve` (or `serve --demo`), starts opening and migrating the database before
 * the rest of the server's code loads (entry.ts), so PGlite's WASM compile and file reads, or the
 * PostgreSQL connection, overlap module loading (ADR 052). Nothing answers requests until the serve
 * command has awaited it: the server still listens only on a migrated database. Any other command
 * line (help, a typo, another command) opens nothing here.
 */
export function openDatabaseEarly(argv: readonly string[]): void {
  if (argv[2] !== 'serve' || argv.slice(3).some((a) => a !== '--demo')) return
  let config
  try {
    config = readConfig()
  } catch {
    return // the serve command reads the configuration again and reports the mistake
  }
  early = openDatabase(config)
  // Reported when the serve command takes it; until then a failure must not end the process unheard.
  early.catch(() => {})
}

/** The database openDatabaseEarly started, once (later calls get undefined). */
export function takeEarlyDatabase(): Promise<Database> | undefined {
  const taken = early
  early = undefined
  return taken
}
