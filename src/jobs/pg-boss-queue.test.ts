import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Database } from '../db/client.ts'
import { freshDatabase, testDbKind } from '../test/test-database.ts'
import type { JobKind, QueuedJob } from './job-queue.ts'
import { PgBossJobQueue } from './pg-boss-queue.ts'

// ADR 029: the durable job queue, on whichever database the suite runs on (PGlite by default,
// GREENROOM_TEST_DB=postgres for the real server). "Two instances" are two queues on one database:
// on PostgreSQL each with its own connection pool, on PGlite sharing the one in-process database.
const WS = '01900000-0000-7000-8000-000000000001'
const OTHER_WS = '01900000-0000-7000-8000-000000000002'

const kind = (name: string, over: Partial<JobKind> = {}): JobKind => ({
  name,
  retryLimit: 2,
  retryDelaySeconds: 1,
  expireInSeconds: 60,
  concurrency: 1,
  ...over,
})

interface Data {
  workspaceId: string
  n: number
}

async function until(what: string, ok: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await ok()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`gave up waiting: ${what}`)
}

describe(`the durable job queue (pg-boss on ${testDbKind()})`, () => {
  let database: Database
  let second: Database
  const open: PgBossJobQueue[] = []
  const started = async (db: Database) => {
    const queue = await PgBossJobQueue.start(db)
    open.push(queue)
    return queue
  }

  beforeAll(async () => {
    database = await freshDatabase()
    second = database.kind === 'postgres' ? await createDb({ kind: 'postgres', url: database.url!, max: 4 }) : database
  }, 60_000)
  afterAll(async () => {
    for (const q of open) await q.close()
    if (second !== database) await second?.close()
    await database?.close()
  })

  it('two instances on one database: each of 60 jobs runs exactly once', async () => {
    const k = kind('exactly-once')
    const ran: { n: number; by: string }[] = []
    const a = await started(database)
    const b = await started(second)
    const work = (by: string) => async (data: Data) => {
      ran.push({ n: data.n, by })
      await new Promise((r) => setTimeout(r, 5))
    }
    await a.work<Data>({ ...k, concurrency: 2 }, work('a'))
    await b.work<Data>({ ...k, concurrency: 2 }, work('b'))
    for (let n = 0; n < 60; n++) await (n % 2 ? a : b).send<Data>(k, { workspaceId: WS, n })
    await until('60 jobs ran', () => ran.length >= 60)
    await new Promise((r) => setTimeout(r, 1500)) // a second run of any job would show up here
    expect(ran.map((r) => r.n).sort((x, y) => x - y)).toEqual(Array.from({ length: 60 }, (_, n) => n))
  }, 90_000)

  it('survives a restart: jobs sent by an instance that closed are run by the next one', async () => {
    const k = kind('restart')
    const first = await started(database)
    await first.declare(k)
    for (let n = 0; n < 5; n++) await first.send<Data>(k, { workspaceId: WS, n })
    await first.close()
    const ran: number[] = []
    const next = await started(second)
    await next.work<Data>(k, async (data) => void ran.push(data.n))
    await until('5 jobs ran', () => ran.length >= 5)
    expect(ran.sort()).toEqual([0, 1, 2, 3, 4])
  }, 60_000)

  it('a job running when its instance closes is given back and finished by the next instance', async () => {
    const k = kind('given-back', { retryDelaySeconds: 1 })
    const tries: { by: string; retryCount: number }[] = []
    const first = await started(database)
    await first.work<Data>(k, async (_data, job: QueuedJob) => {
      tries.push({ by: 'first', retryCount: job.retryCount })
      await new Promise<void>((resolve) => job.onCancel(resolve))
      if (job.closing) throw new Error('closing: given back')
    })
    await first.send<Data>(k, { workspaceId: WS, n: 1 })
    await until('the first instance took it', () => tries.length === 1)
    await first.close()
    const next = await started(second)
    await next.work<Data>(k, async (_data, job) => void tries.push({ by: 'next', retryCount: job.retryCount }))
    await until('the next instance finished it', () => tries.length === 2)
    expect(tries).toEqual([
      { by: 'first', retryCount: 0 },
      { by: 'next', retryCount: 1 },
    ])
  }, 60_000)

  it('a job that outlives the stop timeout finishes before close() returns, so closing the database next rejects nothing', async () => {
    // pg-boss completes a job without awaiting it: before the fix, a job ending after stop()'s
    // timeout completed on a closed pool, an unhandled rejection (CI on PostgreSQL, 2026-12-07).
    const own = await freshDatabase()
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => void rejections.push(reason)
    process.on('unhandledRejection', onRejection)
    try {
      const queue = await PgBossJobQueue.start(own, () => {}, { stopTimeoutMs: 1000 })
      const k = kind('slow-to-stop')
      let ended = false
      let began = false
      await queue.work<Data>(k, async () => {
        began = true
        await new Promise((r) => setTimeout(r, 1800)) // deaf to stop: ends after stop()'s 1 s
        ended = true
      })
      await queue.send<Data>(k, { workspaceId: WS, n: 1 })
      await until('the job started', () => began)
      await queue.close()
      expect(ended).toBe(true)
      await own.close()
      await new Promise((r) => setTimeout(r, 500))
      expect(rejections).toEqual([])
    } finally {
      process.off('unhandledRejection', onRejection)
    }
  }, 60_000)

  it('retries a failing job with backoff, then keeps it as a dead letter of its workspace', async () => {
    const k = kind('always-fails', { retryLimit: 2, retryDelaySeconds: 1 })
    const tries: { retryCount: number; lastTry: boolean }[] = []
    const queue = await started(database)
    await queue.work<Data>(k, async (_data, job) => {
      tries.push({ retryCount: job.retryCount, lastTry: job.lastTry })
      throw new Error(`the SMTP server said no (try ${job.retryCount + 1})`)
    })
    const id = await queue.send<Data>(k, { workspaceId: WS, n: 7 })
    await until('it became a dead letter', async () => (await queue.deadLetters(WS)).some((d) => d.error.includes('try 3')))
    expect(tries).toEqual([
      { retryCount: 0, lastTry: false },
      { retryCount: 1, lastTry: false },
      { retryCount: 2, lastTry: true },
    ])
    const [dead] = (await queue.deadLetters(WS)).filter((d) => d.kind === k.name)
    expect(dead).toMatchObject({ kind: 'always-fails', error: 'the SMTP server said no (try 3)', tries: 3 })
    expect(dead!.id).not.toBe(id) // pg-boss keeps a copy in the dead-letter queue
    expect(Number.isNaN(Date.parse(dead!.failedAt))).toBe(false)
    expect(await queue.deadLetters(OTHER_WS)).toEqual([])
  }, 90_000)

  it('a job cancelled before any instance takes it never runs', async () => {
    const k = kind('cancelled')
    const sender = await started(database)
    await sender.declare(k)
    const id = await sender.send<Data>(k, { workspaceId: WS, n: 1 })
    expect(await sender.cancel(k, id)).toBe(false) // not running here
    await sender.send<Data>(k, { workspaceId: WS, n: 2 })
    const ran: number[] = []
    const worker = await started(second)
    await worker.work<Data>(k, async (data) => void ran.push(data.n))
    await until('the other job ran', () => ran.length >= 1)
    await new Promise((r) => setTimeout(r, 1500))
    expect(ran).toEqual([2])
  }, 60_000)
})
