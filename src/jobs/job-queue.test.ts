import { describe, expect, it } from 'vitest'
import { InProcessJobQueue, type QueuedJob } from './job-queue.ts'

describe('the in-process job queue', () => {
  it('runs jobs one after the other, in order, and goes on after a job that throws', async () => {
    const queue = new InProcessJobQueue()
    const log: string[] = []
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    queue.enqueue('a', async () => {
      log.push('a start')
      await gate
      log.push('a end')
    })
    queue.enqueue('b', async () => {
      log.push('b')
      throw new Error('b failed')
    })
    queue.enqueue('c', async () => {
      log.push('c')
    })
    await Promise.resolve()
    expect(log).toEqual(['a start'])
    release()
    await queue.whenDone('c')
    expect(log).toEqual(['a start', 'a end', 'b', 'c'])
    expect(await queue.whenDone('a')).toBeUndefined()
  })

  it('cancels a queued job (it sees it when its turn comes) and a running one (its stop is called)', async () => {
    const queue = new InProcessJobQueue()
    let stopped = 0
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const seen: boolean[] = []
    queue.enqueue('running', async (job: QueuedJob) => {
      job.onCancel(() => {
        stopped++
        release()
      })
      await gate
      seen.push(job.cancelled)
    })
    queue.enqueue('queued', async (job) => {
      seen.push(job.cancelled)
    })
    await Promise.resolve()
    await Promise.resolve()
    expect(queue.cancel('queued')).toBe(true)
    expect(queue.cancel('running')).toBe(true)
    await queue.whenDone('queued')
    expect(stopped).toBe(1)
    expect(seen).toEqual([true, true])
    expect(queue.cancel('nothing here')).toBe(false)
  })

  it('close cancels what it holds and waits for the queue to drain', async () => {
    const queue = new InProcessJobQueue()
    const seen: boolean[] = []
    queue.enqueue('x', async (job) => {
      seen.push(job.cancelled)
    })
    await queue.close()
    expect(queue.closed).toBe(true)
    expect(seen).toEqual([true])
  })
})
