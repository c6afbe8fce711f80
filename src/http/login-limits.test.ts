import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import type { TrustProxy } from '../config/env.ts'
import { freshDatabase } from '../test/test-database.ts'
import { TEST_NOW } from '../test/test-app.ts'
import { countLoginAttempt, LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_ADDRESS, LOGIN_WINDOW_SECONDS } from '../usecases/auth/login-limits.ts'
import { buildApp, type App } from './app.ts'

const PASSWORD = 'the right password'

describe('login limits (per account, per address, in the database)', () => {
  let database: Database
  const apps: App[] = []
  const start = async (trustProxy?: TrustProxy) => {
    const app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent', trustProxy })
    apps.push(app)
    return app
  }
  let n = 0
  const account = async (app: App) => {
    const email = `victim${++n}@example.test`
    const res = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, password: PASSWORD, displayName: 'Victim' } })
    expect(res.statusCode).toBe(202)
    return email
  }
  const login = (app: App, email: string, password: string, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers, remoteAddress })
  /** Guesses until the first 429 (or `max` tries); returns how many were answered before it. */
  const guessUntilLimited = async (attempt: (i: number) => Promise<{ statusCode: number }>, max = 200) => {
    for (let i = 0; i < max; i++) {
      const res = await attempt(i)
      if (res.statusCode === 429) return i
      expect(res.statusCode).toBe(401)
    }
    return max
  }
  const rotating = (i: number) => `198.51.${Math.floor(i / 250)}.${(i % 250) + 1}`

  beforeAll(async () => {
    database = await freshDatabase()
  })
  afterAll(async () => {
    for (const app of apps) await app.close()
    await database.close()
  })

  it('stops guesses at one account from rotating X-Forwarded-For addresses (no proxy trusted)', async () => {
    const app = await start()
    const email = await account(app)
    const tries = await guessUntilLimited((i) => login(app, email, `guess ${i}`, { 'x-forwarded-for': rotating(i) }))
    console.log(`brute force, rotating X-Forwarded-For, no proxy trusted: ${tries} tries answered before 429`)
    expect(tries).toBe(LOGIN_FAILURES_PER_ACCOUNT)
  })

  it('stops them too when the proxy is trusted and every guess comes from another address', async () => {
    const app = await start(['127.0.0.1'])
    const email = await account(app)
    const tries = await guessUntilLimited((i) => login(app, email, `guess ${i}`, { 'x-forwarded-for': rotating(i + 1000) }))
    console.log(`brute force, rotating X-Forwarded-For, proxy trusted: ${tries} tries answered before 429`)
    expect(tries).toBe(LOGIN_FAILURES_PER_ACCOUNT)
    // The trusted proxy's X-Forwarded-For is the client address: one client spraying is limited,
    // the next client behind the same proxy is not.
    const spray = await guessUntilLimited((i) => login(app, `behind-proxy${i}@example.test`, 'Summer2013!', { 'x-forwarded-for': '203.0.113.50' }))
    expect(spray).toBe(LOGIN_FAILURES_PER_ADDRESS)
    expect((await login(app, 'someone@example.test', 'wrong password', { 'x-forwarded-for': '203.0.113.51' })).statusCode).toBe(401)
  })

  it('answers 429 as problem+json with Retry-After, and then refuses even the right password', async () => {
    const app = await start()
    const email = await account(app)
    await guessUntilLimited((i) => login(app, email, `guess ${i}`, {}, '192.0.2.30'))
    const res = await login(app, email, PASSWORD, {}, '192.0.2.30')
    expect(res.statusCode).toBe(429)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json()).toMatchObject({ status: 429, code: 'rate-limited' })
    const retryAfter = Number(res.headers['retry-after'])
    expect(Number.isInteger(retryAfter)).toBe(true)
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_WINDOW_SECONDS)
    // Another account from the same address is not locked out by it.
    expect((await login(app, await account(app), PASSWORD, {}, '192.0.2.30')).statusCode).toBe(200)
  })

  it('limits one address spraying many accounts, whatever the accounts', async () => {
    const app = await start()
    // X-Forwarded-For from an untrusted client changes nothing.
    const tries = await guessUntilLimited((i) => login(app, `sprayed${i}@example.test`, 'Summer2013!', { 'x-forwarded-for': rotating(i) }, '203.0.113.7'))
    console.log(`password spraying from one address: ${tries} accounts tried before 429`)
    expect(tries).toBe(LOGIN_FAILURES_PER_ADDRESS)
    // Another address still logs in.
    const email = await account(app)
    expect((await login(app, email, PASSWORD, {}, '203.0.113.8')).statusCode).toBe(200)
  })

  it('does not count a successful login, and a success starts the account over', async () => {
    const app = await start()
    const email = await account(app)
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT - 1; i++) expect((await login(app, email, `typo ${i}`, {}, '192.0.2.10')).statusCode).toBe(401)
    for (let i = 0; i < 5; i++) expect((await login(app, email, PASSWORD, {}, '192.0.2.10')).statusCode).toBe(200)
    const tries = await guessUntilLimited((i) => login(app, email, `typo again ${i}`, {}, '192.0.2.10'))
    expect(tries).toBe(LOGIN_FAILURES_PER_ACCOUNT)
  })

  it('keeps the count across a restart and shares it between instances on one database', async () => {
    const first = await start()
    const email = await account(first)
    const from = '192.0.2.20'
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT / 2; i++) expect((await login(first, email, `guess ${i}`, {}, from)).statusCode).toBe(401)
    await first.close()
    // A new process on the same database, and a second instance beside it.
    const [a, b] = [await start(), await start()]
    const tries = await guessUntilLimited((i) => login(i % 2 ? a : b, email, `more ${i}`, {}, from))
    expect(tries).toBe(LOGIN_FAILURES_PER_ACCOUNT / 2)
    expect((await login(a, email, PASSWORD, {}, from)).statusCode).toBe(429)
    expect((await login(b, email, PASSWORD, {}, from)).statusCode).toBe(429)
  })

  it('lets the account in again once the window has passed', async () => {
    const email = 'window@example.test'
    const t0 = new Date()
    const attempt = (now: Date) => countLoginAttempt(database.db, { email, address: '192.0.2.99', now })
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i++) await attempt(t0)
    await expect(attempt(new Date(t0.getTime() + 60_000))).rejects.toMatchObject({ code: 'rate-limited' })
    await expect(attempt(new Date(t0.getTime() + (LOGIN_WINDOW_SECONDS + 1) * 1000))).resolves.toBeUndefined()
  })
})
