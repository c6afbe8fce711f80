/**
 * Background jobs (issue 12, point 3): the queue the planner's runs wait in, as infrastructure beside
 * src/events/. This is the seam for a durable queue (issue 14): a use case enqueues a job by id with
 * the function that runs it, and asks for a cancel by id; whether the job waits in memory (here) or
 * in a table that any instance can pick up is the queue's business. The job itself keeps its state
 * in its own row (planner_runs), so a durable queue needs only to call `run` again for a job id.
 */
export interface QueuedJob {
  /** True once a cancel was asked on this instance. */
  readonly cancelled: boolean
  /** What to do on a cancel (stop the worker); called at once when the job is cancelled already. */
  onCancel(stop: () => void): void
}

export interface JobQueue {
  /** Queues a job; `run` is called when its turn comes (one at a time per instance here). */
  enqueue(id: string, run: (job: QueuedJob) => Promise<void>): void
  /** Cancels a job this instance holds (queued or running); false when it holds none with that id. */
  cancel(id: string): boolean
  /** Resolves when a job this instance holds has ended (at once when it holds none). */
  whenDone(id: string): Promise<void>
  /** True once closing: a job whose turn comes now ends as cancelled. */
  readonly closed: boolean
  /** Cancels every job held here and waits for the queue to drain. */
  close(): Promise<void>
}

interface Held extends QueuedJob {
  cancelled: boolean
  stop: () => void
  done: Promise<void>
}

/** Jobs in this process, one after the other (the planner uses one core per run). */
export class InProcessJobQueue implements JobQueue {
  private readonly held = new Map<string, Held>()
  private tail: Promise<void> = Promise.resolve()
  closed = false

  enqueue(id: string, run: (job: QueuedJob) => Promise<void>): void {
    let resolveDone!: () => void
    const done = new Promise<void>((r) => (resolveDone = r))
    const job: Held = {
      cancelled: false,
      stop: () => {},
      done,
      onCancel(stop) {
        job.stop = stop
        if (job.cancelled) stop()
      },
    }
    this.held.set(id, job)
    this.tail = this.tail.then(async () => {
      try {
        await run(job)
      } catch {
        // a job records its own failure in its row; the queue goes on
      } finally {
        this.held.delete(id)
        resolveDone()
      }
    })
  }

  cancel(id: string): boolean {
    const job = this.held.get(id)
    if (!job) return false
    job.cancelled = true
    job.stop()
    return true
  }

  whenDone(id: string): Promise<void> {
    return this.held.get(id)?.done ?? Promise.resolve()
  }

  async close(): Promise<void> {
    this.closed = true
    for (const id of this.held.keys()) this.cancel(id)
    await this.tail
  }
}
