import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClient, startTestApp, TestClient, type TestApp } from '../test/test-app.ts'
import { LOGIN_FAILURES_PER_ACCOUNT } from '../usecases/auth/login-limits.ts'

describe('accounts and sessions', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp()
  })
  afterAll(() => t.close())

  it('signs up without logging in; logging in sets an httpOnly SameSite session cookie and knows the user', async () => {
    const client = new TestClient(t.app)
    const res = await client.post('/api/auth/signup', { email: 'Ann@Example.test', password: 'long enough pw', displayName: 'Ann' })
    expect(res.statusCode).toBe(202)
    expect(res.headers['set-cookie']).toBeUndefined()
    expect((await client.get('/api/me')).statusCode).toBe(401)
    const login = await client.post('/api/auth/login', { email: 'ann@example.test', password: 'long enough pw' })
    expect(login.statusCode).toBe(200)
    const cookie = String(login.headers['set-cookie'])
    expect(cookie).toMatch(/gr_session=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const me = await client.get('/api/me')
    expect(me.json().user.email).toBe('ann@example.test')
    expect(me.json().user.displayName).toBe('Ann')
  })

  it('answers sign-up with an existing email exactly as with a new one, and keeps the existing account', async () => {
    const fresh = await new TestClient(t.app).post('/api/auth/signup', { email: 'bob@example.test', password: 'another long pw', displayName: 'Bob' })
    const again = await new TestClient(t.app).post('/api/auth/signup', { email: 'ANN@example.test', password: 'another long pw', displayName: 'Ann 2' })
    expect(again.statusCode).toBe(fresh.statusCode)
    expect(again.body).toBe(fresh.body)
    expect(again.headers['content-type']).toBe(fresh.headers['content-type'])
    expect(again.headers['set-cookie']).toBe(fresh.headers['set-cookie'])
    // The existing account is untouched: its own password still works, the new one does not.
    expect((await new TestClient(t.app).post('/api/auth/login', { email: 'ann@example.test', password: 'another long pw' })).statusCode).toBe(401)
    const ann = new TestClient(t.app)
    expect((await ann.post('/api/auth/login', { email: 'ann@example.test', password: 'long enough pw' })).statusCode).toBe(200)
    expect((await ann.get('/api/me')).json().user.displayName).toBe('Ann')
  })

  it('refuses a short password and a malformed email as problem+json naming both fields', async () => {
    const res = await new TestClient(t.app).post('/api/auth/signup', { email: 'nope', password: 'short', displayName: 'X' })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['email', 'password'])
  })

  it('logs in with the right password and not with a wrong one', async () => {
    const client = new TestClient(t.app)
    expect((await client.post('/api/auth/login', { email: 'ann@example.test', password: 'wrong password' })).statusCode).toBe(401)
    expect((await client.get('/api/me')).statusCode).toBe(401)
    expect((await client.post('/api/auth/login', { email: 'ANN@example.test', password: 'long enough pw' })).statusCode).toBe(200)
    expect((await client.get('/api/me')).statusCode).toBe(200)
  })

  it('ends the session on logout, server side too', async () => {
    const client = await signUpClient(t.app)
    const cookieBefore = (client as unknown as { cookie: string }).cookie
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204)
    expect((await client.get('/api/me')).statusCode).toBe(401)
    const replay = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: cookieBefore } })
    expect(replay.statusCode).toBe(401)
  })

  it('rate-limits repeated login attempts for one address and email', async () => {
    const client = new TestClient(t.app)
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT + 2; i++)
      statuses.push((await client.post('/api/auth/login', { email: 'victim@example.test', password: `guess ${i}` })).statusCode)
    expect(statuses.slice(0, LOGIN_FAILURES_PER_ACCOUNT).every((s) => s === 401)).toBe(true)
    const last = await client.post('/api/auth/login', { email: 'victim@example.test', password: 'guess again' })
    expect(last.statusCode).toBe(429)
    expect(last.headers['content-type']).toMatch(/^application\/problem\+json/)
    // Another email from the same address is not locked out by someone else's guessing.
    expect((await client.post('/api/auth/login', { email: 'ann@example.test', password: 'long enough pw' })).statusCode).toBe(200)
  })

  it('answers health with the database kind and schema version', async () => {
    const res = await new TestClient(t.app).get('/api/health')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ status: 'ok', database: t.database.kind, schemaVersion: expect.any(Number) })
    expect(res.json().schemaVersion).toBeGreaterThanOrEqual(1)
  })

  it('serves the API docs UI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/html/)
  })

  it('publishes an OpenAPI 3 document with request and response schemas', async () => {
    const res = await new TestClient(t.app).get('/api/openapi.json')
    expect(res.statusCode).toBe(200)
    const doc = res.json()
    expect(doc.openapi).toMatch(/^3\./)
    const login = doc.paths['/api/auth/login'].post
    expect(login.requestBody.content['application/json'].schema.properties.email).toBeDefined()
    expect(login.responses['200']).toBeDefined()
    for (const route of t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json')) {
      const path = route.url.replace(/:(\w+)/g, '{$1}')
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path} in OpenAPI`).toBeDefined()
    }
  })
})
