/**
 * Scale of tenants (PostgreSQL): one small workspace's reads (a release, a set-list version, a
 * person's private calendar feed) with 10 workspaces in the database, then again with 10,000: most
 * of them copies of the demo workspace (about 750 rows each), ten of them big (thousands of shows
 * and songs). The ratio says what the other tenants cost a small one; the goal is ≤ 1.2.
 *
 * The copies are made in SQL: every key leads with workspace_id (ADR 003), so a workspace's rows
 * copied under a new workspace_id are a valid workspace of their own. Columns unique across the
 * whole server (a token, a public handle) are left empty in the copies.
 */
import pg from 'pg'
import { createDb } from '../src/db/client.ts'
import { migrate } from '../src/db/migrate.ts'
import { buildApp } from '../src/http/app.ts'
import { fixedClock } from '../src/domain/clock.ts'
import { loadDemoWorld } from '../src/demo/load-demo-world.ts'
import { load, type LoadResult } from './http-load.ts'

const PG_ADMIN = process.env.GREENROOM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const CONNECTIONS = 10
const TOTAL_WORKSPACES = 10_000
const BIG_WORKSPACES = 10
const BIG_COPIES = 60 // × the demo's 32 shows and 30 songs: about 2,000 of each

export interface TenantRead {
  name: string
  few: LoadResult
  many: LoadResult
  ratio: string
}

export interface TenantsBench {
  workspaces: number
  rows: number
  loadSeconds: number
  reads: TenantRead[]
}

export async function benchTenants(opts: { seconds: number }): Promise<TenantsBench> {
  const name = `greenroom_bench_tenants_${Date.now()}`
  const admin = new pg.Client({ connectionString: PG_ADMIN })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  const url = PG_ADMIN.replace(/\/[^/]*$/, `/${name}`)
  const database = await createDb({ kind: 'postgres', url })
  const sql = new pg.Client({ connectionString: url })
  try {
    const clock = fixedClock(new Date('2013-04-15T12:00:00Z'))
    await migrate(database)
    await loadDemoWorld(database.db, { clock })
    await sql.connect()
    const demoId = (await sql.query(`SELECT id FROM workspaces WHERE slug = 'demo'`)).rows[0].id as string
    const copier = await workspaceCopier(sql, demoId)

    const app = await buildApp({ database, clock, logLevel: 'silent' })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
    const urls = await demoUrls(origin)

    await copier.copy(1, 9, 0)
    await sql.query('ANALYZE')
    const few = await measure(urls, opts.seconds)

    const started = performance.now()
    await copier.copy(10, TOTAL_WORKSPACES - 10 - BIG_WORKSPACES, 0)
    await copier.copy(TOTAL_WORKSPACES - BIG_WORKSPACES, BIG_WORKSPACES, BIG_COPIES)
    await sql.query('ANALYZE')
    const loadSeconds = Math.round((performance.now() - started) / 1000)
    const many = await measure(urls, opts.seconds)
    const rows = await copier.countRows()
    await app.close()

    return {
      workspaces: Number((await sql.query('SELECT count(*) FROM workspaces')).rows[0].count),
      rows,
      loadSeconds,
      reads: urls.map(({ name: read }, i) => ({
        name: read,
        few: few[i]!,
        many: many[i]!,
        ratio: `${(few[i]!.requestsPerSecond / many[i]!.requestsPerSecond).toFixed(2)} (throughput with 10 workspaces ÷ with ${TOTAL_WORKSPACES.toLocaleString('en')}; goal ≤ 1.2)`,
      })),
    }
  } finally {
    await sql.end().catch(() => {})
    await database.close()
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  }
}

/** Kendall's reads of the demo workspace: the album, the latest set-list version, his private feed. */
async function demoUrls(origin: string): Promise<Array<{ name: string; url: string; headers: Record<string, string> }>> {
  const login = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'kendall@demo.greenroom.test', password: 'greenroom-demo' }),
  })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  const headers = { cookie }
  const api = async (path: string, init?: RequestInit) =>
    (await fetch(`${origin}/api/workspaces/demo${path}`, { ...init, headers: { ...headers, 'content-type': 'application/json' } })).json()
  const album = ((await api('/release-groups?q=24')) as Array<{ id: string }>)[0]!
  const proposal = ((await api('/setlists/proposals')) as Array<{ id: string }>)[0]!
  const version = ((await api(`/setlists/proposals/${proposal.id}`)) as { latestVersion: { id: string } }).latestVersion
  const me = (await api('')) as { personId: string }
  const feed = (await api(`/people/${me.personId}/feeds`, { method: 'POST', body: '{}' })) as { token: string }
  return [
    { name: 'release (24/Seven)', url: `${origin}/api/workspaces/demo/release-groups/${album.id}`, headers },
    { name: 'set-list version', url: `${origin}/api/workspaces/demo/setlists/versions/${version.id}`, headers },
    { name: 'private calendar feed', url: `${origin}/feeds/${feed.token}.ics`, headers: {} },
  ]
}

async function measure(urls: Array<{ url: string; headers: Record<string, string> }>, seconds: number): Promise<LoadResult[]> {
  const results: LoadResult[] = []
  for (const { url, headers } of urls) {
    await load(url, { seconds: 1, connections: CONNECTIONS, headers })
    const result = await load(url, { seconds, connections: CONNECTIONS, headers })
    if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`)
    results.push(result)
  }
  return results
}

/** Copies one workspace's rows under new workspace ids, table by table, in one statement each. */
async function workspaceCopier(sql: pg.Client, templateId: string) {
  const tables = (
    await sql.query(`SELECT table_name FROM information_schema.columns WHERE column_name = 'workspace_id' AND table_schema = 'public' ORDER BY table_name`)
  ).rows.map((r) => r.table_name as string)
  const columnsOf = new Map<string, Array<{ name: string; nullable: boolean }>>()
  for (const table of tables) {
    const rows = (
      await sql.query(
        `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      )
    ).rows
    columnsOf.set(
      table,
      rows.map((r) => ({ name: r.column_name as string, nullable: r.is_nullable === 'YES' })),
    )
  }
  // Columns unique across the server (not per workspace) cannot be copied as they are.
  const serverUnique = new Set(
    (
      await sql.query(
        `SELECT t.relname AS table, a.attname AS column FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(x.indkey)
         WHERE x.indisunique AND t.relname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_attribute w WHERE w.attrelid = t.oid AND w.attname = 'workspace_id' AND w.attnum = ANY(x.indkey))`,
        [tables],
      )
    ).rows.map((r) => `${r.table}.${r.column}`),
  )
  // Accounts are not copied: the copies belong to nobody who signs in.
  const skipped = new Set(['workspace_members', 'invites', 'calendar_feeds'])

  return {
    async copy(from: number, count: number, bigCopies: number) {
      if (count <= 0) return
      await sql.query('BEGIN')
      await sql.query(`SET LOCAL session_replication_role = replica`) // the copies' foreign keys hold by construction
      await sql.query(`CREATE TEMP TABLE new_workspaces ON COMMIT DROP AS SELECT gen_random_uuid() AS id, n FROM generate_series($1::int, $2::int) AS n`, [
        from,
        from + count - 1,
      ])
      await sql.query(`INSERT INTO workspaces (id, slug, name, version, created_at) SELECT id, 'tenant-' || n, 'Tenant ' || n, 1, now() FROM new_workspaces`)
      for (const table of tables) {
        if (skipped.has(table)) continue
        const columns = columnsOf.get(table)!
        if (columns.some((c) => serverUnique.has(`${table}.${c.name}`) && !c.nullable)) continue
        const select = columns.map((c) =>
          c.name === 'workspace_id'
            ? 'w.id'
            : serverUnique.has(`${table}.${c.name}`) || (table === 'people' && c.name === 'user_id')
              ? 'NULL'
              : `t."${c.name}"`,
        )
        const list = columns.map((c) => `"${c.name}"`).join(', ')
        await sql.query(
          `INSERT INTO "${table}" (${list}) SELECT ${select.join(', ')} FROM "${table}" t CROSS JOIN new_workspaces w WHERE t.workspace_id = $1`,
          [templateId],
        )
        // The big tenants: many more shows and songs (new ids, the template's other values).
        if (bigCopies > 0 && (table === 'shows' || table === 'works')) {
          const fresh = columns.map((c) => (c.name === 'workspace_id' ? 'w.id' : c.name === 'id' ? 'gen_random_uuid()' : `t."${c.name}"`))
          await sql.query(
            `INSERT INTO "${table}" (${list}) SELECT ${fresh.join(', ')} FROM "${table}" t CROSS JOIN new_workspaces w CROSS JOIN generate_series(1, $2::int) WHERE t.workspace_id = $1`,
            [templateId, bigCopies],
          )
        }
      }
      await sql.query('COMMIT')
    },
    async countRows(): Promise<number> {
      let total = 0
      for (const table of tables) total += Number((await sql.query(`SELECT count(*) FROM "${table}"`)).rows[0].count)
      return total
    },
  }
}
