import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import { SmtpSink, until } from '../test/smtp-sink.ts'
import { TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'

// Issue 14 point 2 (ADR 047): a sign-up with the email of an existing account tells that address,
// through a real SMTP server started here, at most once an hour; sign-up answers exactly as for a new
// email; a new email is told nothing (it has no account yet to protect).
const PUBLIC_URL = 'https://greenroom.example.org'

describe('a sign-up for an existing account', () => {
  let database: Database
  let app: App
  let sink: SmtpSink
  const tag = Math.random().toString(36).slice(2, 8)
  const existing = `kept-${tag}@example.net`
  const fresh = `new-${tag}@example.net`

  beforeAll(async () => {
    sink = await SmtpSink.started()
    database = await freshDatabase()
    app = await buildApp({
      database,
      clock: fixedClock(TEST_NOW),
      logLevel: 'silent',
      publicUrl: PUBLIC_URL,
      mail: { smtpUrl: sink.url, retrySeconds: 1, timeoutSeconds: 5 },
    })
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
    await sink?.stop()
  })

  const signUp = (email: string, displayName: string) => new TestClient(app).post('/api/auth/signup', { email, password: 'long enough pw', displayName })
  const accountJobs = async () => {
    const { rows } = await database.executeSql(`select count(*)::int as n from pgboss.job where name = 'account-mail'`, [])
    return Number((rows[0] as { n: number }).n)
  }

  it('mails the existing address once an hour, answers as for a new email, and tells a new email nothing', async () => {
    const first = await signUp(existing, 'Kept')
    expect(first.statusCode).toBe(202)
    const again = await signUp(existing.toUpperCase(), 'Someone else')
    expect(again.statusCode).toBe(first.statusCode)
    expect(again.body).toBe(first.body)
    await until('the existing address is told', () => sink.to(existing).length === 1, 60)
    const [mail] = sink.to(existing)
    expect(mail!.subject).toBe('Someone tried to sign up to Greenroom with your email')
    expect(mail!.text).toContain('nothing was created and your account is unchanged')
    expect(mail!.text).toContain(`${PUBLIC_URL}/login`)
    expect(mail!.text).toContain('Hello Kept,')

    // a flood of sign-ups within the hour queues no second mail (the job's id is the account and the hour)
    for (let i = 0; i < 5; i++) expect((await signUp(existing, `Flood ${i}`)).statusCode).toBe(202)
    expect(await accountJobs()).toBe(1)

    // a new email makes its account and is told nothing
    expect((await signUp(fresh, 'New')).statusCode).toBe(202)
    expect(await accountJobs()).toBe(1)
    expect(sink.to(fresh)).toHaveLength(0)
    expect(sink.to(existing)).toHaveLength(1)
  }, 120_000)
})
