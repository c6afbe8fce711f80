import { createHash } from 'node:crypto'

/**
 * Background jobs (issue 12 point 3, made durable by issue 14, ADR 029): the queue the planner's runs
 * (and, next, notifications and mail) wait in, as infrastructure beside src/events/. A use case
 * sends a job of a kind with JSON data; every instance that registered a handler for the kind may
 * take it (exactly one does); a job that throws is retried with backoff and, after its last try,
 * lands among the dead letters that managers read. The job keeps its domain state in its own rows
 * (planner_runs), so running it again after a crash only needs its data.
 */
export interface QueuedJob {
  /** The job's id in the queue (the planner run's id for a run). */
  readonly id: string
  /** True once a cancel was asked on this instance, or the instance is closing. */
  readonly cancelled: boolean
  /** True when the instance is closing: the job should give its work back (throw) to be retried elsewhere. */
  readonly closing: boolean
  /** How many earlier tries failed (0 on the first). */
  readonly retryCount: number
  /** True on the last try: a throw now makes a dead letter. */
  readonly lastTry: boolean
  /** What to do on a cancel (stop the worker); called at once when the job is cancelled already. */
  onCancel(stop: () => void): void
}

/** A kind of job and how it is retried. */
export interface JobKind {
  /** The queue's name: letters, digits, `-` and `_`. */
  name: string
  /** Tries after the first one before the job becomes a dead letter. */
  retryLimit: number
  /** Seconds before the first retry; doubled (with jitter) for each next one. */
  retryDelaySeconds: number
  /** A try still running after this long is taken as lost (its instance died) and retried. */
  expireInSeconds: number
  /** Jobs of this kind one instance runs at once. */
  concurrency: number
}

/** The data every job carries: the workspace it belongs to (dead letters are read per workspace). */
export interface JobData {
  workspaceId: string
}

/** A job that failed its last try, as managers read it. */
export interface DeadLetter {
  id: string
  kind: string
  error: string
  failedAt: string
  tries: number
}

export interface JobQueue {
  /** Runs jobs of a kind on this instance from now on (register before sending on a fresh database). */
  work<T extends JobData>(kind: JobKind, run: (data: T, job: QueuedJob) => Promise<void>): Promise<void>
  /** Creates the kind's queue without working it here (an instance that only sends). */
  declare(kind: JobKind): Promise<void>
  /**
   * Queues a job (any instance working its kind takes it); returns its id. `startAfter` (an instant)
   * or `startAfterSeconds`: not taken before then (a delayed job). A job sent again with the `id` of
   * one already queued is not queued twice (the id is returned as it is).
   */
  send<T extends JobData>(kind: JobKind, data: T, opts?: { id?: string; startAfter?: Date; startAfterSeconds?: number }): Promise<string>
  /** Cancels a job: not taken yet, it never runs; running here, its stop is called. True when it was running here. */
  cancel(kind: JobKind, id: string): Promise<boolean>
  /** Resolves when a job this instance runs has ended (at once when it runs none with that id). */
  whenDone(id: string): Promise<void>
  /** The jobs of a workspace that failed their last try, newest first. */
  deadLetters(workspaceId: string): Promise<DeadLetter[]>
  /** True once closing. */
  readonly closed: boolean
  /** Stops taking jobs, tells running ones to give their work back, waits for them. */
  close(): Promise<void>
}

/** A job id (a UUID, version 8, RFC 9562) derived from a name: the same name, the same id, so a job sent twice is queued once. */
export function jobIdFrom(name: string): string {
  const h = createHash('sha256').update(name).digest()
  h[6] = (h[6]! & 0x0f) | 0x80
  h[8] = (h[8]! & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`
}
