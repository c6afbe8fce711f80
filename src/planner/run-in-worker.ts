import { Worker } from 'node:worker_threads'
import type { PlanProgress, PlanResult, PlanShowRequest, PlanTourRequest, TourPlanResult } from '../domain/planner.ts'
import { DomainError } from '../domain/errors.ts'
import type { PlanOptions } from './plan-show.ts'
import type { WorkerJob } from './worker.ts'
import { clockCap } from './budget.ts'

/**
 * Runs planShow / planTour in a worker thread so a long plan never blocks the server's event loop.
 * The request is validated by the caller, where it comes in (contract/planner.ts). The plan follows its step count (./budget.ts); at its clock cap (budgetMs × CLOCK_CAP_FACTOR, at least MIN_CAP_MS,
 * + a grace period) the worker is asked to stop and
 * answer with its best plan; if it does not answer within `hardLimitMs` it is terminated and the
 * promise rejects. `cancel()` terminates it at once (the promise rejects with an AbortError).
 */
export interface WorkerRunOptions extends Pick<PlanOptions, 'seed' | 'budgetMs' | 'steps' | 'maxIterations' | 'method'> {
  onProgress?: (p: PlanProgress) => void
  /** Terminate the worker after this long (default the clock cap × 2 + 5 s: room for the conflict explanation). */
  hardLimitMs?: number
}

export interface WorkerRun<T> {
  promise: Promise<T>
  cancel: () => void
}

export class PlanAbortedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AbortError'
  }
}

const STARTUP_LIMIT_MS = 30_000

/** Compiled (dist/), the worker is plain JavaScript; from source, its boot file registers tsx first. */
const WORKER_ENTRY = new URL(import.meta.url.endsWith('.js') ? './worker.js' : './worker-boot.mjs', import.meta.url)

function run<T>(kind: 'show' | 'tour', input: unknown, budgetMs: number, opts: WorkerRunOptions): WorkerRun<T> {
  const stop = new SharedArrayBuffer(4)
  const flag = new Int32Array(stop)
  // the plan follows its step count; the budget's clock cap (budget.ts clockCap) is the only stop
  const capMs = clockCap(budgetMs)
  const job: WorkerJob = {
    kind,
    input: input as WorkerJob['input'],
    options: { seed: opts.seed, budgetMs: opts.budgetMs, steps: opts.steps, maxIterations: opts.maxIterations, method: opts.method, capMs },
    stop,
  }
  const worker = new Worker(WORKER_ENTRY, { workerData: job })
  let settled = false
  let cancel = () => {}
  const promise = new Promise<T>((resolve, reject) => {
    const timers: NodeJS.Timeout[] = []
    const finish = (f: () => void) => {
      if (settled) return
      settled = true
      timers.forEach(clearTimeout)
      f()
      void worker.terminate()
    }
    const hardLimit = opts.hardLimitMs ?? capMs * 2 + 5000
    // the budget counts from when the worker has loaded the planner (starting a thread under tsx takes a moment)
    const startClock = () => {
      timers.push(setTimeout(() => Atomics.store(flag, 0, 1), capMs + 2000))
      timers.push(setTimeout(() => finish(() => reject(new PlanAbortedError(`The planner did not answer within ${hardLimit} ms`))), hardLimit))
    }
    timers.push(setTimeout(() => finish(() => reject(new PlanAbortedError("The planner's worker did not start"))), STARTUP_LIMIT_MS))
    cancel = () => finish(() => reject(new PlanAbortedError('The plan was cancelled')))
    worker.on(
      'message',
      (m: {
        type: string
        progress?: PlanProgress
        result?: T
        error?: { name: string; message: string; code?: string; details?: Record<string, unknown>; stack?: string }
      }) => {
        if (m.type === 'started') {
          clearTimeout(timers.shift())
          startClock()
        } else if (m.type === 'progress' && m.progress) opts.onProgress?.(m.progress)
        else if (m.type === 'result') finish(() => resolve(m.result as T))
        else if (m.type === 'error' && m.error) {
          const e = m.error
          finish(() =>
            reject(
              e.code ? new DomainError(e.code as never, e.message, e.details ?? {}) : Object.assign(new Error(e.message), { name: e.name, stack: e.stack }),
            ),
          )
        }
      },
    )
    worker.on('error', (err) => finish(() => reject(err)))
    worker.on('exit', (code) => finish(() => reject(new Error(`The planner's worker stopped (exit code ${code})`))))
  })
  return { promise, cancel: () => cancel() }
}

/** A parsed request (the caller parsed it at its edge) in a worker thread: not parsed again. */
export function planRequestInWorker(
  job: { kind: 'show'; input: PlanShowRequest } | { kind: 'tour'; input: PlanTourRequest },
  opts: WorkerRunOptions = {},
): WorkerRun<PlanResult | TourPlanResult> {
  return run<PlanResult | TourPlanResult>(job.kind, job.input, opts.budgetMs ?? job.input.budgetMs, opts)
}

/** planShow in a worker thread (the request validated by the caller). */
export function planShowInWorker(req: PlanShowRequest, opts: WorkerRunOptions = {}): WorkerRun<PlanResult> {
  return run<PlanResult>('show', req, opts.budgetMs ?? req.budgetMs, opts)
}

/** planTour in a worker thread (the request validated by the caller). */
export function planTourInWorker(req: PlanTourRequest, opts: WorkerRunOptions = {}): WorkerRun<TourPlanResult> {
  return run<TourPlanResult>('tour', req, opts.budgetMs ?? req.budgetMs, opts)
}
