import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import pg from 'pg'
import { createDb } from '../db/client.ts'
import { migrate } from '../db/migrate.ts'
import { PGLITE_TEMPLATE_FILE, PG_ADMIN_URL, PG_TEMPLATE_DB, testDbKind } from './test-database.ts'

/**
 * Runs once per test run: migrates one template database, which every test file then copies
 * (PGlite: a data-dir dump, ~0.5 s to load instead of ~4 s of initdb; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup() {
  // CLI tests run the `greenroom` bin, which runs the compiled server: compile it once, here, rather
  // than in several test processes at the same time.
  execFileSync(process.execPath, ['scripts/ensure-server-built.mjs'], { cwd: new URL('../..', import.meta.url), stdio: 'inherit' })
  if (testDbKind() === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE_DB}`)
    await admin.end()
    const database = await createDb({ kind: 'postgres', url: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${PG_TEMPLATE_DB}`), max: 1 })
    await migrate(database)
    await database.close()
    return async () => {
      const a = new pg.Client({ connectionString: PG_ADMIN_URL })
      await a.connect()
      await a.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB} WITH (FORCE)`)
      await a.end()
    }
  }
  const database = await createDb({ kind: 'pglite-memory' })
  await migrate(database)
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client
  const dump = await client.dumpDataDir('none')
  mkdirSync(new URL('.', PGLITE_TEMPLATE_FILE), { recursive: true })
  writeFileSync(PGLITE_TEMPLATE_FILE, Buffer.from(await dump.arrayBuffer()))
  await database.close()
  return () => rmSync(PGLITE_TEMPLATE_FILE, { force: true })
}
