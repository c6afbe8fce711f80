import { Writable } from 'node:stream'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import { freshDatabase } from '../test/test-database.ts'
import { TestClient, TEST_NOW } from '../test/test-app.ts'
import { buildApp, type App } from './app.ts'
import { redactUrl } from './log-redaction.ts'

/** Every log line the app writes at the production level (info), kept to be searched. */
class CapturedLog extends Writable {
  lines: string[] = []
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    done()
  }
  get text() {
    return this.lines.join('\n')
  }
}

describe('log redaction: no query parameter, hash, token or cookie in any log line', () => {
  let database: Database
  let app: App
  const log = new CapturedLog()
  const owner = new TestClient(null as never)
  let base = ''

  beforeAll(async () => {
    database = await freshDatabase()
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'info', logStream: log })
    Object.assign(owner, { app })
    await owner.post('/api/auth/signup', { email: 'owner@example.test', password: 'owner password 1', displayName: 'Owner' })
    await owner.post('/api/auth/login', { email: 'owner@example.test', password: 'owner password 1' })
    base = `/api/workspaces/${(await owner.post('/api/workspaces', { name: 'Logged Band' })).json().id}`
  })
  afterAll(async () => {
    await app.close()
    await database.close()
  })

  it('logs a database error during sign-up without the email, name or password hash it was run with', async () => {
    // A real failure of the insert (no mock): a check the new row breaks.
    await database.db.execute(sql.raw(`ALTER TABLE users ADD CONSTRAINT users_no_boom CHECK (email NOT LIKE '%@boom.test')`))
    try {
      const res = await new TestClient(app).post('/api/auth/signup', {
        email: 'secret.person@boom.test',
        password: 'hunter2 hunter2',
        displayName: 'Zelda Secretname',
      })
      expect(res.statusCode).toBe(500)
    } finally {
      await database.db.execute(sql.raw('ALTER TABLE users DROP CONSTRAINT users_no_boom'))
    }
    const errorLines = log.lines.filter((l) => /"level":50/.test(l))
    expect(errorLines.length).toBeGreaterThan(0)
    for (const leak of ['secret.person', 'Zelda Secretname', 'hunter2', '$argon2', 'argon2id']) expect(log.text, leak).not.toContain(leak)
    // The failure is still useful: its SQLSTATE and constraint are there.
    expect(errorLines.join('\n')).toContain('23514')
    expect(errorLines.join('\n')).toContain('users_no_boom')
  })

  it('logs a bad or stolen session cookie nowhere', async () => {
    const cookieValue = 'StolenCookieValue_abcdefghijklmnopqrstuvwxyz0123'
    for (const cookie of [`gr_session=${cookieValue}`, `gr_session=${cookieValue}; other=${cookieValue}x`, `gr_session="${cookieValue}\\`]) {
      const res = await app.inject({ method: 'GET', url: `${base}/acts?note=${cookieValue}`, headers: { cookie } })
      expect([401, 404]).toContain(res.statusCode)
    }
    expect(log.text).not.toContain(cookieValue)
  })

  it('logs the token routes without their tokens, and no query string anywhere', async () => {
    const invite = await owner.post(`${base}/invites`, { role: 'member' })
    expect(invite.statusCode).toBe(201)
    const token: string = invite.json().token
    const person = (await owner.post(`${base}/people`, { name: 'Feed Person' })).json()
    const feed = (await owner.post(`${base}/people/${person.id}/feeds`, {})).json()
    const feedToken = new URL(feed.url).pathname.replace('/feeds/', '').replace('.ics', '')
    const guest = new TestClient(app)
    await guest.post('/api/auth/signup', { email: 'guest@example.test', password: 'guest password 1', displayName: 'Guest' })
    await guest.post('/api/auth/login', { email: 'guest@example.test', password: 'guest password 1' })
    expect((await guest.get(`/api/invites/${token}`)).statusCode).toBe(200)
    expect((await guest.post(`/api/invites/${token}/accept`)).statusCode).toBe(200)
    expect((await guest.post(`/api/invites/${token}x/accept`)).statusCode).toBe(404)
    expect((await app.inject({ method: 'GET', url: `/feeds/${feedToken}.ics` })).statusCode).toBe(200)
    expect((await app.inject({ method: 'GET', url: `/feeds/${feedToken}zz.ics` })).statusCode).toBe(404)
    expect((await owner.get(`${base}/shows?from=2013-01-01&secretQuery=QueryValue123`)).statusCode).toBeLessThan(500)
    // Login answers: a failed one and a good one carry a fresh session cookie.
    const login = await new TestClient(app).post('/api/auth/login', { email: 'guest@example.test', password: 'guest password 1' })
    const sessionCookie = login.cookies.find((c) => c.name === 'gr_session')!.value
    expect(log.lines.some((l) => l.includes('/api/invites/[redacted]'))).toBe(true)
    for (const leak of [token, feedToken, 'QueryValue123', 'secretQuery', sessionCookie, 'guest password']) expect(log.text, leak).not.toContain(leak)
  })

  it('redacts secret path segments and query strings', () => {
    expect(redactUrl('/api/invites/abc123/accept')).toBe('/api/invites/[redacted]/accept')
    expect(redactUrl('/feeds/abc123.ics')).toBe('/feeds/[redacted].ics')
    expect(redactUrl('/api/workspaces/demo/shows?from=2013')).toBe('/api/workspaces/demo/shows?[redacted]')
    expect(redactUrl('/public/big-time-rush')).toBe('/public/big-time-rush')
  })
})
