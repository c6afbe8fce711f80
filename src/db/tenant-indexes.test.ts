import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, type App } from '../http/app.ts'
import { fixedClock } from '../domain/clock.ts'
import { ownerWithWorkspace, TEST_NOW } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildWorkspaceFixtures } from '../test/workspace-fixtures.ts'
import type { Database } from './client.ts'

/**
 * Every statement the routes run, EXPLAINed with sequential scans switched off: a statement that
 * still scans a tenant table from end to end has no index it can use, and one that uses an index
 * not led by workspace_id reads across tenants. On a small database PostgreSQL rightly prefers
 * sequential scans, which is why they are switched off: the question is whether an index exists
 * that a big database would use, not what the planner picks for ten rows.
 */

/** Look-ups that cross workspaces by design, each with its reason. */
const crossTenant: Record<string, string> = {
  // Which workspaces a signed-in user belongs to (/api/me, the workspace scope): by user, across workspaces.
  workspace_members: 'user_id',
  // An invite link or a private feed is found by its token before the workspace is known.
  invites: 'token_hash',
  calendar_feeds: 'token_hash',
  // A public page is found by the handle an owner claimed, unique on the server (ADR 015).
  public_handles: 'handle',
  // The push sweep at start finds the deliveries still waiting, whichever workspace they are in (ADR 044).
  push_deliveries: 'status',
}

type Captured = { sql: string; params: unknown[] }
type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] }
type RawClient = { query(text: string, params?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }> }

describe('tenant queries and their indexes', () => {
  const captured: Captured[] = []
  let database: Database
  let app: App
  let findings: string[] = []
  let explained = 0

  beforeAll(async () => {
    database = await freshDatabase({ onQuery: (sql, params) => captured.push({ sql, params }) })
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    // Two workspaces full of data, so a query that forgets workspace_id has something to read across.
    const other = await ownerWithWorkspace(app, 'Other Band')
    await buildWorkspaceFixtures(other.client, other.base)
    const ws = await ownerWithWorkspace(app, 'Indexed Band')
    const ids = { workspaceId: ws.workspaceId, ...(await buildWorkspaceFixtures(ws.client, ws.base)) }
    const fill = (url: string) => url.replace(/:(\w+)/g, (_, name: string) => ids[name as keyof typeof ids] ?? 'missing')
    for (const route of app.routeTable.filter((r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.includes('/events'))) {
      await ws.client.get(fill(route.url))
    }
    const raw = (database.db as unknown as { $client: RawClient & { connect?(): Promise<RawClient & { release(): void }> } }).$client
    const session = raw.connect ? await raw.connect() : raw
    const tenantTables = new Set(
      (await session.query(`SELECT table_name FROM information_schema.columns WHERE column_name = 'workspace_id' AND table_schema = 'public'`)).rows.map((r) =>
        String(r.table_name),
      ),
    )
    const indexes = new Map(
      (
        await session.query(
          `SELECT i.relname AS index, t.relname AS table, a.attname AS first FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]`,
        )
      ).rows.map((r) => [String(r.index), { table: String(r.table), first: String(r.first) }]),
    )
    await session.query('SET enable_seqscan = off')
    const seen = new Set<string>()
    try {
      for (const { sql, params } of captured) {
        if (!/^\s*(select|update|delete|with|insert)/i.test(sql) || seen.has(sql)) continue
        seen.add(sql)
        const plan = (await session.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)).rows[0]!['QUERY PLAN'] as Array<{ Plan: PlanNode }> | string
        explained++
        const root = (typeof plan === 'string' ? JSON.parse(plan) : plan)[0].Plan as PlanNode
        for (const node of walk(root)) {
          const index = node['Index Name'] ? indexes.get(node['Index Name']) : undefined
          // A bitmap index scan names its index but not its table (the heap scan above it does).
          const table = node['Relation Name'] ?? index?.table
          if (!table || !tenantTables.has(table)) continue
          if (node['Node Type'] === 'Seq Scan') findings.push(`sequential scan of ${table}: ${sql.slice(0, 200)}`)
          if (index && index.first !== 'workspace_id' && crossTenant[table] !== index.first)
            findings.push(`${table} read through ${node['Index Name']} (led by ${index.first}): ${sql.slice(0, 200)}`)
        }
      }
    } finally {
      await session.query('RESET enable_seqscan')
      if ('release' in session) (session as { release(): void }).release()
    }
    findings = [...new Set(findings)]
  }, 300_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  it('explains a meaningful share of what the routes run', () => {
    expect(explained).toBeGreaterThan(100)
  })

  it('reads tenant tables only through indexes led by workspace_id (or a stated cross-tenant key)', () => {
    expect(findings).toEqual([])
  })
})

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node
  for (const child of node.Plans ?? []) yield* walk(child)
}
