import PgBoss from 'pg-boss'
import type { DeadLetter, JobData, JobKind, JobQueue, QueuedJob } from './job-queue.ts'

/** Where pg-boss puts a job after its last failed try (ADR 029); nobody works it, managers read it. */
export const DEAD_LETTERS = 'dead-letters'
/** How often an idle worker looks for work (pg-boss's floor is 0.5 s); a send on this instance wakes it at once. */
const POLLING_SECONDS = 0.5
/** A closing instance waits this long for its running jobs to give their work back. */
const STOP_TIMEOUT_MS = 15_000

/** The one thing the queue needs from the database: raw SQL (db/client.ts `Database.executeSql`). */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>
}

interface Held extends QueuedJob {
  cancelled: boolean
  closing: boolean
  stop: () => void
  done: Promise<void>
}

/**
 * The job queue on pg-boss (ADR 029), on PostgreSQL and PGlite through the same code: pg-boss runs
 * its SQL through the app's own database (`executeSql`), keeps jobs in its schema (`pgboss`), takes
 * them with `FOR UPDATE SKIP LOCKED` (one instance per job), retries with exponential backoff,
 * expires a try whose instance died, and copies a job out of retries into DEAD_LETTERS.
 */
export class PgBossJobQueue implements JobQueue {
  private readonly boss: PgBoss
  private readonly held = new Map<string, Held>()
  private readonly workers = new Map<string, string[]>()
  private readonly declared = new Set<string>()
  /**
   * The queues as stored when this queue started, read in one statement: a start declares about ten
   * kinds, and each would otherwise read its own queue (a round trip each, ADR 059). Taken once per kind.
   */
  private readonly storedAtStart = new Map<string, Record<string, unknown>>()
  /** The queue's statements still running: a closing queue lets them finish before the database closes. */
  private readonly inFlight = new Set<Promise<unknown>>()
  /** Set once close() has drained: from then on the database may be closed under us. */
  private detached = false
  closed = false

  private constructor(
    sql: SqlExecutor,
    onError: (err: unknown) => void,
    private readonly stopTimeoutMs: number,
  ) {
    this.boss = new PgBoss({
      db: { executeSql: (text: string, values: unknown[]) => this.run(sql, text, values) },
      schedule: false,
      supervise: true,
      migrate: true,
    })
    this.boss.on('error', onError)
  }

  /** Installs or upgrades pg-boss's schema (under an advisory lock: instances may start together) and starts maintenance. */
  static async start(sql: SqlExecutor, onError: (err: unknown) => void = () => {}, opts: { stopTimeoutMs?: number } = {}): Promise<PgBossJobQueue> {
    const queue = new PgBossJobQueue(sql, onError, opts.stopTimeoutMs ?? STOP_TIMEOUT_MS)
    await queue.boss.start()
    for (const stored of await queue.boss.getQueues()) queue.storedAtStart.set(stored.name, { ...stored })
    if (!queue.storedAtStart.has(DEAD_LETTERS)) await queue.boss.createQueue(DEAD_LETTERS, { name: DEAD_LETTERS }).catch(ignoreRace)
    return queue
  }

  async declare(kind: JobKind): Promise<void> {
    if (this.declared.has(kind.name)) return
    const options = {
      name: kind.name,
      retryLimit: kind.retryLimit,
      retryDelay: kind.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: kind.expireInSeconds,
      deadLetter: DEAD_LETTERS,
    }
    const known = this.storedAtStart.get(kind.name)
    this.storedAtStart.delete(kind.name)
    const existing = known ?? ((await this.boss.getQueue(kind.name)) as Record<string, unknown> | null)
    if (!existing) await this.boss.createQueue(kind.name, options).catch(ignoreRace)
    // Every start declares every kind: a queue already as declared is not written again (a commit, an
    // fsync on PGlite, per kind at each start; ADR 052). pg-boss's update keeps a setting given as undefined.
    else if (existing.policy !== 'standard' || Object.entries(options).some(([key, value]) => value !== undefined && existing[key] !== value))
      await this.boss.updateQueue(kind.name, options)
    this.declared.add(kind.name)
  }

  async work<T extends JobData>(kind: JobKind, run: (data: T, job: QueuedJob) => Promise<void>): Promise<void> {
    await this.declare(kind)
    const ids: string[] = []
    for (let i = 0; i < kind.concurrency; i++) {
      const workerId = await this.boss.work<T & { jobKind?: string }>(
        kind.name,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: POLLING_SECONDS },
        async ([job]) => {
          if (!job) return
          const { jobKind: _kind, ...data } = job.data
          try {
            await this.runHeld(job.id, job.retryCount, job.retryLimit, (held) => run(data as unknown as T, held))
          } finally {
            // a worker that found work looks again at once instead of sleeping its polling interval
            if (!this.closed) this.boss.notifyWorker(workerId)
          }
        },
      )
      ids.push(workerId)
    }
    this.workers.set(kind.name, [...(this.workers.get(kind.name) ?? []), ...ids])
  }

  private async runHeld(id: string, retryCount: number, retryLimit: number, body: (job: QueuedJob) => Promise<void>): Promise<void> {
    let resolveDone!: () => void
    const done = new Promise<void>((r) => (resolveDone = r))
    const job: Held = {
      id,
      cancelled: this.closed,
      closing: this.closed,
      retryCount,
      lastTry: retryCount >= retryLimit,
      stop: () => {},
      done,
      onCancel(stop) {
        job.stop = stop
        if (job.cancelled) stop()
      },
    }
    this.held.set(id, job)
    try {
      await body(job)
    } finally {
      this.held.delete(id)
      resolveDone()
    }
  }

  async send<T extends JobData>(kind: JobKind, data: T, opts: { id?: string; startAfter?: Date; startAfterSeconds?: number } = {}): Promise<string> {
    await this.declare(kind)
    const startAfter = opts.startAfter ?? (opts.startAfterSeconds && opts.startAfterSeconds > 0 ? Math.ceil(opts.startAfterSeconds) : undefined)
    const options = { ...(opts.id ? { id: opts.id } : {}), ...(startAfter !== undefined ? { startAfter } : {}) }
    const id = await this.boss.send(kind.name, { ...data, jobKind: kind.name }, options)
    // pg-boss inserts with ON CONFLICT DO NOTHING: a job with this id exists already (queued, running or done)
    if (!id && opts.id) return opts.id
    if (!id) throw new Error(`the job queue refused a ${kind.name} job`)
    for (const workerId of this.workers.get(kind.name) ?? []) this.boss.notifyWorker(workerId)
    return id
  }

  async cancel(kind: JobKind, id: string): Promise<boolean> {
    await this.boss.cancel(kind.name, id)
    const job = this.held.get(id)
    if (!job) return false
    job.cancelled = true
    job.stop()
    return true
  }

  whenDone(id: string): Promise<void> {
    return this.held.get(id)?.done ?? Promise.resolve()
  }

  async deadLetters(workspaceId: string): Promise<DeadLetter[]> {
    const { rows } = await this.boss.getDb().executeSql(
      `select id::text as id, coalesce(data->>'jobKind', '') as kind,
              coalesce(output->>'message', output->'value'->>'message', '') as error,
              created_on as "failedAt", retry_limit + 1 as tries
         from pgboss.job where name = $1 and data->>'workspaceId' = $2
        order by created_on desc, id limit 100`,
      [DEAD_LETTERS, workspaceId],
    )
    return (rows as { id: string; kind: string; error: string; failedAt: Date | string; tries: number }[]).map((r) => ({
      ...r,
      failedAt: new Date(r.failedAt).toISOString(),
      tries: Number(r.tries),
    }))
  }

  /**
   * pg-boss completes a finished job without awaiting it (`manager.js`, `onFetch`), so a job that
   * ends after stop() has returned would complete on a closed pool and reject with nobody listening.
   * Every statement is tracked here; once the queue has drained (close), a late statement is dropped:
   * it never settles, so nothing rejects, and the job it would have completed was already failed back
   * to the queue by stop() and is tried again by the next instance (at least once, ADR 029).
   */
  private run(sql: SqlExecutor, text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
    if (this.detached) return new Promise(() => {})
    const pending = sql.executeSql(text, values)
    this.inFlight.add(pending)
    pending.finally(() => this.inFlight.delete(pending)).catch(() => {})
    return pending
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    for (const job of this.held.values()) {
      job.closing = true
      job.cancelled = true
      job.stop()
    }
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: this.stopTimeoutMs })
    // Jobs still giving their work back get as long again; their completions are then issued
    // (a macrotask after the last one ends) and waited for, so the caller may close the database.
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      Promise.all([...this.held.values()].map((job) => job.done)),
      new Promise((resolve) => (timer = setTimeout(resolve, this.stopTimeoutMs))),
    ])
    clearTimeout(timer)
    await new Promise((resolve) => setImmediate(resolve))
    await Promise.allSettled([...this.inFlight])
    this.detached = true
  }
}

/** Two instances creating one queue at once: the second's insert loses the race, which is fine. */
function ignoreRace(err: unknown): void {
  if (!(err instanceof Error) || !/already exists|duplicate key/.test(err.message)) throw err
}
