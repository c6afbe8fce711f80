import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import { freshDatabase } from '../test/test-database.ts'
import { ownerWithWorkspace, TestClient, TEST_NOW } from '../test/test-app.ts'
import { buildApp, type App } from './app.ts'

const NOW = fixedClock(TEST_NOW)

describe('security headers and caching', () => {
  let database: Database
  let app: App
  let secureApp: App
  beforeAll(async () => {
    database = await freshDatabase()
    app = await buildApp({ database, clock: NOW, logLevel: 'silent' })
    secureApp = await buildApp({ database, clock: NOW, logLevel: 'silent', secureCookies: true })
  })
  afterAll(async () => {
    await app.close()
    await secureApp.close()
    await database.close()
  })

  it('sends a CSP that forbids framing and foreign scripts, nosniff, Referrer-Policy and X-Frame-Options', async () => {
    for (const url of ['/api/health', '/api/me', '/no-such-page']) {
      const res = await app.inject({ method: 'GET', url })
      const csp = String(res.headers['content-security-policy'])
      expect(csp, url).toContain("frame-ancestors 'none'")
      expect(csp, url).toContain("script-src 'self'")
      expect(csp, url).toContain("object-src 'none'")
      expect(csp, url).not.toContain('unsafe-inline')
      expect(csp, url).not.toContain('upgrade-insecure-requests')
      expect(res.headers['x-content-type-options'], url).toBe('nosniff')
      expect(res.headers['x-frame-options'], url).toBe('DENY')
      expect(res.headers['referrer-policy'], url).toBe('no-referrer')
    }
  })

  it('sends HSTS only when secure cookies are on (behind HTTPS)', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBeUndefined()
    const secure = await secureApp.inject({ method: 'GET', url: '/api/health' })
    expect(secure.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
    expect(String(secure.headers['content-security-policy'])).toContain('upgrade-insecure-requests')
  })

  it('marks authenticated API answers no-store, including errors and the login answer', async () => {
    const { client, base } = await ownerWithWorkspace(app)
    for (const url of ['/api/me', base, `${base}/acts`, `${base}/shows`, `${base}/no-such-thing`]) {
      const res = await client.get(url)
      expect(res.headers['cache-control'], url).toBe('no-store')
    }
    const login = await new TestClient(app).post('/api/auth/login', { email: 'nobody@example.test', password: 'whatever it is' })
    expect(login.headers['cache-control']).toBe('no-store')
  })

  it('keeps the public caching of public pages and feeds', async () => {
    const { client, base } = await ownerWithWorkspace(app)
    const person = (await client.post(`${base}/people`, { name: 'Feed Person' })).json()
    const feed = await client.post(`${base}/people/${person.id}/feeds`, {})
    expect(feed.statusCode).toBe(201)
    const path = new URL(feed.json().url).pathname
    const ics = await app.inject({ method: 'GET', url: path })
    expect(ics.statusCode).toBe(200)
    expect(ics.headers['cache-control']).toBe('private, no-cache')
  })

  it('gives the API docs their own policy, still never framed', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/' })
    expect(res.statusCode).toBe(200)
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'")
    expect(String(res.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests')
  })
})
