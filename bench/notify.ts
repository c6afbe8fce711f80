/**
 * Notifications (issue 14 "Performance", ADR 047), on PGlite in memory:
 * - the daily digest for 10,000 people, each with three notifications waiting for it: every
 *   person's `notify-flush` run (take the due rows into a batch, compose and render the email, write
 *   it to the outbox, mark the rows sent), one after another, in time and memory; the baseline in
 *   the same run reads the same rows by hand (one select per person, nothing composed or written);
 * - the queue's throughput: 500 real `notify-flush` jobs sent and worked through pg-boss (one
 *   worker, as the app runs it) in jobs per second, beside a bare pg-boss send of the same count
 *   (the queue's own floor: no work done).
 */
import { createDb, type Database } from '../src/db/client.ts'
import { migrate } from '../src/db/migrate.ts'
import { fixedClock } from '../src/domain/clock.ts'
import { DEFAULT_TRAVEL_POLICY } from '../src/domain/travel-estimate.ts'
import { PgBossJobQueue } from '../src/jobs/pg-boss-queue.ts'
import type { Deps } from '../src/usecases/deps.ts'
import { flushDeliveries, NOTIFY_FLUSH_JOB, type FlushJobData } from '../src/usecases/mail/flush-job.ts'

const PEOPLE = 10_000
const PER_PERSON = 3
const QUEUE_JOBS = 500
const WS = '01900000-0000-7000-8000-00000000a001'
const DUE = '2013-04-16T08:00:00.000Z'
const now = new Date('2013-04-16T08:00:00Z')

export interface NotifyBench {
  people: number
  notifications: number
  digestSeconds: number
  digestPerSecond: number
  heapGrowthMb: number
  rssPeakMb: number
  baselineReadSeconds: number
  digestRatio: string
  queueJobs: number
  flushJobsPerSecond: number
  bareSendsPerSecond: number
  queueRatio: string
}

async function seed(database: Database): Promise<string[]> {
  await database.executeSql(`insert into workspaces (id, slug, name, created_at) values ($1, 'bench', 'Bench Band', now())`, [WS])
  await database.executeSql(
    `insert into people (workspace_id, id, name, email, created_at, updated_at)
     select $1, ('01900000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'Person ' || g, 'person' || g || '@bench.example', now(), now()
       from generate_series(1, ${PEOPLE}) g`,
    [WS],
  )
  await database.executeSql(
    `insert into notification_deliveries (workspace_id, id, person_id, channel, kind, dedupe_key, thing, thing_name, title, link, reason, due_at, created_at)
     select $1, gen_random_uuid(), p.id, 'email', 'show.changed', 'show.changed:' || p.id || ':' || k, 'show:' || k, 'the show ' || k,
            'The Houston show on 2013-06-12 was moved: now 2013-06-1' || k || ' at House of Blues', '/shows/' || k, 'digest', $2::timestamptz, now()
       from people p cross join generate_series(1, ${PER_PERSON}) k where p.workspace_id = $1`,
    [WS, DUE],
  )
  await database.executeSql('analyze')
  const { rows } = await database.executeSql('select id::text as id from people where workspace_id = $1 order by id', [WS])
  return (rows as { id: string }[]).map((r) => r.id)
}

export async function benchNotify(): Promise<NotifyBench> {
  const database = await createDb({ kind: 'pglite-memory' })
  try {
    await migrate(database)
    const people = await seed(database)
    const deps: Deps = {
      db: database.db,
      clock: fixedClock(now),
      travel: DEFAULT_TRAVEL_POLICY,
      mail: { transport: null, from: 'Greenroom <greenroom@localhost>', publicUrl: 'http://localhost:3000', retrySeconds: 5, timeoutSeconds: 30 },
    }

    // the baseline: the same rows, read by hand, person by person
    let t0 = performance.now()
    let read = 0
    for (const personId of people) {
      const { rows } = await database.executeSql(
        `select * from notification_deliveries where workspace_id = $1 and person_id = $2 and channel = 'email' and sent_at is null and due_at <= $3`,
        [WS, personId, DUE],
      )
      read += rows.length
    }
    const baseline = (performance.now() - t0) / 1000
    if (read !== PEOPLE * PER_PERSON) throw new Error(`the baseline read ${read} rows`)

    // the digest: every person's flush, as the notify-flush job runs it
    global.gc?.()
    const heapBefore = process.memoryUsage().heapUsed
    let rssPeak = process.memoryUsage().rss
    t0 = performance.now()
    let sent = 0
    for (const [i, personId] of people.entries()) {
      sent += await flushDeliveries(deps, { workspaceId: WS, personId, dueAt: DUE })
      if (i % 500 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
    }
    const digest = (performance.now() - t0) / 1000
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
    if (sent !== PEOPLE * PER_PERSON) throw new Error(`the digest sent ${sent} notifications`)
    const { rows: outbox } = await database.executeSql(`select count(*)::int as n from mail_outbox where workspace_id = $1 and status = 'kept'`, [WS])
    if ((outbox[0] as { n: number }).n !== PEOPLE) throw new Error('the digest did not write one email per person')

    // the queue: a bare pg-boss send, then real flush jobs sent and worked
    await database.executeSql(`update notification_deliveries set sent_at = null, batch_id = null where workspace_id = $1`, [WS])
    await database.executeSql(`delete from mail_outbox where workspace_id = $1`, [WS])
    const queue = await PgBossJobQueue.start(database)
    try {
      const bare = { name: 'bench-bare', retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 60, concurrency: 1 }
      await queue.declare(bare)
      t0 = performance.now()
      for (let n = 0; n < QUEUE_JOBS; n++) await queue.send(bare, { workspaceId: WS, n })
      const bareSends = QUEUE_JOBS / ((performance.now() - t0) / 1000)

      let done = 0
      let finished!: () => void
      const all = new Promise<void>((r) => (finished = r))
      await queue.declare(NOTIFY_FLUSH_JOB)
      t0 = performance.now()
      for (const personId of people.slice(0, QUEUE_JOBS)) await queue.send<FlushJobData>(NOTIFY_FLUSH_JOB, { workspaceId: WS, personId, dueAt: DUE })
      await queue.work<FlushJobData>({ ...NOTIFY_FLUSH_JOB, concurrency: 1 }, async (data) => {
        await flushDeliveries(deps, data)
        if (++done === QUEUE_JOBS) finished()
      })
      await all
      const flushJobs = QUEUE_JOBS / ((performance.now() - t0) / 1000)
      return {
        people: PEOPLE,
        notifications: PEOPLE * PER_PERSON,
        digestSeconds: Number(digest.toFixed(1)),
        digestPerSecond: Math.round(PEOPLE / digest),
        heapGrowthMb: Math.round(heapGrowth / 1048576),
        rssPeakMb: Math.round(rssPeak / 1048576),
        baselineReadSeconds: Number(baseline.toFixed(1)),
        digestRatio: `${(digest / baseline).toFixed(1)}× the time of reading the same rows by hand`,
        queueJobs: QUEUE_JOBS,
        flushJobsPerSecond: Math.round(flushJobs),
        bareSendsPerSecond: Math.round(bareSends),
        queueRatio: `${(flushJobs / bareSends).toFixed(2)}× the bare send rate (sent and worked vs only sent)`,
      }
    } finally {
      await queue.close()
    }
  } finally {
    await database.close()
  }
}
