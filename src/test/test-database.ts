import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createDb, type Database } from '../db/client.ts'

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
