import { parentPort, workerData } from 'node:worker_threads'
import type { PlanShowRequest, PlanTourRequest } from '../domain/planner.ts'
import { planShow, type PlanOptions } from './plan-show.ts'
import { planTour } from './plan-tour.ts'

/**
 * The planner's worker thread (started by run-in-worker.ts through worker-boot.mjs). The plan is
 * computed synchronously, so cancellation comes through a shared flag the search polls, not a
 * message; progress goes out as messages.
 */
export interface WorkerJob {
  kind: 'show' | 'tour'
  input: PlanShowRequest | PlanTourRequest
  options: Pick<PlanOptions, 'seed' | 'budgetMs' | 'steps' | 'capMs' | 'maxIterations' | 'method'>
  /** Int32Array over a SharedArrayBuffer: [0] = 1 asks the plan to stop and answer with its best. */
  stop: SharedArrayBuffer
}

const job = workerData as WorkerJob
const flag = new Int32Array(job.stop)
const signal = {
  get aborted() {
    return Atomics.load(flag, 0) === 1
  },
} as AbortSignal
let lastProgress = 0
const onProgress: PlanOptions['onProgress'] = (p) => {
  const now = performance.now()
  if (p.fraction < 1 && now - lastProgress < 50) return
  lastProgress = now
  parentPort!.postMessage({ type: 'progress', progress: p })
}
parentPort!.postMessage({ type: 'started' })
try {
  const options = { ...job.options, signal, onProgress }
  // the input was parsed where it came in (run-in-worker.ts): not again here
  const result = job.kind === 'show' ? planShow(job.input as PlanShowRequest, options) : planTour(job.input as PlanTourRequest, options)
  parentPort!.postMessage({ type: 'result', result })
} catch (err) {
  const e = err as Error & { code?: string; details?: unknown }
  parentPort!.postMessage({ type: 'error', error: { name: e.name, message: e.message, code: e.code, details: e.details, stack: e.stack } })
}
