import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { PlanTourRequest, PlannerShow, RotationMode, TemplateItem, TourPlanResult } from '../contract/planner.ts'
import { planTour } from './plan-tour.ts'
import { makeS4 } from './instances.ts'

/**
 * Issue 13, "Correctness": properties of tours in every rotation mode, on random small tours (8
 * shows, 40 songs, sets of 10, two-night stands, guest nights, the acoustic player missing on some
 * nights, a random show template).
 */
interface Case {
  seed: number
  mode: RotationMode
  slots: number
  within: number
  noDustin: boolean[]
  template: boolean
}

const TEMPLATE: TemplateItem[] = [
  { kind: 'intro', title: 'Intro tape', durationSeconds: 60, at: 'start' },
  { kind: 'talk', title: 'Talk', durationSeconds: 45, at: 'mid-set' },
  { kind: 'encore-break', title: 'Encore break', durationSeconds: 90, at: 'before-encore' },
]

function tourOf(c: Case): PlanTourRequest {
  const full = makeS4(c.seed, 8)
  const repertoire = full.repertoire.slice(0, 40)
  const avg = repertoire.reduce((a, s) => a + s.durationSeconds, 0) / 40
  const keys = new Set(repertoire.map((s) => `rec:${s.recordingId}`))
  const core = [...repertoire]
    .filter((s) => !s.needs.length)
    .sort((a, b) => (b.fanDemand ?? 0.5) - (a.fanDemand ?? 0.5) || a.recordingId.localeCompare(b.recordingId))
    .slice(0, 4)
    .map((s) => s.recordingId)
  // one core song needs the acoustic player: the nights without him cannot have it
  const acoustic = repertoire.find((s) => s.needs.includes('acoustic-guitar'))
  if (acoustic) core[3] = acoustic.recordingId
  const templateSeconds = c.template ? TEMPLATE.reduce((a, x) => a + x.durationSeconds, 0) : 0
  const shows: PlannerShow[] = full.shows.map((s, i) =>
    c.noDustin[i]
      ? { ...s, lineupRoles: s.lineupRoles.filter((r) => r !== 'acoustic-guitar'), lineup: s.lineup.filter((l) => l.role !== 'acoustic-guitar') }
      : s,
  )
  return {
    ...full,
    repertoire,
    shows,
    budgetMs: 60_000,
    rules: {
      ...full.rules,
      setSize: { min: 10, max: 10 },
      durationWindow: { minSeconds: Math.round(10 * avg * 0.85) + templateSeconds, maxSeconds: Math.round(10 * avg * 1.15) + templateSeconds },
      acousticBlock: { min: 0, max: 4 },
      maxSameCityRepeatPct: c.mode === 'free' ? 60 : null,
      differFromLastTourPct: null,
      newSongs: null,
      encore: { songs: 2 },
    },
    history: { ...full.history, lastTourSongKeys: null, plays: full.history.plays.filter((p) => keys.has(`rec:${p.recordingId}`)) },
    rotation: c.mode === 'free' ? null : { mode: c.mode, core, slots: c.slots, noRepeatWithin: c.within },
    showTemplate: c.template ? TEMPLATE : [],
  }
}

const caseArb = fc.record({
  seed: fc.integer({ min: 1, max: 50 }),
  mode: fc.constantFrom<RotationMode>('fixed', 'core-rotating', 'free'),
  slots: fc.integer({ min: 1, max: 3 }),
  within: fc.integer({ min: 1, max: 4 }),
  noDustin: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  template: fc.boolean(),
})

const songsOf = (entries: TourPlanResult['shows'][number]['entries']) => entries.filter((e) => e.type === 'song').map((e) => e.recordingId!)
const cache = new Map<string, { input: PlanTourRequest; tour: TourPlanResult }>()
function planned(c: Case) {
  const key = JSON.stringify(c)
  let r = cache.get(key)
  if (!r) {
    const input = tourOf(c)
    r = { input, tour: planTour(input, { seed: 1, steps: 60_000, capMs: 600_000 }) }
    cache.set(key, r)
  }
  return r
}
const RUNS = { numRuns: 12, seed: 2013 }

describe('tour properties (issue 13)', () => {
  it('every returned plan keeps every hard rule, and every show gets one', () => {
    let shows = 0
    fc.assert(
      fc.property(caseArb, (c) => {
        const { tour } = planned(c)
        expect(tour.stats.infeasibleShows).toBe(0)
        expect(tour.stats.hardViolations).toBe(0)
        for (const show of tour.shows) {
          shows++
          expect(show.rules.filter((r) => !r.ok)).toEqual([])
        }
      }),
      RUNS,
    )
    expect(shows).toBeGreaterThanOrEqual(12 * 8)
  })

  it('the core is in every show unless a named rule prevents it', () => {
    let checked = 0
    let prevented = 0
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.mode !== 'free'),
        (c) => {
          const { input, tour } = planned(c)
          tour.shows.forEach((show, i) => {
            const set = songsOf(show.entries)
            for (const id of input.rotation!.core!) {
              checked++
              if (set.includes(id)) continue
              prevented++
              const song = input.repertoire.find((s) => s.recordingId === id)!
              // the only rule here that can keep a core song out: its player is not in the lineup
              expect(song.needs).toContain('acoustic-guitar')
              expect(input.shows[i]!.lineupRoles).not.toContain('acoustic-guitar')
              expect(show.explanation).toContain(
                `Core song '${song.title}' is out tonight: needs acoustic-guitar, and nobody in the lineup plays it (rule acoustic-section).`,
              )
            }
          })
        },
      ),
      RUNS,
    )
    expect(checked).toBeGreaterThanOrEqual(12 * 8 * 4)
    expect(prevented).toBeGreaterThan(0)
  })

  it('fixed: two shows with the same lineup and billing get the same set', () => {
    let pairs = 0
    fc.assert(
      fc.property(
        caseArb.map((c) => ({ ...c, mode: 'fixed' as const })),
        (c) => {
          const { input, tour } = planned(c)
          const sig = (s: PlannerShow) => JSON.stringify([[...s.lineupRoles].sort(), [...s.billedGuests].sort()])
          const sets = tour.shows.map((s) => s.entries)
          for (let i = 0; i < sets.length; i++)
            for (let j = i + 1; j < sets.length; j++) {
              if (sig(input.shows[i]!) !== sig(input.shows[j]!)) continue
              pairs++
              expect(sets[j]).toEqual(sets[i])
            }
        },
      ),
      RUNS,
    )
    expect(pairs).toBeGreaterThanOrEqual(12)
  })

  it('core and rotating slots: a rotating song never comes back within the window (nor in the same city)', () => {
    let checked = 0
    fc.assert(
      fc.property(
        caseArb.map((c) => ({ ...c, mode: 'core-rotating' as const })),
        (c) => {
          const { input, tour } = planned(c)
          const sets = tour.shows.map((s) => songsOf(s.entries))
          tour.shows.forEach((show, i) => {
            if (show.explanation.includes('a slot repeats tonight')) return
            for (const r of show.reasons.filter((x) => x.reasons.some((w) => /^slot \d+ rotates/.test(w)))) {
              checked++
              for (let j = Math.max(0, i - c.within); j < i; j++) expect(sets[j]).not.toContain(r.recordingId)
              for (let j = 0; j < i; j++) if (input.shows[j]!.city === input.shows[i]!.city) expect(sets[j]).not.toContain(r.recordingId)
            }
          })
        },
      ),
      RUNS,
    )
    expect(checked).toBeGreaterThanOrEqual(12 * 7)
  })

  it("the template's entries keep their positions and durations in every show", () => {
    let shows = 0
    fc.assert(
      fc.property(
        caseArb.map((c) => ({ ...c, template: true })),
        (c) => {
          const { tour } = planned(c)
          for (const show of tour.shows) {
            shows++
            const entries = show.entries
            const parts = entries.flatMap((e, i) =>
              e.type === 'other' ? [{ title: e.title, seconds: e.durationSeconds, after: entries.slice(0, i).filter((x) => x.type === 'song').length }] : [],
            )
            const songs = entries.filter((e) => e.type === 'song').length
            expect(parts.map((x) => [x.title, x.seconds])).toEqual(TEMPLATE.map((x) => [x.title, x.durationSeconds]))
            expect(parts[0]!.after).toBe(0)
            expect(parts[2]!.after).toBe(songs - 2)
            expect(entries[entries.findIndex((e) => e.type === 'section' && e.section === 'encore') - 1]).toMatchObject({
              type: 'other',
              title: 'Encore break',
            })
          }
        },
      ),
      RUNS,
    )
    expect(shows).toBeGreaterThanOrEqual(12 * 8)
  })
})
