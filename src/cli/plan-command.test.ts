import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeS1, makeS4 } from '../planner/instances.ts'
import { STEPS_PER_MS } from '../planner/budget.ts'
import { PlanResultSchema, TourPlanResultSchema, parsePlanShowInput, parsePlanTourInput } from '../contract/planner.ts'
import { workerPlanExecutor } from '../jobs/plan-executor.ts'
import { benchPlanShow, benchPlanTour } from '../../bench/planner/plan-call.ts'
import { testDbKind } from '../test/test-database.ts'
import { runGreenroom } from '../test/cli-process.ts'

const greenroom = (args: string[]) => runGreenroom(args)

// The command runs on its own PGlite data directory whatever database the suite uses, so the
// PostgreSQL run would repeat this file unchanged (each CLI start costs seconds): it runs once, on PGlite.
describe.skipIf(testDbKind() === 'postgres')('greenroom plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'greenroom-plan-'))
  const file = (name: string, value: unknown) => {
    const f = join(dir, name)
    writeFileSync(f, JSON.stringify(value))
    return f
  }

  it('plans a show and prints the list, the score by goal and every rule; --json prints the result', async () => {
    const input = makeS1(2, 9)
    const text = await greenroom(['plan', 'show', file('show.json', input)])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/optimal \(proved optimal\) · exact/)
    expect(text.stdout).toContain('— Acoustic with Dustin')
    expect(text.stdout).toMatch(/✓ same lead singer too many songs in a row +Nobody sings lead/)
    expect(text.stdout).toMatch(/Score \d/)
  }, 180_000)

  // issue 13 point 7: one input and seed, one plan, wherever it is computed (only the clock fields differ)
  it('gives the plan of the API (its worker run) and of the bench, byte for byte, for a show and a tour', async () => {
    const same = (r: unknown) => JSON.stringify(r, (k, v) => (k === 'elapsedMs' || k === 'internal' ? undefined : v))
    const example = (name: string) => JSON.parse(readFileSync(new URL(`../../docs/examples/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>
    const show = { ...example('plan-show.json'), seed: 5, budgetMs: 200 }
    const cli = await greenroom(['plan', 'show', file('same-show.json', show), '--json'])
    expect(cli.code, cli.stderr).toBe(0)
    const api = await workerPlanExecutor.start({ kind: 'show', input: parsePlanShowInput(show) }, () => {}).promise
    const bench = benchPlanShow(parsePlanShowInput(show), 200)
    expect(bench.stats).toMatchObject({ method: 'search', capped: false, steps: 200 * STEPS_PER_MS })
    expect(same(JSON.parse(cli.stdout))).toBe(same(bench))
    expect(same(api)).toBe(same(bench))

    const tour = { ...makeS4(3, 5), seed: 7, budgetMs: 300 }
    const cliTour = await greenroom(['plan', 'tour', file('same-tour.json', tour), '--json'])
    expect(cliTour.code, cliTour.stderr).toBe(0)
    const apiTour = await workerPlanExecutor.start({ kind: 'tour', input: parsePlanTourInput(tour) }, () => {}).promise
    const benchTour = benchPlanTour(parsePlanTourInput(tour), 300)
    expect(benchTour.stats.capped).toBe(false)
    expect(same(JSON.parse(cliTour.stdout))).toBe(same(benchTour))
    expect(same(apiTour)).toBe(same(benchTour))
  }, 180_000)

  it('plans a tour', async () => {
    const input = { ...makeS4(2, 4), budgetMs: 2000 }
    const out = await greenroom(['plan', 'tour', file('tour.json', input), '--json'])
    expect(out.code).toBe(0)
    const tour = TourPlanResultSchema.parse(JSON.parse(out.stdout))
    expect(tour.shows).toHaveLength(4)
    expect(tour.stats.hardViolations).toBe(0)
    expect(PlanResultSchema.parse(tour.shows[0]).entries.length).toBeGreaterThan(0)
  }, 180_000)

  it('exits 2 naming the field on bad input, and on a file that is not JSON', async () => {
    const input = makeS1(1, 8)
    const bad = await greenroom([
      'plan',
      'show',
      file('bad.json', { ...input, repertoire: [{ ...input.repertoire[0], durationSeconds: -5 }, ...input.repertoire.slice(1)] }),
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('repertoire.0.durationSeconds: a song lasts at least 1 second')
    writeFileSync(join(dir, 'broken.json'), '{ not json')
    const broken = await greenroom(['plan', 'tour', join(dir, 'broken.json')])
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/is not a readable JSON file/)
  }, 180_000)
})
