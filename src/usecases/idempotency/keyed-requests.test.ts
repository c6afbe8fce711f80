import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IDEMPOTENCY_PENDING_SECONDS, IDEMPOTENCY_RETENTION_HOURS } from '../../domain/idempotency.ts'
import { signUpClient, startTestApp, type TestApp } from '../../test/test-app.ts'
import { beginKeyedRequest, finishKeyedRequest, type KeyedRequest } from './keyed-requests.ts'

/** The claim's life over time, with the clock passed in (the HTTP layer uses the wall clock). */
describe('keyed requests over time', () => {
  let t: TestApp
  let userId: string
  const T0 = new Date('2026-12-07T10:00:00Z')
  const later = (ms: number) => new Date(T0.getTime() + ms)
  const request = (key: string, now: Date, body: unknown = { name: 'x' }): KeyedRequest => ({ userId, key, method: 'POST', url: '/api/x', body, now })

  beforeAll(async () => {
    t = await startTestApp()
    const client = await signUpClient(t.app, 'Keyed Over Time')
    userId = ((await client.get('/api/me')).json() as { user: { id: string } }).user.id
  })
  afterAll(() => t.close())

  it('replays within the retention and treats the key as new once the answer expired, sweep or no sweep', async () => {
    const db = t.database.db
    expect(await beginKeyedRequest(db, request('a', T0))).toBeNull()
    await finishKeyedRequest(db, userId, 'a', { status: 201, contentType: 'application/json', body: '{"n":1}' })
    const hourBeforeExpiry = later((IDEMPOTENCY_RETENTION_HOURS - 1) * 3_600_000)
    expect(await beginKeyedRequest(db, request('a', hourBeforeExpiry))).toEqual({ status: 201, contentType: 'application/json', body: '{"n":1}' })
    // Another request five minutes before expiry runs the sweep; one minute past the retention, the next sweep
    // is not due yet, so the expired row is still there and the claim itself must take it as a new key.
    expect(await beginKeyedRequest(db, request('other', later(IDEMPOTENCY_RETENTION_HOURS * 3_600_000 - 300_000)))).toBeNull()
    const justExpired = later(IDEMPOTENCY_RETENTION_HOURS * 3_600_000 + 60_000)
    expect(await beginKeyedRequest(db, request('a', justExpired, { name: 'a new change' }))).toBeNull()
    await finishKeyedRequest(db, userId, 'a', { status: 201, contentType: 'application/json', body: '{"n":2}' })
    expect(await beginKeyedRequest(db, request('a', later(IDEMPOTENCY_RETENTION_HOURS * 3_600_000 + 120_000), { name: 'a new change' }))).toEqual({
      status: 201,
      contentType: 'application/json',
      body: '{"n":2}',
    })
  })

  it('asks a repeat to wait while the first runs, and lets it take over an abandoned claim of the same request only', async () => {
    const db = t.database.db
    expect(await beginKeyedRequest(db, request('b', T0))).toBeNull()
    await expect(beginKeyedRequest(db, request('b', later(1000)))).rejects.toMatchObject({ code: 'in-progress' })
    const abandoned = later((IDEMPOTENCY_PENDING_SECONDS + 1) * 1000)
    await expect(beginKeyedRequest(db, request('b', abandoned, { name: 'other' }))).rejects.toMatchObject({ code: 'key-reused' })
    expect(await beginKeyedRequest(db, request('b', abandoned))).toBeNull()
  })

  it('frees the key when the server failed, so the retry does the work', async () => {
    const db = t.database.db
    expect(await beginKeyedRequest(db, request('c', T0))).toBeNull()
    await finishKeyedRequest(db, userId, 'c', { status: 503, contentType: 'application/problem+json', body: '{}' })
    expect(await beginKeyedRequest(db, request('c', later(1000)))).toBeNull()
  })
})
