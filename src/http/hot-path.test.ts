import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Fastify from 'fastify'
import { z } from 'zod'
import { eq, sql } from 'drizzle-orm'
import pg from 'pg'
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { buildApp, type App } from './app.ts'
import { responseSerializerCompiler } from './response-serializer.ts'
import { createDb, type Database } from '../db/client.ts'
import { users } from '../db/schema/index.ts'
import { fixedClock } from '../domain/clock.ts'
import { freshDatabase } from '../test/test-database.ts'
import { ownerWithWorkspace, signUpClient, TEST_NOW, TestClient } from '../test/test-app.ts'

/** Statements the app ran, by the tables they read. */
const reads = (statements: string[], table: string) => statements.filter((s) => s.includes(`"${table}"`))

describe('the hot path: one statement authenticates and authorises a request (ADR 025)', () => {
  const statements: string[] = []
  let database: Database
  let app: App
  let owner: TestClient
  let base: string
  let slug: string
  let ownerEmail: string
  beforeAll(async () => {
    database = await freshDatabase({ onQuery: (text) => statements.push(text) })
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    ;({ client: owner, base, slug } = await ownerWithWorkspace(app, 'Hot'))
    ownerEmail = (owner as TestClient & { email: string }).email
    expect((await owner.post(`${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })).statusCode).toBe(201)
  })
  afterAll(async () => {
    await app.close()
    await database.close()
  })

  async function statementsOf(client: TestClient, url: string) {
    statements.length = 0
    const res = await client.get(url)
    return { res, ran: [...statements] }
  }

  /** A second session of the owner: nothing of it is cached yet (ADR 046). */
  async function freshSession(): Promise<TestClient> {
    const client = new TestClient(app)
    const login = await client.post('/api/auth/login', { email: ownerEmail, password: 'correct horse battery' })
    expect(login.statusCode).toBe(200)
    return client
  }

  it('reads the session, the user and the role in the workspace in one statement, by id and by slug', async () => {
    const session = await freshSession()
    for (const url of [`${base}/acts`, `/api/workspaces/${slug}/acts`]) {
      const { res, ran } = await statementsOf(session, url)
      expect(res.statusCode).toBe(200)
      expect(res.json()).toEqual([expect.objectContaining({ name: 'Big Time Rush' })])
      const auth = reads(ran, 'sessions')
      expect(auth).toHaveLength(1)
      expect(auth[0]).toContain('"workspace_members"')
      // nothing else asks who the caller is or what they may do
      expect(reads(ran, 'workspace_members')).toHaveLength(1)
      expect(reads(ran, 'users')).toHaveLength(1)
    }
  })

  it('asks nothing about the caller when the same session repeats a request: the session cache (ADR 046)', async () => {
    const session = await freshSession()
    for (const url of [`${base}/acts`, '/api/me']) {
      expect((await statementsOf(session, url)).ran.filter((s) => s.includes('"sessions"'))).toHaveLength(1)
      const again = await statementsOf(session, url)
      expect(again.res.statusCode).toBe(200)
      expect(again.ran.filter((s) => s.includes('"sessions"'))).toEqual([])
    }
    // a stranger's made-up session is asked every time, never kept
    const stranger = new TestClient(app)
    for (let i = 0; i < 2; i++) {
      statements.length = 0
      const res = await stranger.request('GET', '/api/me', undefined, { cookie: 'gr_session=made-up-token' })
      expect(res.statusCode).toBe(401)
      expect(statements.filter((s) => s.includes('"sessions"'))).toHaveLength(1)
    }
  })

  it('looks up the caller’s person once for the whole home, though four parts are read for them', async () => {
    const { res, ran } = await statementsOf(owner, `${base}/home`)
    expect(res.statusCode).toBe(200)
    expect(res.json().person).toEqual(expect.objectContaining({ name: expect.any(String) }))
    // the person of the account: people by user_id (the timeline, the inbox and the unread count reuse it)
    const lookUps = reads(ran, 'people').filter((s) => s.includes('"user_id"'))
    expect(lookUps).toHaveLength(1)
  })

  it('answers /api/me with one statement: the session, the user and their workspaces (ADR 026)', async () => {
    const { res, ran } = await statementsOf(await freshSession(), '/api/me')
    expect(res.statusCode).toBe(200)
    expect(res.json().workspaces).toEqual([expect.objectContaining({ slug, role: 'owner' })])
    expect(ran).toHaveLength(1)
    expect(ran[0]).toContain('"sessions"')
    expect(ran[0]).toContain('"workspace_members"')
  })

  it('lists a workspace on /api/me at the next request after joining it, sorted by name (the cache forgets at the change)', async () => {
    expect((await owner.get('/api/me')).statusCode).toBe(200) // cached
    expect((await owner.post('/api/workspaces', { name: 'Another Hot' })).statusCode).toBe(201)
    const me = await owner.get('/api/me')
    expect(me.json().workspaces.map((w: { name: string }) => w.name)).toEqual(['Another Hot', expect.stringMatching(/^Hot/)])
  })

  it('still answers 404 to an outsider and to an unknown workspace, 401 without or after the session, 400 to a malformed reference', async () => {
    const outsider = await signUpClient(app, 'Outsider')
    expect((await outsider.get(`${base}/acts`)).statusCode).toBe(404)
    expect((await outsider.get(`/api/workspaces/${slug}/acts`)).statusCode).toBe(404)
    expect((await owner.get('/api/workspaces/no-such-band/acts')).statusCode).toBe(404)
    expect((await new TestClient(app).get(`${base}/acts`)).statusCode).toBe(401)
    expect((await owner.get('/api/workspaces/a%01b/acts')).statusCode).toBe(400)
    const leaving = await signUpClient(app, 'Leaving')
    expect((await leaving.get('/api/me')).statusCode).toBe(200) // cached
    expect((await leaving.post('/api/auth/logout')).statusCode).toBe(204)
    expect((await leaving.get('/api/me')).statusCode).toBe(401)
  })

  it('sees a role change at the next request (the cache forgets at the change)', async () => {
    const viewer = await signUpClient(app, 'Viewer')
    const invite = await owner.post(`${base}/invites`, { role: 'viewer' })
    expect(invite.statusCode).toBe(201)
    expect((await viewer.post(`/api/invites/${invite.json().token}/accept`)).statusCode).toBe(200)
    expect((await viewer.post(`${base}/acts`, { name: 'Not Allowed', kind: 'group', isInternal: true })).statusCode).toBe(403)
    const members = (await owner.get(`${base}/members`)).json() as { userId: string; displayName: string }[]
    const member = members.find((m) => m.displayName === 'Viewer')!
    const changed = await owner.put(`${base}/members/${member.userId}`, { role: 'manager' })
    expect(changed.statusCode, changed.body).toBe(200)
    expect((await viewer.post(`${base}/acts`, { name: 'Allowed Now', kind: 'group', isInternal: true })).statusCode).toBe(201)
  })
  it('forgets a session expired by a statement the app did not make itself (raw SQL), at the next request', async () => {
    const session = await signUpClient(app, 'Expiring')
    expect((await session.get('/api/me')).statusCode).toBe(200) // cached
    await database.exec(`update sessions set expires_at = now() - interval '1 minute' where user_id in (select id from users where email = '${session.email}')`)
    expect((await session.get('/api/me')).statusCode).toBe(401)
  })

  it.runIf(process.env.GREENROOM_TEST_DB === 'postgres')(
    'hears a change made by another process through the database’s NOTIFY: a removed member loses the workspace',
    async () => {
      const member = await signUpClient(app, 'Removed Elsewhere')
      const invite = await owner.post(`${base}/invites`, { role: 'member' })
      expect((await member.post(`/api/invites/${invite.json().token}/accept`)).statusCode).toBe(200)
      expect((await member.get(`${base}/acts`)).statusCode).toBe(200) // cached
      expect((await member.get(`${base}/acts`)).statusCode).toBe(200)
      // another process: a connection of its own, not the app's pool, so only the trigger's NOTIFY tells the app
      const other = new pg.Client({ connectionString: database.url })
      await other.connect()
      try {
        await other.query(`delete from workspace_members where user_id = (select id from users where email = $1)`, [member.email])
      } finally {
        await other.end()
      }
      let status = 0
      for (let i = 0; i < 100 && status !== 404; i++) {
        status = (await member.get(`${base}/acts`)).statusCode
        if (status !== 404) await new Promise((r) => setTimeout(r, 50))
      }
      expect(status).toBe(404)
    },
  )
})

describe('named prepared statements on PostgreSQL', () => {
  it.runIf(process.env.GREENROOM_TEST_DB === 'postgres')('prepares a statement once per connection and runs it by name', async () => {
    const template = await freshDatabase()
    const single = await createDb({ kind: 'postgres', url: template.url!, max: 1 })
    try {
      for (let i = 0; i < 3; i++)
        await single.db
          .select({ id: users.id })
          .from(users)
          .where(eq(users.email, `nobody${i}@example.test`))
      const prepared = ((await single.db.execute(sql`select name, statement from pg_prepared_statements`)) as unknown as { rows: unknown[] }).rows as {
        name: string
        statement: string
      }[]
      const mine = prepared.filter((p) => p.statement.includes('from "users"'))
      expect(mine).toHaveLength(1)
      expect(mine[0]!.name).toMatch(/^gr_/)
    } finally {
      await single.close()
      await template.close()
    }
  })
})

describe('responses written by the compiled serializer from the zod response schema', () => {
  const Edition = z.object({ id: z.string(), name: z.string(), releaseDate: z.string().nullable(), note: z.string().optional() })
  const Release = z.object({
    id: z.string(),
    title: z.string(),
    at: z.iso.datetime(),
    editions: z.array(Edition),
    single: Edition.nullable(),
    meta: z.record(z.string(), z.number()),
  })
  async function serve(result: unknown) {
    const app = Fastify().withTypeProvider<ZodTypeProvider>()
    app.setValidatorCompiler(validatorCompiler)
    app.setSerializerCompiler(responseSerializerCompiler)
    app.get('/r', { schema: { response: { 200: Release } } }, async () => result as z.infer<typeof Release>)
    const res = await app.inject({ method: 'GET', url: '/r' })
    await app.close()
    return res
  }

  it('writes only the declared fields: what a handler adds does not reach the client, at any depth', async () => {
    const res = await serve({
      id: 'r1',
      title: '24/Seven',
      at: '2013-06-11T00:00:00.000Z',
      passwordHash: 'secret',
      workspaceId: 'w',
      editions: [{ id: 'e1', name: 'Standard', releaseDate: null, tokenHash: 'secret' }],
      single: { id: 'e2', name: 'Single', releaseDate: '2013-05-01', internal: 'secret' },
      meta: { tracks: 10 },
    })
    expect(res.statusCode).toBe(200)
    expect(res.body).not.toContain('secret')
    expect(res.json()).toEqual({
      id: 'r1',
      title: '24/Seven',
      at: '2013-06-11T00:00:00.000Z',
      editions: [{ id: 'e1', name: 'Standard', releaseDate: null }],
      single: { id: 'e2', name: 'Single', releaseDate: '2013-05-01' },
      meta: { tracks: 10 },
    })
  })

  it('keeps null, leaves out an absent optional field, and writes a Date as an ISO instant', async () => {
    const res = await serve({
      id: 'r1',
      title: 'T',
      at: new Date('2013-06-11T10:00:00Z'),
      editions: [{ id: 'e1', name: 'S', releaseDate: null, note: undefined }],
      single: null,
      meta: {},
    })
    expect(res.json()).toEqual({
      id: 'r1',
      title: 'T',
      at: '2013-06-11T10:00:00.000Z',
      editions: [{ id: 'e1', name: 'S', releaseDate: null }],
      single: null,
      meta: {},
    })
    expect(res.body).not.toContain('note')
  })

  it('answers 500 when a required field is missing, as the zod serializer did', async () => {
    const res = await serve({ id: 'r1', at: '2013-06-11T00:00:00.000Z', editions: [], single: null, meta: {} })
    expect(res.statusCode).toBe(500)
  })
})
