import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { planShow } from './plan-show.ts'
import { makeS1, makeS2, makeS3, uuidOf } from './instances.ts'
import { compileProblem } from './compile.ts'
import { weightedCost } from './costs.ts'
import { solveExact } from './exact.ts'
import { search } from './search.ts'
import { SetlistEntrySchema } from '../contract/setlists.ts'
import { parsePlanShowInput, PlanResultSchema, type PlanShowRequest } from '../contract/planner.ts'
import { DomainError } from '../domain/errors.ts'

const FAST = { budgetMs: 5_000, maxIterations: 20_000 }

/** A small S3-like show: 10 of 30, every rule on. */
function smallShow(seed: number): PlanShowRequest {
  const full = makeS3(seed)
  const repertoire = full.repertoire.slice(0, 30)
  const avg = repertoire.reduce((a, s) => a + s.durationSeconds, 0) / 30
  const keys = new Set(repertoire.map((s) => `rec:${s.recordingId}`))
  return {
    ...full,
    repertoire,
    rules: {
      ...full.rules,
      setSize: { min: 10, max: 10 },
      durationWindow: { minSeconds: Math.round(10 * avg * 0.9), maxSeconds: Math.round(10 * avg * 1.1) },
      acousticBlock: { min: 0, max: 4 },
    },
    history: {
      ...full.history,
      lastTourSongKeys: full.history.lastTourSongKeys!.filter((k) => keys.has(k)),
      plays: full.history.plays.filter((p) => keys.has(`rec:${p.recordingId}`)),
    },
  }
}

describe('planShow', () => {
  it('returns a plan that keeps every hard rule, for any seed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 2 }), (seed, family) => {
        const input = family === 0 ? makeS1(seed, 9) : family === 1 ? makeS2(seed, 12, 7) : smallShow(seed)
        const plan = planShow(input, { ...FAST, seed })
        expect(PlanResultSchema.safeParse(plan).success).toBe(true)
        if (plan.status === 'infeasible') {
          expect(plan.conflictingRules?.length).toBeGreaterThan(0)
          return
        }
        expect(plan.rules.filter((r) => !r.ok)).toEqual([])
        for (const e of plan.entries) expect(SetlistEntrySchema.safeParse(e).success).toBe(true)
        expect(new Set(plan.entries.map((e) => e.id)).size).toBe(plan.entries.length)
      }),
      { numRuns: 12 },
    )
  })

  it('gives the same plan for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const a = planShow(smallShow(seed), { ...FAST, seed })
        const b = planShow(smallShow(seed), { ...FAST, seed })
        expect(b.entries).toEqual(a.entries)
        expect(b.score).toEqual(a.score)
      }),
      { numRuns: 4 },
    )
  })

  it('proves small sets optimal with the exact method, and the search finds the same value', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const input = makeS1(seed, 9)
      const plan = planShow(input, FAST)
      if (plan.status === 'infeasible') continue
      expect(plan).toMatchObject({ status: 'optimal', provenOptimal: true })
      const p = compileProblem(input)
      const s = search(p, { seed, budgetMs: 5_000, maxIterations: 30_000 })
      expect(s.feasible).toBe(true)
      expect(s.cost).toBeCloseTo(plan.score!.total, 4)
      expect(weightedCost(p, solveExact(p)!.seq!)).toBeCloseTo(plan.score!.total, 5)
    }
  })

  it('explains each song: new songs counted, the acoustic section by who plays it, guests by billing', () => {
    const input = smallShow(5)
    input.repertoire[0] = { ...input.repertoire[0]!, needs: ['guest'], guests: ['Victoria Justice'], fanDemand: 1 }
    input.rules.pinned = [{ recordingId: input.repertoire[0]!.recordingId, position: 'opener' }]
    const plan = planShow(input, FAST)
    expect(plan.status).toBe('feasible')
    const reasons = plan.reasons.flatMap((r) => r.reasons)
    expect(reasons).toContain(
      'new song 1 of ' + plan.reasons.filter((r) => r.reasons.some((x) => x.startsWith('new song'))).length + ' (the rules ask for at least 2)',
    )
    expect(plan.reasons[0]!.reasons).toEqual(expect.arrayContaining(['pinned as the opener', 'with Victoria Justice, billed at this show']))
    expect(plan.entries.find((e) => e.recordingId === input.repertoire[0]!.recordingId)?.guests).toEqual(['Victoria Justice'])
    if (plan.entries.some((e) => e.section === 'acoustic')) {
      expect(reasons).toContain('acoustic section: Dustin is in the lineup')
      const at = plan.entries.findIndex((e) => e.section === 'acoustic')
      expect(plan.entries[at]!.title).toBe('Acoustic with Dustin')
    }
    expect(Object.keys(plan.score!.byGoal).sort()).toEqual(['energyArc', 'energyFlow', 'fanDemand', 'freshness', 'keys', 'tempo', 'variety'])
    expect(plan.rules.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining(['duration-window', 'new-songs', 'acoustic-section', 'singer-run', 'set-size', 'pinned', 'encore']),
    )
  })

  it('names the conflicting rules when no set can keep them all (a result, not an error)', () => {
    const input = makeS2(2, 12, 7)
    // an acoustic section of at least two songs, and nobody in the lineup plays acoustic guitar:
    // that show has no acoustic section (issue 13), so it is planned without one
    const noDustin = { ...input, show: { ...input.show, lineupRoles: ['member'], lineup: [] }, rules: { ...input.rules, acousticBlock: { min: 2, max: 3 } } }
    const plan = planShow(noDustin, FAST)
    expect(plan.status).not.toBe('infeasible')
    expect(plan.entries.some((e) => e.section === 'acoustic')).toBe(false)
    // an acoustic song pinned as the opener, with nobody to play it: those two rules conflict
    const acousticSong = input.repertoire.find((s) => s.needs.includes('acoustic-guitar'))!
    const pinnedAcoustic = planShow(
      { ...noDustin, rules: { ...noDustin.rules, pinned: [{ recordingId: acousticSong.recordingId, position: 'opener' as const }] } },
      FAST,
    )
    expect(pinnedAcoustic.status).toBe('infeasible')
    expect(pinnedAcoustic.entries).toEqual([])
    expect([...pinnedAcoustic.conflictingRules!].sort()).toEqual(['acoustic-section', 'pinned'])
    // more new songs than the repertoire has
    const fresh = input.repertoire.filter((s) => s.releasedOn === '2013-06-11').length
    const plan2 = planShow({ ...input, rules: { ...input.rules, newSongs: { count: fresh + 1, mode: 'at-least', sinceDate: '2013-06-11' } } }, FAST)
    expect(plan2.status).toBe('infeasible')
    expect(plan2.conflictingRules).toContain('new-songs')
    expect(plan2.explanation).toMatch(/cannot all be kept/)
  })

  it('keeps pinned, excluded and encore rules', () => {
    const input = smallShow(8)
    const [a, b, c] = input.repertoire.filter((s) => !s.needs.length)
    const plan = planShow(
      {
        ...input,
        rules: {
          ...input.rules,
          pinned: [
            { recordingId: a!.recordingId, position: 'closer' },
            { recordingId: b!.recordingId, position: 2 },
          ],
          excluded: [c!.recordingId],
        },
      },
      FAST,
    )
    expect(plan.status).toBe('feasible')
    const songs = plan.entries.filter((e) => e.type === 'song').map((e) => e.recordingId)
    expect(songs[songs.length - 1]).toBe(a!.recordingId)
    expect(songs[1]).toBe(b!.recordingId)
    expect(songs).not.toContain(c!.recordingId)
    const encoreAt = plan.entries.findIndex((e) => e.section === 'encore')
    expect(plan.entries.slice(encoreAt + 1).filter((e) => e.type === 'song')).toHaveLength(2)
  })

  it('refuses bad input with a ValidationError naming the field (validated where it comes in, before the planner)', () => {
    const input = makeS1(1, 8)
    const fieldsOf = (bad: unknown) => {
      try {
        parsePlanShowInput(bad)
        return []
      } catch (err) {
        expect(err).toBeInstanceOf(DomainError)
        return (err as DomainError).details.errors!.map((e) => e.path)
      }
    }
    expect(fieldsOf({ ...input, rules: { ...input.rules, pinned: [{ recordingId: uuidOf(999, 999), position: 'opener' }] } })).toEqual([
      'rules.pinned.0.recordingId',
    ])
    expect(fieldsOf({ ...input, rules: { ...input.rules, excluded: [uuidOf(999, 1)] } })).toEqual(['rules.excluded.0'])
    expect(fieldsOf({ ...input, repertoire: [{ ...input.repertoire[0]!, durationSeconds: -200 }, ...input.repertoire.slice(1)] })).toEqual([
      'repertoire.0.durationSeconds',
    ])
    expect(fieldsOf({ ...input, repertoire: [] })).toEqual(['repertoire'])
    expect(fieldsOf({ ...input, show: { ...input.show, date: 'tomorrow' } })).toEqual(['show.date'])
  })
})
