import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeS1, makeS4 } from '../planner/instances.ts'
import { PlanResultSchema, TourPlanResultSchema } from '../contract/planner.ts'
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
  }, 60_000)

  it('plans a tour', async () => {
    const input = { ...makeS4(2, 4), budgetMs: 2000 }
    const out = await greenroom(['plan', 'tour', file('tour.json', input), '--json'])
    expect(out.code).toBe(0)
    const tour = TourPlanResultSchema.parse(JSON.parse(out.stdout))
    expect(tour.shows).toHaveLength(4)
    expect(tour.stats.hardViolations).toBe(0)
    expect(PlanResultSchema.parse(tour.shows[0]).entries.length).toBeGreaterThan(0)
  }, 60_000)

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
  }, 60_000)
})
