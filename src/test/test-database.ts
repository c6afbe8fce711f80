import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { createDb, type Database } from '../db/client.ts'
import { migrate } from '../db/migrate.ts'

/** Which database the suite runs on: GREENROOM_TEST_DB=postgres for the real server, PGlite otherwise. */
export function testDbKind(): 'pglite' | 'postgres' {
  return process.env.GREENROOM_TEST_DB === 'postgres' ? 'postgres' : 'pglite'
}

export const PG_ADMIN_URL = process.env.GREENROOM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
/**
 * One template per test run (vitest.config.ts sets GREENROOM_TEST_RUN in the main process, and the
 * forked workers inherit it), so two runs in one checkout never read each other's half-written template.
 */
const RUN = (process.env.GREENROOM_TEST_RUN ?? 'default').replace(/[^a-z0-9]/gi, '')
export const PG_TEMPLATE_DB = `greenroom_test_template_${RUN}`
export const PGLITE_TEMPLATE_FILE = new URL(`../../.tmp/pglite-template-${RUN}.tar`, import.meta.url)

/** A fresh, migrated, empty database for one test file; close() removes it. */
export async function freshDatabase(opts: { onQuery?: (sql: string, params: unknown[]) => void } = {}): Promise<Database> {
  if (testDbKind() === 'postgres') {
    const name = `greenroom_t_${randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`)
    await admin.end()
    const database = await createDb({ kind: 'postgres', url: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`), max: 4, onQuery: opts.onQuery })
    return {
      ...database,
      async close() {
        await database.close()
        const a = new pg.Client({ connectionString: PG_ADMIN_URL })
        await a.connect()
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await a.end()
      },
    }
  }
  const dump = readFileSync(PGLITE_TEMPLATE_FILE)
  return createDb({ kind: 'pglite-memory', loadDataDir: new Blob([dump]), onQuery: opts.onQuery })
}

/**
 * A database for the `greenroom` command run as its own process, on the suite's kind: a PGlite data
 * directory (GREENROOM_DATA_DIR), or with GREENROOM_TEST_DB=postgres a database of its own on the
 * test server (DATABASE_URL), so every CLI command is tested on both. `open()` gives a migrated
 * connection to seed it (close it before the command runs: PGlite holds a lock); `drop()` removes it.
 */
export interface CliDatabase {
  env: Record<string, string>
  open(): Promise<Database>
  drop(): Promise<void>
}

export async function cliDatabase(prefix: string): Promise<CliDatabase> {
  if (testDbKind() === 'postgres') {
    const name = `greenroom_cli_${randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`)
    await admin.end()
    const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`)
    return {
      env: { DATABASE_URL: url },
      open: () => createDb({ kind: 'postgres', url, max: 2 }),
      async drop() {
        const a = new pg.Client({ connectionString: PG_ADMIN_URL })
        await a.connect()
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await a.end()
      },
    }
  }
  const dir = mkdtempSync(join(tmpdir(), `greenroom-${prefix}-`))
  return {
    env: { GREENROOM_DATA_DIR: dir },
    async open() {
      const database = await createDb({ kind: 'pglite', dataDir: dir })
      await migrate(database)
      return database
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  }
}
