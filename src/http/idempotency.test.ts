import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../domain/clock.ts'
import { ownerWithWorkspace, signUpClient, startTestApp, TEST_NOW, TestClient, type TestApp } from '../test/test-app.ts'
import { joinedClient } from '../test/role-clients.ts'
import { buildApp } from './app.ts'

describe('Idempotency-Key on changes', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  const people = async () => ((await owner.get(`${base}/people`)).json() as { name: string }[]).map((p) => p.name)
  let n = 0
  const key = () => `key-${++n}-${Math.random().toString(36).slice(2)}`

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Keyed'))
  })
  afterAll(() => t.close())

  it('does a change once and answers a repeat with the first answer', async () => {
    const k = key()
    const first = await owner.request('POST', `${base}/people`, { name: 'Once Only' }, { 'idempotency-key': k })
    expect(first.statusCode).toBe(201)
    expect(first.headers['idempotent-replayed']).toBeUndefined()
    const again = await owner.request('POST', `${base}/people`, { name: 'Once Only' }, { 'idempotency-key': k })
    expect(again.statusCode).toBe(201)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(again.headers['content-type']).toMatch(/application\/json/)
    expect(again.json()).toEqual(first.json())
    expect((await people()).filter((name) => name === 'Once Only')).toHaveLength(1)
    // Without a key, the same body is a new change, as before.
    expect((await owner.post(`${base}/people`, { name: 'Once Only' })).statusCode).toBe(201)
    expect((await people()).filter((name) => name === 'Once Only')).toHaveLength(2)
  })

  it('answers a repeated deletion with its own 204 rather than a 404', async () => {
    const person = (await owner.post(`${base}/people`, { name: 'To Delete' })).json() as { id: string }
    const k = key()
    const gone = await owner.request('DELETE', `${base}/people/${person.id}`, undefined, { 'idempotency-key': k })
    expect(gone.statusCode).toBe(204)
    const repeat = await owner.request('DELETE', `${base}/people/${person.id}`, undefined, { 'idempotency-key': k })
    expect(repeat.statusCode).toBe(204)
    expect(repeat.headers['idempotent-replayed']).toBe('true')
    expect((await owner.request('DELETE', `${base}/people/${person.id}`, undefined, { 'idempotency-key': key() })).statusCode).toBe(404)
  })

  it('refuses the same key on a different request (422 naming the header) and changes nothing', async () => {
    const k = key()
    expect((await owner.request('POST', `${base}/people`, { name: 'First Body' }, { 'idempotency-key': k })).statusCode).toBe(201)
    const reused = await owner.request('POST', `${base}/people`, { name: 'Second Body' }, { 'idempotency-key': k })
    expect(reused.statusCode).toBe(422)
    expect(reused.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(reused.json().errors).toEqual([{ path: 'Idempotency-Key', message: 'already used for a different request' }])
    expect(await people()).not.toContain('Second Body')
  })

  it('refuses malformed keys with a 400 naming the header, before doing anything', async () => {
    for (const bad of ['', 'two words', 'k'.repeat(256), 'clé']) {
      const res = await owner.request('POST', `${base}/people`, { name: `Bad Key ${bad.length}` }, { 'idempotency-key': bad })
      expect(res.statusCode, JSON.stringify(bad)).toBe(400)
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/)
      expect(res.json().errors[0].path).toBe('Idempotency-Key')
    }
    expect((await people()).filter((name) => name.startsWith('Bad Key'))).toEqual([])
  })

  it('keeps keys per person: another account with the same key does its own change', async () => {
    const k = key()
    expect((await owner.request('POST', `${base}/people`, { name: 'Mine' }, { 'idempotency-key': k })).statusCode).toBe(201)
    const other = await ownerWithWorkspace(t.app, 'Other')
    const theirs = await other.client.request('POST', `${other.base}/people`, { name: 'Mine' }, { 'idempotency-key': k })
    expect(theirs.statusCode).toBe(201)
    expect(theirs.headers['idempotent-replayed']).toBeUndefined()
    // A stranger replaying the owner's key on the owner's workspace learns nothing: 404 before any replay.
    const stranger = await signUpClient(t.app, 'Stranger')
    const probe = await stranger.request('POST', `${base}/people`, { name: 'Mine' }, { 'idempotency-key': k })
    expect(probe.statusCode).toBe(404)
  })

  it('does a change once when the same keyed request arrives twice at the same time', async () => {
    const k = key()
    const answers = await Promise.all([0, 1, 2].map(() => owner.request('POST', `${base}/people`, { name: 'Raced' }, { 'idempotency-key': k })))
    const statuses = answers.map((a) => a.statusCode).sort()
    // One does it; the others get its answer again or are asked to wait (409 with Retry-After), never a second person.
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1)
    for (const a of answers) {
      if (a.statusCode === 409) {
        expect(a.json().code).toBe('in-progress')
        expect(a.headers['retry-after']).toBe('1')
      } else expect(a.statusCode).toBe(201)
    }
    expect((await people()).filter((name) => name === 'Raced')).toHaveLength(1)
  })

  it('replays from another instance on the same database (the answer is in the database, not in memory)', async () => {
    const k = key()
    const first = await owner.request('POST', `${base}/people`, { name: 'Across Instances' }, { 'idempotency-key': k })
    expect(first.statusCode).toBe(201)
    const second = await buildApp({ database: t.database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    try {
      const cookie = (owner as unknown as { cookie: string }).cookie
      const res = await second.inject({
        method: 'POST',
        url: `${base}/people`,
        payload: { name: 'Across Instances' },
        headers: { cookie, 'idempotency-key': k },
      })
      expect(res.statusCode).toBe(201)
      expect(res.headers['idempotent-replayed']).toBe('true')
      expect(res.json()).toEqual(first.json())
    } finally {
      await second.close()
    }
    expect((await people()).filter((name) => name === 'Across Instances')).toHaveLength(1)
  })

  it('judges a repeat by the role its sender has now: demoted since, it is refused and nothing is replayed', async () => {
    const manager = await joinedClient(t.app, owner, base, 'manager')
    const managerId = ((await manager.get('/api/me')).json() as { user: { id: string } }).user.id
    const k = key()
    const first = await manager.request('POST', `${base}/people`, { name: 'Before Demotion' }, { 'idempotency-key': k })
    expect(first.statusCode).toBe(201)
    expect((await owner.put(`${base}/members/${managerId}`, { role: 'viewer' })).statusCode).toBe(200)
    // The workspace scope checks the role before any key is looked at: no replay, no second person.
    const repeat = await manager.request('POST', `${base}/people`, { name: 'Before Demotion' }, { 'idempotency-key': k })
    expect(repeat.statusCode).toBe(403)
    expect(repeat.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(repeat.headers['idempotent-replayed']).toBeUndefined()
    expect((await people()).filter((name) => name === 'Before Demotion')).toHaveLength(1)
    // A change refused for the role claims no key: promoted again, the same key does it once.
    const refusedKey = key()
    expect((await manager.request('POST', `${base}/people`, { name: 'After Promotion' }, { 'idempotency-key': refusedKey })).statusCode).toBe(403)
    expect(await people()).not.toContain('After Promotion')
    expect((await owner.put(`${base}/members/${managerId}`, { role: 'manager' })).statusCode).toBe(200)
    const promoted = await manager.request('POST', `${base}/people`, { name: 'After Promotion' }, { 'idempotency-key': refusedKey })
    expect(promoted.statusCode).toBe(201)
    expect(promoted.headers['idempotent-replayed']).toBeUndefined()
    // And the first change, repeated as a manager again, is its first answer.
    const again = await manager.request('POST', `${base}/people`, { name: 'Before Demotion' }, { 'idempotency-key': k })
    expect(again.statusCode).toBe(201)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(again.json()).toEqual(first.json())
    expect((await people()).filter((name) => name === 'Before Demotion')).toHaveLength(1)
  })

  it('leaves log-in alone: the header is ignored where no one is signed in yet', async () => {
    const fresh = new TestClient(t.app)
    const signup = await fresh.request(
      'POST',
      '/api/auth/signup',
      { email: 'keyed@example.test', password: 'correct horse battery', displayName: 'Keyed' },
      { 'idempotency-key': 'k1' },
    )
    expect(signup.statusCode).toBe(202)
    const login = await fresh.request(
      'POST',
      '/api/auth/login',
      { email: 'keyed@example.test', password: 'correct horse battery' },
      { 'idempotency-key': 'k1' },
    )
    expect(login.statusCode).toBe(200)
    expect(login.headers['idempotent-replayed']).toBeUndefined()
  })
})
