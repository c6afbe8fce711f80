import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  availabilityOn,
  firstFreeDay,
  availabilityText,
  availabilityTimeline,
  blockingExclusive,
  expiringSpans,
  holdSpan,
  holdTermsIssues,
  nominalEndDay,
  overlappingExclusive,
  releaseDay,
  type Availability,
  type HoldTerms,
} from './availability.ts'
import { HOLD_KINDS, type HoldKind } from './rights.ts'

const label = { kind: 'organization' as const, id: 'org-1', name: 'Columbia' }
const network = { kind: 'organization' as const, id: 'org-2', name: 'The Network' }
const singer = { kind: 'act' as const, id: 'act-1', name: 'Ellen Levann' }

function hold(over: Partial<HoldTerms> = {}): HoldTerms {
  return { id: 'h1', kind: 'option', holder: label, startsOn: '2013-06-12', period: { months: 6, days: 0 }, endsOn: null, endsOnRelease: false, ...over }
}

describe('nominalEndDay', () => {
  it('counts months on the calendar: six months from 2013-01-31 end on 2013-07-31', () => {
    expect(nominalEndDay(hold({ startsOn: '2013-01-31' }))).toBe('2013-07-31')
  })
  it('clamps to the end of a shorter month: six months from 2013-08-31 end on 2014-02-28', () => {
    expect(nominalEndDay(hold({ startsOn: '2013-08-31' }))).toBe('2014-02-28')
  })
  it('adds the months first, then the days', () => {
    expect(nominalEndDay(hold({ startsOn: '2013-01-31', period: { months: 1, days: 1 } }))).toBe('2013-03-01')
  })
  it('takes an explicit end day as it is', () => {
    expect(nominalEndDay(hold({ period: null, endsOn: '2013-09-30' }))).toBe('2013-09-30')
  })
})

describe('releaseDay', () => {
  it('counts a partial date from the last day it can mean, when the release has certainly happened', () => {
    expect(releaseDay('2013-06-11')).toBe('2013-06-11')
    expect(releaseDay('2013-06')).toBe('2013-06-30')
    expect(releaseDay('2013')).toBe('2013-12-31')
  })
})

describe('holdSpan', () => {
  it('ends a hold that ends on release the day before the first release on or after its start', () => {
    const span = holdSpan(hold({ endsOnRelease: true }), ['2012-05-01', '2013-09-10', '2013-08-01'])
    expect(span).toMatchObject({ from: '2013-06-12', to: '2013-07-31', nominalTo: '2013-12-12', endedByRelease: true })
  })
  it('ignores releases when the hold does not end on release, and releases after its end', () => {
    expect(holdSpan(hold(), ['2013-08-01']).to).toBe('2013-12-12')
    expect(holdSpan(hold({ endsOnRelease: true }), ['2014-01-01']).to).toBe('2013-12-12')
  })
})

describe('availabilityTimeline', () => {
  it('reads "held by … until" inside the hold and "free and clear since" the day after it', () => {
    const timeline = availabilityTimeline([hold({ startsOn: '2013-06-12', period: null, endsOn: '2013-12-11' })], [])
    expect(availabilityText(availabilityOn(timeline, '2013-06-11'))).toBe('free and clear')
    expect(availabilityText(availabilityOn(timeline, '2013-06-12'))).toBe('held by Columbia (option) until 2013-12-11')
    expect(availabilityText(availabilityOn(timeline, '2013-12-11'))).toBe('held by Columbia (option) until 2013-12-11')
    expect(availabilityText(availabilityOn(timeline, '2013-12-12'))).toBe('free and clear since 2013-12-12')
    expect(availabilityText(availabilityOn(timeline, '2020-01-01'))).toBe('free and clear since 2013-12-12')
  })
  it('names an exclusive hold over others in force the same day', () => {
    const timeline = availabilityTimeline([hold(), hold({ id: 'h2', kind: 'exclusive', holder: singer, period: { months: 1, days: 0 } })], [])
    expect(availabilityText(availabilityOn(timeline, '2013-06-20'))).toBe('held by Ellen Levann (exclusive) until 2013-07-12')
    expect(availabilityText(availabilityOn(timeline, '2013-07-13'))).toBe('held by Columbia (option) until 2013-12-12')
  })
  it('stays held across back-to-back holds and is free only after the last', () => {
    const timeline = availabilityTimeline(
      [
        hold({ period: null, endsOn: '2013-06-30' }),
        hold({ id: 'h2', holder: network, kind: 'first-use', startsOn: '2013-07-01', period: null, endsOn: '2013-07-31' }),
      ],
      [],
    )
    expect(availabilityOn(timeline, '2013-07-01')).toMatchObject({ state: 'held', by: network, kind: 'first-use' })
    expect(availabilityOn(timeline, '2013-08-01')).toEqual({ state: 'free', since: '2013-08-01' })
  })
  it('finds the first free day across back-to-back holds', () => {
    const timeline = availabilityTimeline(
      [hold({ period: null, endsOn: '2013-06-30' }), hold({ id: 'h2', startsOn: '2013-07-01', period: null, endsOn: '2013-07-31' })],
      [],
    )
    expect(firstFreeDay(timeline, '2013-06-20')).toBe('2013-08-01')
    expect(firstFreeDay(timeline, '2013-05-01')).toBe('2013-05-01')
    expect(firstFreeDay(timeline, '2014-01-01')).toBe('2014-01-01')
  })
  it('is free and clear for ever when nothing holds the work', () => {
    expect(availabilityTimeline([], ['2013-06-11'])).toEqual([{ from: null, to: null, availability: { state: 'free', since: null } }])
  })
})

describe('overlappingExclusive', () => {
  it('finds another exclusive hold sharing a day, and ignores other kinds and itself', () => {
    const mine = hold({ id: 'mine', kind: 'exclusive', startsOn: '2013-12-12', period: { months: 1, days: 0 } })
    const other = hold({ id: 'other', kind: 'exclusive', startsOn: '2013-06-12', period: null, endsOn: '2013-12-12' })
    expect(overlappingExclusive(mine, [other])?.id).toBe('other')
    expect(overlappingExclusive(mine, [{ ...other, endsOn: '2013-12-11' }])).toBeNull()
    expect(overlappingExclusive(mine, [{ ...other, kind: 'option' }])).toBeNull()
    expect(overlappingExclusive(mine, [mine])).toBeNull()
  })
  it("finds another party's hold of any kind inside an exclusive hold, either way round, but not the exclusive holder's own", () => {
    const exclusive = hold({ id: 'ex', kind: 'exclusive', holder: singer, startsOn: '2013-05-01', period: null, endsOn: '2013-06-30' })
    const firstUse = hold({ id: 'fu', kind: 'first-use', holder: network, startsOn: '2013-06-01', period: { months: 3, days: 0 } })
    expect(overlappingExclusive(firstUse, [exclusive])?.id).toBe('ex')
    expect(overlappingExclusive(exclusive, [firstUse])?.id).toBe('fu')
    expect(overlappingExclusive({ ...firstUse, holder: singer }, [exclusive])).toBeNull()
    expect(overlappingExclusive({ ...firstUse, startsOn: '2013-07-01' }, [exclusive])).toBeNull()
    expect(overlappingExclusive(firstUse, [{ ...exclusive, kind: 'option' }])).toBeNull()
  })
})

describe('blockingExclusive', () => {
  it("blocks a pitch during another party's exclusive hold but not during the pitched act's own", () => {
    const spans = [holdSpan(hold({ kind: 'exclusive', holder: singer }), [])]
    expect(blockingExclusive(spans, '2013-07-01', null)?.hold.holder.name).toBe('Ellen Levann')
    expect(blockingExclusive(spans, '2013-07-01', 'act-1')).toBeNull()
    expect(blockingExclusive(spans, '2013-12-13', null)).toBeNull()
  })
})

describe('expiringSpans', () => {
  it('lists holds ending from today to the horizon, soonest first', () => {
    const spans = [
      hold({ id: 'late', period: null, endsOn: '2013-05-20' }),
      hold({ id: 'soon', period: null, endsOn: '2013-04-15' }),
      hold({ id: 'past', period: null, endsOn: '2013-04-14' }),
      hold({ id: 'far', period: null, endsOn: '2013-05-16' }),
    ].map((h) => holdSpan({ ...h, startsOn: '2013-01-01' }, []))
    expect(expiringSpans(spans, '2013-04-15', 30).map((s) => s.hold.id)).toEqual(['soon'])
    expect(expiringSpans(spans, '2013-04-15', 35).map((s) => s.hold.id)).toEqual(['soon', 'far', 'late'])
  })
})

describe('holdTermsIssues', () => {
  it('refuses an end before the start, naming endsOn', () => {
    expect(holdTermsIssues({ startsOn: '2013-06-12', endsOn: '2013-06-11' })).toEqual([
      { path: 'endsOn', message: 'ends (2013-06-11) before it starts (2013-06-12)' },
    ])
  })
  it('accepts a one-day hold and refuses an empty period, both or neither', () => {
    expect(holdTermsIssues({ startsOn: '2013-06-12', endsOn: '2013-06-12' })).toEqual([])
    expect(holdTermsIssues({ startsOn: '2013-06-12', period: { months: 0, days: 0 } })[0]!.path).toBe('period')
    expect(holdTermsIssues({ startsOn: '2013-06-12', period: { months: 6, days: 0 }, endsOn: '2013-12-01' })[0]!.path).toBe('endsOn')
    expect(holdTermsIssues({ startsOn: '2013-06-12' })[0]!.path).toBe('period')
  })
})

// ── properties ─────────────────────────────────────────────────────────
const ORIGIN = Temporal.PlainDate.from('2013-01-01')
const dayArb = (max: number) => fc.integer({ min: 0, max }).map((n) => ORIGIN.add({ days: n }).toString())
const holdArb = fc.record({
  kind: fc.constantFrom<HoldKind>(...HOLD_KINDS),
  holder: fc.constantFrom(label, network, singer),
  startsOn: dayArb(500),
  terms: fc.oneof(
    fc
      .record({ months: fc.integer({ min: 0, max: 8 }), days: fc.integer({ min: 0, max: 40 }) })
      .filter((p) => p.months + p.days > 0)
      .map((period) => ({ period, endLength: null })),
    fc.integer({ min: 0, max: 200 }).map((endLength) => ({ period: null, endLength })),
  ),
  endsOnRelease: fc.boolean(),
})
const holdsArb = fc.array(holdArb, { maxLength: 6 }).map((list) =>
  list.map((h, i): HoldTerms => ({
    id: `h${i}`,
    kind: h.kind,
    holder: h.holder,
    startsOn: h.startsOn,
    endsOnRelease: h.endsOnRelease,
    period: h.terms.period,
    endsOn: h.terms.endLength === null ? null : addDays(h.startsOn, h.terms.endLength),
  })),
)
const releaseArb = fc.array(
  fc
    .tuple(dayArb(700), fc.constantFrom('day', 'month', 'year'))
    .map(([d, precision]) => (precision === 'day' ? d : precision === 'month' ? d.slice(0, 7) : d.slice(0, 4))),
  { maxLength: 3 },
)

/** Every day of the window the properties look at: before any hold can start, after any can end. */
const WINDOW: string[] = []
for (let d = ORIGIN.add({ days: -7 }); d.year < 2016; d = d.add({ days: 1 })) WINDOW.push(d.toString())

/** The definition, evaluated one day at a time with no spans, segments or sorting of boundaries. */
function inForce(h: HoldTerms, nominalEnd: string, d: string, releases: readonly string[]): boolean {
  if (d < h.startsOn || d > nominalEnd) return false
  return !(h.endsOnRelease && releases.some((r) => h.startsOn <= r && r <= d))
}
const rank: Record<HoldKind, number> = { exclusive: 3, option: 2, hold: 1, 'first-use': 0 }
function bruteForce(holds: readonly HoldTerms[], releasePartials: readonly string[]): Map<string, Availability> {
  const releases = releasePartials.map(releaseDay)
  const ends = holds.map((h) => nominalEndDay(h))
  const result = new Map<string, Availability>()
  let lastHeld: number | null = null
  WINDOW.forEach((d, i) => {
    const active = holds.map((h, k) => ({ h, k })).filter(({ h, k }) => inForce(h, ends[k]!, d, releases))
    if (active.length === 0) {
      result.set(d, { state: 'free', since: lastHeld === null ? null : WINDOW[lastHeld + 1]! })
      return
    }
    lastHeld = i
    const untilOf = (h: HoldTerms, k: number) => {
      let u = i
      while (u + 1 < WINDOW.length && inForce(h, ends[k]!, WINDOW[u + 1]!, releases)) u++
      return WINDOW[u]!
    }
    const best = active
      .map(({ h, k }) => ({ h, until: untilOf(h, k) }))
      .sort(
        (a, b) =>
          Number(b.h.kind === 'exclusive') - Number(a.h.kind === 'exclusive') ||
          b.until.localeCompare(a.until) ||
          rank[b.h.kind] - rank[a.h.kind] ||
          a.h.id.localeCompare(b.h.id),
      )[0]!
    result.set(d, { state: 'held', by: best.h.holder, kind: best.h.kind, until: best.until, holdId: best.h.id })
  })
  return result
}

describe('availability (properties)', () => {
  it('equals a day-by-day evaluation of the holds and releases on every day', () => {
    fc.assert(
      fc.property(holdsArb, releaseArb, (holds, releases) => {
        const timeline = availabilityTimeline(holds, releases.map(releaseDay))
        for (const [d, expected] of bruteForce(holds, releases)) expect(availabilityOn(timeline, d)).toEqual(expected)
      }),
      { numRuns: 150 },
    )
  })

  it('covers all time with segments that follow each other day after day', () => {
    fc.assert(
      fc.property(holdsArb, releaseArb, (holds, releases) => {
        const timeline = availabilityTimeline(holds, releases.map(releaseDay))
        expect(timeline[0]!.from).toBeNull()
        expect(timeline[timeline.length - 1]!.to).toBeNull()
        for (let i = 1; i < timeline.length; i++) expect(timeline[i]!.from).toBe(addDays(timeline[i - 1]!.to!, 1))
      }),
    )
  })

  it('finds a first free day that is free, with every day before it from the given one held', () => {
    fc.assert(
      fc.property(holdsArb, releaseArb, dayArb(700), (holds, releases, day) => {
        const timeline = availabilityTimeline(holds, releases.map(releaseDay))
        const free = firstFreeDay(timeline, day)
        expect(availabilityOn(timeline, free).state).toBe('free')
        for (let d = day; d < free; d = addDays(d, 1)) expect(availabilityOn(timeline, d).state).toBe('held')
      }),
    )
  })

  it('never ends a hold later because of a release', () => {
    fc.assert(
      fc.property(holdsArb, releaseArb, (holds, releases) => {
        for (const h of holds) expect(holdSpan(h, releases.map(releaseDay)).to <= nominalEndDay(h)).toBe(true)
      }),
    )
  })

  it('never has two exclusive holds in force on one day when overlapping ones are refused', () => {
    fc.assert(
      fc.property(holdsArb, releaseArb, (candidates, releases) => {
        const accepted: HoldTerms[] = []
        for (const c of candidates) if (!overlappingExclusive(c, accepted)) accepted.push(c)
        const releaseDays = releases.map(releaseDay)
        for (const d of WINDOW) {
          const exclusive = accepted.filter((h) => h.kind === 'exclusive' && inForce(h, nominalEndDay(h), d, releaseDays))
          expect(exclusive.length).toBeLessThanOrEqual(1)
        }
      }),
    )
  })
})
