import type { PlanProgress, PlanResult, TourPlanResult } from '../contract/planner.ts'
import type { QueuedJob } from './job-queue.ts'
import type { PlanExecutor, PlanJob } from './plan-executor.ts'

/** Progress is handed on at most this often. */
const PROGRESS_EVERY_MS = 400
/** How often a running plan asks whether a cancel was asked on another instance. */
const CANCEL_POLL_MS = 500

type PlanJobOutcome = { kind: 'done'; outcome: PlanResult | TourPlanResult } | { kind: 'cancelled' } | { kind: 'failed'; message: string }

/**
 * Worker orchestration for one plan: starts it on the executor, hands on its progress (throttled,
 * in order), stops it on a local cancel or when `cancelRequested` (another instance's cancel, read
 * from the run's row) says so, and tells how it ended. Knows nothing of the database: the use case
 * passes what to do.
 */
export async function runPlanJob(
  executor: PlanExecutor,
  job: PlanJob,
  queued: QueuedJob,
  io: {
    saveProgress: (p: PlanProgress) => Promise<void>
    cancelRequested: () => Promise<boolean>
  },
): Promise<PlanJobOutcome> {
  let lastWrite = 0
  let writing: Promise<unknown> = Promise.resolve()
  const onProgress = (p: PlanProgress) => {
    const t = Date.now()
    if (t - lastWrite < PROGRESS_EVERY_MS) return
    lastWrite = t
    writing = writing.then(() => io.saveProgress(p)).catch(() => {})
  }
  const handle = executor.start(job, onProgress)
  let stopped = false
  queued.onCancel(() => {
    stopped = true
    handle.cancel()
  })
  const poll = setInterval(() => {
    void io.cancelRequested().then(
      (yes) => {
        if (yes && !stopped) {
          stopped = true
          handle.cancel()
        }
      },
      () => {},
    )
  }, CANCEL_POLL_MS)
  try {
    const outcome = await handle.promise
    return { kind: 'done', outcome }
  } catch (err) {
    if (stopped || queued.cancelled) return { kind: 'cancelled' }
    return { kind: 'failed', message: err instanceof Error ? err.message : String(err) }
  } finally {
    clearInterval(poll)
    await writing
  }
}
