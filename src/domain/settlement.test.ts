import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ValidationError } from './errors.ts'
import { convertMinor, settle, settlementIssues, type Deal, type SettlementCharge, type SettlementExpense, type SettlementInput } from './settlement.ts'

/**
 * The oracle: the same settlement written differently, in bigint, with percentages as whole
 * hundredths of a percent (as generated) and half-to-even rounding by hand.
 */
function percentOfBig(amount: bigint, hundredths: bigint): bigint {
  const numerator = amount * hundredths
  const quotient = numerator / 10_000n
  const twiceRemainder = (numerator % 10_000n) * 2n
  if (twiceRemainder > 10_000n || (twiceRemainder === 10_000n && quotient % 2n === 1n)) return quotient + 1n
  return quotient
}
const bigMax = (a: bigint, b: bigint) => (a > b ? a : b)
const bigMin = (a: bigint, b: bigint) => (a < b ? a : b)

interface OracleDeal {
  kind: Deal['kind']
  guarantee: bigint
  artistHundredths: bigint
  profitHundredths: bigint
}
interface OracleCase {
  deal: OracleDeal
  tickets: { sold: bigint; price: bigint }[]
  taxes: ({ percent: bigint } | { fixed: bigint })[]
  expenses: { amount: bigint; afterSplit: boolean }[]
}

function oracle(c: OracleCase) {
  let gross = 0n
  for (const t of c.tickets) gross += t.sold * t.price
  let taxes = 0n
  for (const t of c.taxes) taxes += 'percent' in t ? percentOfBig(gross, t.percent) : t.fixed
  let before = 0n
  let after = 0n
  for (const e of c.expenses) {
    if (e.afterSplit) after += e.amount
    else before += e.amount
  }
  const pool = gross - taxes - before
  let share: bigint
  if (c.deal.kind === 'flat') share = c.deal.guarantee
  else if (c.deal.kind === 'door') share = percentOfBig(bigMax(pool, 0n), c.deal.artistHundredths)
  else {
    const profit = percentOfBig(before + c.deal.guarantee, c.deal.profitHundredths)
    share = bigMax(c.deal.guarantee, percentOfBig(bigMax(pool - profit, 0n), c.deal.artistHundredths))
  }
  const artist = share - after
  return { gross, taxes, artist, promoter: gross - taxes - before - after - artist }
}

/** Any percentage in hundredths, or one of the round ones deals use, which often land on a half cent (50 % of an odd amount). */
const hundredths = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(0, 50, 250, 500, 700, 1_000, 1_500, 1_900, 2_500, 5_000, 7_000, 8_500, 10_000))
const money = fc.integer({ min: 0, max: 5_000_000 })

const caseArb = fc
  .record({
    currency: fc.constantFrom('EUR', 'USD', 'JPY', 'KWD', 'BRL'),
    deal: fc.record({
      kind: fc.constantFrom('flat', 'versus', 'door') as fc.Arbitrary<Deal['kind']>,
      guarantee: money,
      artist: hundredths,
      profit: hundredths,
    }),
    tickets: fc.array(
      fc.record({ sold: fc.integer({ min: 0, max: 5_000 }), comps: fc.integer({ min: 0, max: 200 }), price: fc.integer({ min: 0, max: 50_000 }) }),
      {
        maxLength: 5,
      },
    ),
    taxes: fc.array(fc.oneof(fc.record({ percent: hundredths }), fc.record({ fixed: money })), { maxLength: 3 }),
    expenses: fc.array(fc.record({ actual: money, cap: fc.option(money, { nil: null }), afterSplit: fc.boolean() }), { maxLength: 5 }),
  })
  .map((r) => {
    const deal: Deal =
      r.deal.kind === 'flat'
        ? { kind: 'flat', guaranteeMinor: r.deal.guarantee }
        : r.deal.kind === 'door'
          ? { kind: 'door', artistPercent: r.deal.artist / 100 }
          : { kind: 'versus', guaranteeMinor: r.deal.guarantee, artistPercent: r.deal.artist / 100, promoterProfitPercent: r.deal.profit / 100 }
    const input: SettlementInput = {
      currency: r.currency,
      deal,
      tickets: r.tickets.map((t, n) => ({ type: `T${n}`, sold: t.sold, comps: t.comps, priceMinor: t.price })),
      taxes: r.taxes.map((t): SettlementCharge =>
        'percent' in t ? { label: 'tax', kind: 'percent', percent: t.percent / 100 } : { label: 'fee', kind: 'fixed', amountMinor: t.fixed },
      ),
      expenses: r.expenses.map((e): SettlementExpense =>
        e.cap === null
          ? { label: 'e', kind: 'fixed', amountMinor: e.actual, timing: e.afterSplit ? 'after-split' : 'before-split' }
          : { label: 'e', kind: 'capped', actualMinor: e.actual, capMinor: e.cap, timing: e.afterSplit ? 'after-split' : 'before-split' },
      ),
    }
    const expected: OracleCase = {
      deal: { kind: r.deal.kind, guarantee: BigInt(r.deal.guarantee), artistHundredths: BigInt(r.deal.artist), profitHundredths: BigInt(r.deal.profit) },
      tickets: r.tickets.map((t) => ({ sold: BigInt(t.sold), price: BigInt(t.price) })),
      taxes: r.taxes.map((t) => ('percent' in t ? { percent: BigInt(t.percent) } : { fixed: BigInt(t.fixed) })),
      expenses: r.expenses.map((e) => ({ amount: e.cap === null ? BigInt(e.actual) : bigMin(BigInt(e.actual), BigInt(e.cap)), afterSplit: e.afterSplit })),
    }
    return { input, expected }
  })

describe('settle', () => {
  it('agrees with an independent bigint calculation for random deals, tickets, taxes and expenses', () => {
    fc.assert(
      fc.property(caseArb, ({ input, expected }) => {
        const s = settle(input)
        const o = oracle(expected)
        expect(BigInt(s.grossMinor)).toBe(o.gross)
        expect(BigInt(s.taxesMinor)).toBe(o.taxes)
        expect(BigInt(s.artistTakeMinor)).toBe(o.artist)
        expect(BigInt(s.promoterTakeMinor)).toBe(o.promoter)
      }),
      { numRuns: 500 },
    )
  })

  it('splits every gross exactly: artist + promoter + taxes + expenses === gross, in whole minor units', () => {
    fc.assert(
      fc.property(caseArb, ({ input }) => {
        const s = settle(input)
        for (const amount of [s.grossMinor, s.taxesMinor, s.artistTakeMinor, s.promoterTakeMinor, s.expensesBeforeSplitMinor, s.expensesAfterSplitMinor])
          expect(Number.isSafeInteger(amount)).toBe(true)
        expect(s.artistTakeMinor + s.promoterTakeMinor + s.taxesMinor + s.expensesBeforeSplitMinor + s.expensesAfterSplitMinor).toBe(s.grossMinor)
        expect(s.netMinor).toBe(s.grossMinor - s.taxesMinor)
        // The sheet's lines carry the same figures.
        const byKey = new Map(s.lines.map((l) => [l.key, l.amountMinor]))
        expect(byKey.get('gross')).toBe(s.grossMinor)
        expect(byKey.get('artistTake')).toBe(s.artistTakeMinor)
        expect(byKey.get('promoterTake')).toBe(s.promoterTakeMinor)
      }),
      { numRuns: 300 },
    )
  })

  it('gives the artist the greater of the guarantee and the percentage in a versus deal', () => {
    fc.assert(
      fc.property(caseArb, ({ input }) => {
        fc.pre(input.deal.kind === 'versus')
        const s = settle(input)
        if (input.deal.kind !== 'versus') return
        expect(s.artistShareMinor).toBeGreaterThanOrEqual(input.deal.guaranteeMinor)
        expect(s.artistShareMinor).toBe(Math.max(input.deal.guaranteeMinor, s.lines.find((l) => l.key === 'artistPercentage')!.amountMinor))
      }),
      { numRuns: 200 },
    )
  })

  it('rounds percentages half to even, to the minor unit of the currency', () => {
    const base = { tickets: [{ type: 'GA', sold: 1, comps: 0, priceMinor: 50 }], expenses: [] }
    // 1 % of 50 cents = 0.5 → 0 (even); 3 % of 50 = 1.5 → 2 (even); 5 % of 50 = 2.5 → 2.
    const tax = (percent: number) =>
      settle({ ...base, currency: 'EUR', deal: { kind: 'flat', guaranteeMinor: 0 }, taxes: [{ label: 'VAT', kind: 'percent', percent }] }).taxesMinor
    expect([tax(1), tax(3), tax(5), tax(7)]).toEqual([0, 2, 2, 4])
    // A door deal of 50 % on 3 yen: 1.5 → 2; the promoter keeps the remaining 1.
    const yen = settle({
      currency: 'JPY',
      deal: { kind: 'door', artistPercent: 50 },
      tickets: [{ type: 'GA', sold: 1, comps: 0, priceMinor: 3 }],
      taxes: [],
      expenses: [],
    })
    expect([yen.artistTakeMinor, yen.promoterTakeMinor]).toEqual([2, 1])
  })

  it('settles a worked versus deal line by line', () => {
    const s = settle({
      currency: 'EUR',
      deal: { kind: 'versus', guaranteeMinor: 500_000, artistPercent: 85, promoterProfitPercent: 15 },
      tickets: [
        { type: 'GA', sold: 900, comps: 20, priceMinor: 3_500 },
        { type: 'VIP', sold: 50, comps: 0, priceMinor: 9_999 },
      ],
      taxes: [
        { label: 'VAT', kind: 'percent', percent: 7 },
        { label: 'Ticketing fee', kind: 'fixed', amountMinor: 12_345 },
      ],
      expenses: [
        { label: 'Sound', kind: 'capped', actualMinor: 300_000, capMinor: 250_000, timing: 'before-split' },
        { label: 'Catering', kind: 'fixed', amountMinor: 40_000, timing: 'after-split' },
      ],
    })
    expect(s.lines.map((l) => [l.key, l.amountMinor])).toEqual([
      ['tickets.0', 3_150_000],
      ['tickets.1', 499_950],
      ['gross', 3_649_950],
      ['taxes.0', 255_496], // 255,496.5 → even
      ['taxes.1', 12_345],
      ['net', 3_382_109],
      ['expenses.0', 250_000], // capped
      ['afterExpenses', 3_132_109],
      ['promoterProfit', 112_500], // 15 % of 250,000 + 500,000
      ['splitBase', 3_019_609],
      ['artistPercentage', 2_566_668], // 2,566,667.65
      ['artistShare', 2_566_668],
      ['expenses.1', 40_000],
      ['artistTake', 2_526_668],
      ['promoterTake', 565_441],
      ['balanceDue', 2_526_668], // nothing paid ahead, no merch
      ['artistTotal', 2_526_668],
    ])
  })

  it('keeps the guarantee of a flat deal when the night loses money: the promoter takes the loss', () => {
    const s = settle({
      currency: 'USD',
      deal: { kind: 'flat', guaranteeMinor: 1_000_000 },
      tickets: [{ type: 'GA', sold: 10, comps: 5, priceMinor: 2_000 }],
      taxes: [],
      expenses: [],
    })
    expect([s.artistTakeMinor, s.promoterTakeMinor]).toEqual([1_000_000, -980_000])
  })
})

describe('settlementIssues', () => {
  const valid: SettlementInput = {
    currency: 'EUR',
    deal: { kind: 'door', artistPercent: 70 },
    tickets: [{ type: 'GA', sold: 100, comps: 0, priceMinor: 2_000 }],
    taxes: [{ label: 'VAT', kind: 'percent', percent: 19 }],
    expenses: [{ label: 'Rent', kind: 'capped', actualMinor: 10_000, capMinor: 5_000, timing: 'before-split' }],
  }

  it('accepts a valid settlement', () => {
    expect(settlementIssues(valid)).toEqual([])
  })

  it('refuses percentages over 100, negative or with three decimals, naming the field', () => {
    const issues = settlementIssues({
      ...valid,
      deal: { kind: 'versus', guaranteeMinor: 0, artistPercent: 100.01, promoterProfitPercent: -1 },
      taxes: [{ label: 'VAT', kind: 'percent', percent: 7.125 }],
    })
    expect(issues.map((i) => i.path)).toEqual(['deal.artistPercent', 'deal.promoterProfitPercent', 'taxes.0.percent'])
  })

  it('refuses negative or fractional tickets and amounts, naming the field', () => {
    const issues = settlementIssues({
      ...valid,
      tickets: [{ type: 'GA', sold: -1, comps: 1.5, priceMinor: 19.99 }],
      expenses: [{ label: 'Rent', kind: 'capped', actualMinor: -5, capMinor: 5_000, timing: 'after-split' }],
    })
    expect(issues.map((i) => i.path)).toEqual(['tickets.0.sold', 'tickets.0.comps', 'tickets.0.priceMinor', 'expenses.0.actualMinor'])
    expect(issues[0]!.message).toContain('negative')
  })

  it('refuses a currency that is not ISO 4217 and a gross too large to stay exact', () => {
    expect(settlementIssues({ ...valid, currency: 'XYZ' }).map((i) => i.path)).toEqual(['currency'])
    expect(settlementIssues({ ...valid, tickets: [{ type: 'GA', sold: 10_000_000, comps: 0, priceMinor: 100_000 }] }).map((i) => i.path)).toEqual(['tickets'])
  })

  it('settle throws a ValidationError carrying every field', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1000, max: -1 }), fc.integer({ min: 10_001, max: 100_000 })), (bad) => {
        const call = () => settle({ ...valid, deal: { kind: 'door', artistPercent: bad / 100 } })
        expect(call).toThrow(ValidationError)
        try {
          call()
        } catch (e) {
          expect((e as ValidationError).details.errors).toEqual([{ path: 'deal.artistPercent', message: expect.any(String) as string }])
        }
      }),
    )
  })
})

/**
 * The after-the-split arithmetic of ADR 043 against an oracle written differently: amounts as
 * decimal strings of whole units rebuilt into bigint by hand, half to even by comparing twice the
 * remainder with the divisor, sums in a loop.
 */
function bigDivHalfEven(numerator: bigint, divisor: bigint): bigint {
  const negative = numerator < 0n
  const n = negative ? -numerator : numerator
  let q = n / divisor
  const r2 = (n % divisor) * 2n
  if (r2 > divisor || (r2 === divisor && q % 2n === 1n)) q += 1n
  return negative ? -q : q
}
const digitsOf: Record<string, number> = { EUR: 2, USD: 2, JPY: 0, KWD: 3, BRL: 2 }

describe('settle, after the split (ADR 043): adjustments, merch, deposits, the balance due', () => {
  const extras = fc.record({
    adjustments: fc.array(
      fc.record({
        reason: fc.constantFrom('Parking refund', 'Broken mic stand', 'Extra show time'),
        amountMinor: fc.integer({ min: -500_000, max: 500_000 }).filter((a) => a !== 0),
      }),
      { maxLength: 4 },
    ),
    merch: fc.array(fc.record({ label: fc.constantFrom('Shirts', 'Vinyl'), grossMinor: money, venueHundredths: hundredths }), { maxLength: 3 }),
    deposits: fc.array(fc.record({ amountMinor: money, paid: fc.boolean() }), { maxLength: 3 }),
  })

  it('agrees with an independent calculation, and every split still sums to the gross exactly', () => {
    fc.assert(
      fc.property(caseArb, extras, ({ input, expected }, x) => {
        const s = settle({
          ...input,
          adjustments: x.adjustments,
          merch: x.merch.map((m) => ({ label: m.label, grossMinor: m.grossMinor, venuePercent: m.venueHundredths / 100 })),
          deposits: x.deposits.map((d, n) => ({ label: `D${n}`, amountMinor: d.amountMinor, dueDate: '2013-05-01', paidOn: d.paid ? '2013-04-30' : null })),
        })
        const o = oracle(expected)
        let adjust = 0n
        for (const a of x.adjustments) adjust += BigInt(a.amountMinor)
        let merchGross = 0n
        let fees = 0n
        for (const m of x.merch) {
          merchGross += BigInt(m.grossMinor)
          fees += bigDivHalfEven(BigInt(m.grossMinor) * BigInt(m.venueHundredths), 10_000n)
        }
        let paid = 0n
        for (const d of x.deposits) if (d.paid) paid += BigInt(d.amountMinor)
        const artist = o.artist + adjust
        expect(BigInt(s.artistTakeMinor)).toBe(artist)
        expect(BigInt(s.promoterTakeMinor)).toBe(o.promoter - adjust)
        expect(BigInt(s.merchVenueFeesMinor)).toBe(fees)
        expect(BigInt(s.merchArtistMinor)).toBe(merchGross - fees)
        expect(BigInt(s.depositsPaidMinor)).toBe(paid)
        expect(BigInt(s.balanceDueMinor)).toBe(artist - paid - fees)
        expect(BigInt(s.artistTotalMinor)).toBe(artist + merchGross - fees)
        expect(s.artistTakeMinor + s.promoterTakeMinor + s.taxesMinor + s.expensesBeforeSplitMinor + s.expensesAfterSplitMinor).toBe(s.grossMinor)
        // every adjustment is a line of the sheet with its reason
        x.adjustments.forEach((a, n) =>
          expect(s.lines.find((l) => l.key === `adjustments.${n}`)).toEqual({
            key: `adjustments.${n}`,
            label: `Adjustment: ${a.reason}`,
            amountMinor: a.amountMinor,
          }),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('refuses an adjustment without a reason, a bad deposit date, scans beyond tickets and a fractional kill, naming the field', () => {
    const issues = settlementIssues({
      currency: 'EUR',
      deal: { kind: 'flat', guaranteeMinor: 0 },
      tickets: [{ type: 'GA', sold: 10, comps: 1, kills: 1.5, scanned: 12, priceMinor: 100 }],
      taxes: [],
      expenses: [{ label: 'Rent', kind: 'fixed', amountMinor: 5, actualMinor: -1, timing: 'before-split' }],
      merch: [{ label: 'Shirts', grossMinor: 100, venuePercent: 101 }],
      deposits: [{ label: '', amountMinor: 1, dueDate: '2013-02-30', paidOn: 'yesterday' }],
      adjustments: [{ reason: '  ', amountMinor: 5 }],
      exchangeRate: '1e3',
    })
    expect(issues.map((i) => i.path)).toEqual([
      'tickets.0.kills',
      'tickets.0.scanned',
      'expenses.0.actualMinor',
      'merch.0.venuePercent',
      'deposits.0.dueDate',
      'deposits.0.paidOn',
      'adjustments.0.reason',
      'exchangeRate',
    ])
  })
})

describe('convertMinor: a settlement in the tour’s home currency at the entered rate', () => {
  /** The oracle: the rate's digits read one by one into a numerator and a power of ten, then amount × rate × 10^(to − from), half to even by hand. */
  function oracleConvert(amount: number, from: string, to: string, rate: string): bigint {
    let numerator = 0n
    let scale = 0n
    let afterDot = false
    for (const ch of rate) {
      if (ch === '.') {
        afterDot = true
        continue
      }
      numerator = numerator * 10n + BigInt(ch.charCodeAt(0) - 48)
      if (afterDot) scale += 1n
    }
    const shift = BigInt(digitsOf[to]! - digitsOf[from]!)
    const top = BigInt(amount) * numerator * (shift > 0n ? 10n ** shift : 1n)
    const bottom = 10n ** scale * (shift < 0n ? 10n ** -shift : 1n)
    return bigDivHalfEven(top, bottom)
  }
  const rateArb = fc
    .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 10 }), fc.bigInt({ min: 0n, max: 9_999_999_999n }))
    .map(([whole, decimals, fraction]) => (decimals === 0 ? String(whole) : `${whole}.${String(fraction).padStart(10, '0').slice(0, decimals)}`))
    .filter((r) => /[1-9]/.test(r))

  it('agrees with an independent calculation for random amounts, currencies and rates of up to 10 decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }),
        fc.constantFrom('EUR', 'USD', 'JPY', 'KWD', 'BRL'),
        fc.constantFrom('EUR', 'USD', 'JPY', 'KWD', 'BRL'),
        rateArb,
        (amount, from, to, rate) => {
          fc.pre(from !== to)
          const expected = oracleConvert(amount, from, to, rate)
          if (expected > 100_000_000_000n || expected < -100_000_000_000n) expect(() => convertMinor(amount, from, to, rate)).toThrow(ValidationError)
          else expect(BigInt(convertMinor(amount, from, to, rate))).toBe(expected)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('rounds half to even once, to the home currency’s minor unit (stated rule)', () => {
    // 5 cents × 1.1 = 5.5 → 6; 15 × 0.1 = 1.5 → 2; 25 × 0.1 = 2.5 → 2; 1,234 cents at 161.5 yen = 1,992.91 → 1,993
    expect([
      convertMinor(5, 'EUR', 'USD', '1.1'),
      convertMinor(15, 'EUR', 'USD', '0.1'),
      convertMinor(25, 'EUR', 'USD', '0.1'),
      convertMinor(1234, 'EUR', 'JPY', '161.5'),
    ]).toEqual([6, 2, 2, 1993])
    expect(convertMinor(123_456, 'EUR', 'EUR', '1')).toBe(123_456)
    expect(() => convertMinor(1, 'EUR', 'USD', '0')).toThrow(ValidationError)
    expect(() => convertMinor(1, 'EUR', 'USD', '1.08e2')).toThrow(ValidationError)
  })
})
