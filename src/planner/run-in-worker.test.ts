import { describe, expect, it } from 'vitest'
import { planShowInWorker, planTourInWorker } from './run-in-worker.ts'
import { makeS1, makeS3, makeS4 } from './instances.ts'
import { planShow } from './plan-show.ts'

describe('the planner in a worker thread', () => {
  it('answers the same plan as in-process, with progress', async () => {
    const input = makeS1(2, 9)
    const progress: number[] = []
    const run = planShowInWorker(input, { onProgress: (p) => progress.push(p.fraction) })
    const plan = await run.promise
    expect(plan).toMatchObject({ status: 'optimal', provenOptimal: true })
    expect(plan.entries).toEqual(planShow(input).entries)
    const s3 = await planShowInWorker(makeS3(2), { budgetMs: 300, onProgress: (p) => progress.push(p.fraction) }).promise
    expect(s3.status).toBe('feasible')
    expect(progress).toContain(1)
  })

  // bad input never reaches a worker: it is refused where it comes in (plan-show.test.ts, start-planner-run)

  it('can be cancelled', async () => {
    const run = planTourInWorker(makeS4(1, 30), { budgetMs: 20_000 })
    setTimeout(() => run.cancel(), 50)
    await expect(run.promise).rejects.toThrow(/cancelled/)
  })
})
