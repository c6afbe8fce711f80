import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TEMPLATE_KINDS } from '../domain/planner.ts'
import { compileProblem } from './compile.ts'
import { buildEntries } from './explain.ts'
import { makeS2 } from './instances.ts'
import { planTour } from './plan-tour.ts'
import { planShow } from './plan-show.ts'
import { PlanShowInputSchema, PlanTourInputSchema, type PlanTourRequest, type TemplateItem } from '../contract/planner.ts'

/** Issue 13, point 4: the act's show template, placed by the planner, counted in the duration window, kept through the tour. */
const example = (): PlanTourRequest =>
  PlanTourInputSchema.parse(JSON.parse(readFileSync(new URL('../../docs/examples/plan-tour.json', import.meta.url), 'utf8')))
const TEMPLATE: TemplateItem[] = [
  { kind: 'intro', title: 'Intro tape', durationSeconds: 90, at: 'start' },
  { kind: 'talk', title: 'Hello Chicago', durationSeconds: 60, at: 3 },
  { kind: 'dj-interlude', title: 'DJ interlude', durationSeconds: 240, at: 'after-acoustic' },
  { kind: 'encore-break', title: 'Encore break', durationSeconds: 120, at: 'before-encore' },
]
const templateOf = (entries: { type: string; title?: string | null; durationSeconds?: number | null }[]) =>
  entries.flatMap((e, i) =>
    e.type === 'other'
      ? [{ title: e.title, durationSeconds: e.durationSeconds, songsBefore: entries.slice(0, i).filter((x) => x.type === 'song').length }]
      : [],
  )

describe('the show template (issue 13)', () => {
  it('places every part where the template says, keeps positions and durations through the tour, and counts them in the duration window', () => {
    const base = example()
    const input: PlanTourRequest = {
      ...base,
      shows: base.shows.slice(0, 6),
      showTemplate: TEMPLATE,
      rotation: { mode: 'core-rotating', core: null, slots: 2, noRepeatWithin: 3 },
    }
    const tour = planTour(input, { seed: 1, steps: 120_000, capMs: 600_000 })
    expect(tour.stats.hardViolations).toBe(0)
    const templateSeconds = TEMPLATE.reduce((a, x) => a + x.durationSeconds, 0)
    let checked = 0
    for (const [i, show] of tour.shows.entries()) {
      if (show.status === 'infeasible') continue
      checked++
      const parts = templateOf(show.entries)
      expect(parts.map((x) => [x.title, x.durationSeconds])).toEqual(TEMPLATE.map((x) => [x.title, x.durationSeconds]))
      expect(parts[0]!.songsBefore).toBe(0)
      expect(parts[1]!.songsBefore).toBeGreaterThanOrEqual(3)
      // the encore break sits right before the encore marker
      const encoreAt = show.entries.findIndex((e) => e.type === 'section' && e.section === 'encore')
      if (input.rules.encore) expect(show.entries[encoreAt - 1]).toMatchObject({ type: 'other', title: 'Encore break' })
      // the DJ interlude follows the acoustic section when there is one
      const acoustic = show.entries.filter((e) => e.type === 'song' && e.arrangement === 'acoustic').length
      if (acoustic) {
        const lastAcoustic = show.entries.map((e) => e.type === 'song' && e.arrangement === 'acoustic').lastIndexOf(true)
        const dj = show.entries.findIndex((e) => e.title === 'DJ interlude')
        expect(dj).toBeGreaterThan(lastAcoustic)
        expect(show.entries.slice(lastAcoustic + 1, dj).some((e) => e.type === 'song')).toBe(false)
      }
      // running time: songs and template, inside the show's window
      const durations = new Map(input.repertoire.map((s) => [s.recordingId, s.durationSeconds]))
      const songs = show.entries.filter((e) => e.type === 'song').reduce((a, e) => a + durations.get(e.recordingId!)!, 0)
      expect(show.runningSeconds).toBe(songs + templateSeconds)
      const window = input.shows[i]!.durationWindow ?? input.rules.durationWindow
      if (window) {
        expect(show.runningSeconds).toBeGreaterThanOrEqual(window.minSeconds)
        expect(show.runningSeconds).toBeLessThanOrEqual(window.maxSeconds)
      }
      expect(show.rules.find((r) => r.ruleId === 'duration-window')?.ok ?? true).toBe(true)
    }
    expect(checked).toBeGreaterThanOrEqual(5)
  })

  it('a single show with a template: the songs leave the template its time', () => {
    const input = PlanShowInputSchema.parse(JSON.parse(readFileSync(new URL('../../docs/examples/plan-show.json', import.meta.url), 'utf8')))
    const window = input.show.durationWindow ?? input.rules.durationWindow!
    const plan = planShow({ ...input, showTemplate: TEMPLATE }, { steps: 30_000, capMs: 600_000 })
    expect(plan.status).not.toBe('infeasible')
    expect(plan.runningSeconds).toBeLessThanOrEqual(window.maxSeconds)
    expect(plan.runningSeconds).toBeGreaterThanOrEqual(window.minSeconds)
    expect(plan.explanation).toMatch(/show template \(Intro tape, Hello Chicago, DJ interlude, Encore break: 8:30\)/)
  })

  it('parts without a place go where the arc is lowest; the placed parts keep their positions and every part its duration (property)', () => {
    const placeArb = fc.oneof(
      fc.constant(null),
      fc.constantFrom('start' as const, 'end' as const, 'mid-set' as const, 'after-acoustic' as const, 'before-encore' as const),
      fc.integer({ min: 1, max: 12 }),
    )
    const itemArb = fc.record({ kind: fc.constantFrom(...TEMPLATE_KINDS), durationSeconds: fc.integer({ min: 0, max: 300 }), at: placeArb })
    let floating = 0
    let placed = 0
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(itemArb, { minLength: 1, maxLength: 6 }), (seed, items) => {
        const template: TemplateItem[] = items.map((x, i) => ({ ...x, title: `Part ${i + 1}` }))
        const base = makeS2(seed, 14, 8, seed % 2 === 0)
        // no duration window: the template's time must not change which songs fit
        const req = { ...base, rules: { ...base.rules, durationWindow: null }, showTemplate: template }
        const plan = planShow(req, { steps: 20_000, capMs: 600_000 })
        if (plan.status === 'infeasible') return
        const parts = templateOf(plan.entries)
        // every part once, with its duration, counted in the running time
        expect(parts.map((x) => [x.title, x.durationSeconds]).sort()).toEqual(template.map((x) => [x.title, x.durationSeconds]).sort())
        const songs = plan.entries.filter((e) => e.type === 'song')
        const durations = new Map(req.repertoire.map((x) => [x.recordingId, x.durationSeconds]))
        expect(plan.runningSeconds).toBe(songs.reduce((a, e) => a + durations.get(e.recordingId!)!, 0) + template.reduce((a, x) => a + x.durationSeconds, 0))
        // the placed parts sit where they sit without the floating ones, for the same songs
        const withPlaced = { ...req, showTemplate: template.filter((x) => x.at !== null) }
        const p = compileProblem(withPlaced)
        const index = new Map(p.songs.map((x) => [x.id, x.idx]))
        const alone = templateOf(
          buildEntries(
            p,
            songs.map((e) => index.get(e.recordingId!)!),
          ),
        )
        for (const part of parts.filter((x) => template.find((t) => t.title === x.title)!.at !== null)) {
          placed++
          expect(part.songsBefore).toBe(alone.find((x) => x.title === part.title)!.songsBefore)
        }
        // a floating part sits between two songs of the main set, never inside the acoustic section
        const encoreAt = plan.entries.findIndex((e) => e.type === 'section' && e.section === 'encore')
        const mainSongs = encoreAt < 0 ? songs.length : plan.entries.slice(0, encoreAt).filter((e) => e.type === 'song').length
        for (const part of parts.filter((x) => template.find((t) => t.title === x.title)!.at === null)) {
          floating++
          if (mainSongs < 2) continue
          expect(part.songsBefore).toBeGreaterThanOrEqual(1)
          expect(part.songsBefore).toBeLessThan(mainSongs)
          const before = songs[part.songsBefore - 1]!
          const after = songs[part.songsBefore]!
          expect(before.arrangement === 'acoustic' && after.arrangement === 'acoustic').toBe(false)
        }
      }),
      { numRuns: 30, seed: 2013 },
    )
    expect(placed).toBeGreaterThanOrEqual(20)
    expect(floating).toBeGreaterThanOrEqual(20)
  })
})
