import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { planTour } from './plan-tour.ts'
import { planShow } from './plan-show.ts'
import { STEPS_PER_MS, TOUR_STEPS_PER_MS } from './budget.ts'
import {
  PlanTourInputSchema,
  PlanShowInputSchema,
  type PlanTourRequest,
  type PlanShowRequest,
  type TourPlanResult,
  type PlanResult,
} from '../contract/planner.ts'

/**
 * Issue 13, point 7: the same input and seed give byte-identical plans from the CLI, the API and the
 * bench (they all call planShow / planTour with the input's budget), on an idle or a saturated
 * machine: the budget is a step count, the clock only caps it. Only `elapsedMs` may differ.
 */
const example = (): PlanTourRequest =>
  PlanTourInputSchema.parse(JSON.parse(readFileSync(new URL('../../docs/examples/plan-tour.json', import.meta.url), 'utf8')))
const exampleShow = (): PlanShowRequest =>
  PlanShowInputSchema.parse(JSON.parse(readFileSync(new URL('../../docs/examples/plan-show.json', import.meta.url), 'utf8')))

/** A short tour of the example (6 shows) with a small budget, so the test stays quick. */
function shortTour(budgetMs: number): PlanTourRequest {
  const t = example()
  return { ...t, shows: t.shows.slice(0, 6), budgetMs }
}

const withoutClock = (r: TourPlanResult | PlanResult) => JSON.stringify(r, (k, v) => (k === 'elapsedMs' ? 0 : v))

/** A machine `factor` times slower: the clock runs faster than the work. */
function slowMachine(factor: number) {
  const real = performance.now.bind(performance)
  const t0 = real()
  vi.spyOn(performance, 'now').mockImplementation(() => t0 + (real() - t0) * factor)
}
afterEach(() => {
  vi.restoreAllMocks()
})

describe('reproducible plans (issue 13)', () => {
  it('plans the same tour twice for one seed, byte for byte', () => {
    const a = planTour(shortTour(40), { seed: 1, capMs: 600_000 })
    const b = planTour(shortTour(40), { seed: 1, capMs: 600_000 })
    expect(a.stats.capped).toBe(false)
    expect(a.stats.steps).toBe(40 * TOUR_STEPS_PER_MS)
    expect(withoutClock(b)).toBe(withoutClock(a))
  })

  it("gives the budget's plan on a machine three times slower (the clock never shapes the plan)", () => {
    const idle = planTour(shortTour(40), { seed: 3, capMs: 600_000 })
    slowMachine(3)
    const busy = planTour(shortTour(40), { seed: 3, steps: 40 * TOUR_STEPS_PER_MS, capMs: 600_000 })
    expect(busy.stats.capped).toBe(false)
    expect(withoutClock(busy)).toBe(withoutClock(idle))
  })

  it("counts a show's budget at the show's rate and a tour's at the tour's (a tour's step does more work)", () => {
    const show = planShow({ ...exampleShow(), budgetMs: 20 }, { seed: 1, capMs: 600_000 })
    expect(show.stats).toMatchObject({ capped: false, steps: 20 * STEPS_PER_MS })
    const tour = planTour(shortTour(20), { seed: 1, capMs: 600_000 })
    expect(tour.stats).toMatchObject({ capped: false, steps: 20 * TOUR_STEPS_PER_MS })
    expect(STEPS_PER_MS).toBeGreaterThan(TOUR_STEPS_PER_MS)
  })

  it("a clock cap that binds says so; without it the steps bind and the plan is the budget's", () => {
    const req = { ...exampleShow(), method: undefined }
    const free = planShow(req, { seed: 2, method: 'search', steps: 30_000, capMs: 600_000 } as never)
    const again = planShow(req, { seed: 2, method: 'search', steps: 30_000, capMs: 600_000 } as never)
    expect(free.stats).toMatchObject({ capped: false, steps: 30_000 })
    expect(withoutClock(again)).toBe(withoutClock(free))
    slowMachine(1000)
    const tiny = planShow(req, { seed: 2, method: 'search', steps: 30_000, capMs: 5 } as never)
    expect(tiny.stats.capped).toBe(true)
  })
})
