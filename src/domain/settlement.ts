/**
 * The settlement of a show (issue 16, point 5; ADR 040): from the tickets sold to what the artist and
 * the promoter take home. Pure arithmetic on integer minor units of one ISO 4217 currency (dinero.js,
 * never floats).
 *
 * The order is the one on a settlement sheet:
 * 1. **Gross**: per ticket type, sold × face price (comps are counted but earn nothing).
 * 2. **Taxes and fees**: each a percentage of the gross or a fixed amount. **Net** = gross − taxes.
 * 3. **Expenses**: each fixed (the agreed amount, whatever was spent) or capped (what was spent, at
 *    most the cap), deducted before the split (from the net) or after it (charged to the artist's
 *    share: costs the promoter paid on the artist's behalf).
 * 4. **Split** by the deal:
 *    - flat: the artist gets the guarantee;
 *    - versus: promoter profit = its percentage of the costs (before-split expenses + guarantee); the
 *      artist gets the greater of the guarantee and the artist's percentage of
 *      (net − before-split expenses − promoter profit), never less than zero;
 *    - door: the artist gets the artist's percentage of (net − before-split expenses), never less
 *      than zero.
 * 5. **Artist take** = the split share − after-split expenses; **promoter take** = everything else.
 *
 * **Rounding**: every percentage is taken of an amount in minor units, exactly, then rounded once to
 * the minor unit **half to even** (banker's rounding); the promoter's take is the remainder, so
 * `artist + promoter + taxes + expenses === gross` holds exactly, whatever the rounding.
 * Percentages are 0 to 100 with at most two decimals. The promoter's take may be negative (a loss).
 */
import { add, dinero, halfEven, multiply, toSnapshot, transformScale, type Dinero, type DineroCurrency } from 'dinero.js'
import {
  convert as bigConvert,
  dinero as bigDinero,
  halfEven as bigHalfEven,
  toSnapshot as bigToSnapshot,
  transformScale as bigTransformScale,
} from 'dinero.js/bigint'
import { currencyDigits, currencyProblem, formatMoney } from './currency.ts'
import { ValidationError, type FieldIssue } from './errors.ts'

export interface SettlementTicketLine {
  /** "GA", "VIP"; shown on the sheet. */
  type: string
  sold: number
  comps: number
  /** Tickets taken off sale (held back, killed seats): counted, never sold. */
  kills?: number
  /** Tickets scanned at the door (sold and comps), when counted; at most sold + comps. */
  scanned?: number | null
  /** Face price in minor units. */
  priceMinor: number
}

/** Merch sold on the night by the band's seller; the venue takes its fee (a percentage of the gross), settled on the sheet. */
export interface SettlementMerch {
  label: string
  grossMinor: number
  venuePercent: number
}

/** A deposit the promoter owes the artist before the show; a paid one comes off the balance due on the night. */
export interface SettlementDeposit {
  label: string
  amountMinor: number
  /** YYYY-MM-DD */
  dueDate: string
  /** YYYY-MM-DD, or null while unpaid. */
  paidOn: string | null
}

/** A correction agreed at the table, to the artist (positive: the promoter pays more; negative: the artist gives back), with its reason. */
export interface SettlementAdjustment {
  reason: string
  amountMinor: number
}

export type SettlementCharge = { label: string; kind: 'percent'; percent: number } | { label: string; kind: 'fixed'; amountMinor: number }

export type ExpenseTiming = 'before-split' | 'after-split'

export type SettlementExpense =
  | {
      label: string
      kind: 'fixed'
      amountMinor: number
      timing: ExpenseTiming
      /** What was really spent, shown beside the agreed amount; null when not known. */ actualMinor?: number | null
    }
  | { label: string; kind: 'capped'; actualMinor: number; capMinor: number; timing: ExpenseTiming }

export type Deal =
  | { kind: 'flat'; guaranteeMinor: number }
  | { kind: 'versus'; guaranteeMinor: number; artistPercent: number; promoterProfitPercent: number }
  | { kind: 'door'; artistPercent: number }

export interface SettlementInput {
  currency: string
  deal: Deal
  tickets: readonly SettlementTicketLine[]
  taxes: readonly SettlementCharge[]
  expenses: readonly SettlementExpense[]
  merch?: readonly SettlementMerch[]
  deposits?: readonly SettlementDeposit[]
  adjustments?: readonly SettlementAdjustment[]
  /**
   * The exchange rate entered for this settlement: one unit of its currency in the tour's home
   * currency, an exact decimal string ("1.0825"); null when none is entered (or none is needed).
   */
  exchangeRate?: string | null
}

/** One line of the settlement sheet, in minor units. */
export interface SettlementLine {
  key: string
  label: string
  amountMinor: number
}

export interface Settlement {
  currency: string
  grossMinor: number
  taxesMinor: number
  netMinor: number
  expensesBeforeSplitMinor: number
  expensesAfterSplitMinor: number
  promoterProfitMinor: number
  /** What the split was taken of (net − before-split expenses, and promoter profit for versus). */
  splitBaseMinor: number
  /** The artist's share from the split, before after-split expenses. */
  artistShareMinor: number
  /** The artist's take after the split, after-split expenses and adjustments. */
  artistTakeMinor: number
  promoterTakeMinor: number
  adjustmentsMinor: number
  merchGrossMinor: number
  merchVenueFeesMinor: number
  /** Merch gross − the venue's fees: the artist's. */
  merchArtistMinor: number
  depositsPaidMinor: number
  /** What the promoter pays the artist on the night: artist take − deposits paid − merch venue fees (negative: the artist owes). */
  balanceDueMinor: number
  /** The artist's night: artist take + merch to the artist. */
  artistTotalMinor: number
  /** Every line, in the order of the sheet. */
  lines: SettlementLine[]
}

/** The largest amount accepted anywhere (10^11 minor units: a billion dollars), so every product stays an exact integer. */
export const MAX_MINOR = 100_000_000_000

/** The problems of a settlement's input, each naming its field; empty when it can be settled. */
export function settlementIssues(input: SettlementInput): FieldIssue[] {
  const issues: FieldIssue[] = []
  const currency = currencyProblem(input.currency)
  if (currency) issues.push({ path: 'currency', message: currency })
  const amount = (path: string, value: number) => {
    if (!Number.isSafeInteger(value)) issues.push({ path, message: 'an amount is a whole number of minor units (cents), without decimals' })
    else if (value < 0) issues.push({ path, message: 'an amount cannot be negative' })
    else if (value > MAX_MINOR) issues.push({ path, message: `an amount is at most ${MAX_MINOR} minor units` })
  }
  const count = (path: string, value: number) => {
    if (!Number.isSafeInteger(value)) issues.push({ path, message: 'a number of tickets is a whole number' })
    else if (value < 0) issues.push({ path, message: 'a number of tickets cannot be negative' })
    else if (value > 10_000_000) issues.push({ path, message: 'at most 10,000,000 tickets of a type' })
  }
  const percent = (path: string, value: number) => {
    const problem = percentProblem(value)
    if (problem) issues.push({ path, message: problem })
  }
  const { deal } = input
  if (deal.kind === 'flat' || deal.kind === 'versus') amount('deal.guaranteeMinor', deal.guaranteeMinor)
  if (deal.kind === 'versus' || deal.kind === 'door') percent('deal.artistPercent', deal.artistPercent)
  if (deal.kind === 'versus') percent('deal.promoterProfitPercent', deal.promoterProfitPercent)
  input.tickets.forEach((t, n) => {
    count(`tickets.${n}.sold`, t.sold)
    count(`tickets.${n}.comps`, t.comps)
    amount(`tickets.${n}.priceMinor`, t.priceMinor)
    if (t.kills !== undefined) count(`tickets.${n}.kills`, t.kills)
    if (t.scanned !== undefined && t.scanned !== null) {
      count(`tickets.${n}.scanned`, t.scanned)
      if (Number.isSafeInteger(t.scanned) && t.scanned > t.sold + t.comps)
        issues.push({ path: `tickets.${n}.scanned`, message: 'more tickets scanned than sold and comps' })
    }
  })
  input.taxes.forEach((c, n) => (c.kind === 'percent' ? percent(`taxes.${n}.percent`, c.percent) : amount(`taxes.${n}.amountMinor`, c.amountMinor)))
  input.expenses.forEach((e, n) => {
    if (e.kind === 'fixed') amount(`expenses.${n}.amountMinor`, e.amountMinor)
    else {
      amount(`expenses.${n}.actualMinor`, e.actualMinor)
      amount(`expenses.${n}.capMinor`, e.capMinor)
    }
  })
  input.expenses.forEach((e, n) => {
    if (e.kind === 'fixed' && e.actualMinor !== undefined && e.actualMinor !== null) amount(`expenses.${n}.actualMinor`, e.actualMinor)
  })
  ;(input.merch ?? []).forEach((m, n) => {
    amount(`merch.${n}.grossMinor`, m.grossMinor)
    percent(`merch.${n}.venuePercent`, m.venuePercent)
  })
  ;(input.deposits ?? []).forEach((d, n) => {
    amount(`deposits.${n}.amountMinor`, d.amountMinor)
    if (!isDate(d.dueDate)) issues.push({ path: `deposits.${n}.dueDate`, message: 'a date is YYYY-MM-DD' })
    if (d.paidOn !== null && !isDate(d.paidOn)) issues.push({ path: `deposits.${n}.paidOn`, message: 'a date is YYYY-MM-DD, or null while unpaid' })
  })
  ;(input.adjustments ?? []).forEach((a, n) => {
    if (a.reason.trim() === '') issues.push({ path: `adjustments.${n}.reason`, message: 'an adjustment needs its reason' })
    if (!Number.isSafeInteger(a.amountMinor))
      issues.push({ path: `adjustments.${n}.amountMinor`, message: 'an amount is a whole number of minor units (cents), without decimals' })
    else if (Math.abs(a.amountMinor) > MAX_MINOR)
      issues.push({ path: `adjustments.${n}.amountMinor`, message: `an adjustment is at most ${MAX_MINOR} minor units either way` })
    else if (a.amountMinor === 0) issues.push({ path: `adjustments.${n}.amountMinor`, message: 'an adjustment of nothing changes nothing' })
  })
  if (input.exchangeRate !== undefined && input.exchangeRate !== null) {
    const problem = rateProblem(input.exchangeRate)
    if (problem) issues.push({ path: 'exchangeRate', message: problem })
  }
  if (issues.length === 0) {
    const gross = input.tickets.reduce((sum, t) => sum + t.sold * t.priceMinor, 0)
    if (gross > MAX_MINOR) issues.push({ path: 'tickets', message: `the gross is at most ${MAX_MINOR} minor units` })
  }
  return issues
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)
}

/** Null for an exchange rate written as an exact positive decimal of at most 10 decimals ("1.0825"); a message otherwise. */
export function rateProblem(rate: string): string | null {
  if (!RATE.test(rate)) return 'an exchange rate is a decimal number like 1.0825 (a dot, at most 10 decimals), never a fraction or an exponent'
  if (!/[1-9]/.test(rate)) return 'an exchange rate is more than zero'
  return null
}
const RATE = /^\d{1,9}(\.\d{1,10})?$/

function percentProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'a percentage is a number'
  if (value < 0) return 'a percentage cannot be negative'
  if (value > 100) return 'a percentage is at most 100'
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) return 'a percentage has at most two decimals'
  return null
}

/**
 * Settles a show: every line from gross to the artist's and the promoter's take. Throws a
 * ValidationError naming each bad field (see `settlementIssues`).
 */
export function settle(input: SettlementInput): Settlement {
  const issues = settlementIssues(input)
  if (issues.length > 0) throw new ValidationError(issues)
  const currency: DineroCurrency<number> = { code: input.currency, base: 10, exponent: currencyDigits(input.currency) }
  const money = (amount: number) => dinero({ amount, currency })
  const minor = (d: Dinero<number>) => toSnapshot(d).amount
  const sum = (amounts: readonly number[]) => minor(amounts.reduce((total, a) => add(total, money(a)), money(0)))
  /** `percent` % of `amountMinor`, exact, then rounded half to even to the minor unit. */
  const percentOf = (amountMinor: number, percent: number) =>
    minor(transformScale(multiply(money(amountMinor), { amount: Math.round(percent * 100), scale: 4 }), currency.exponent, halfEven))

  const lines: SettlementLine[] = []
  const line = (key: string, label: string, amountMinor: number) => {
    lines.push({ key, label, amountMinor })
    return amountMinor
  }

  const ticketGross = input.tickets.map((t, n) => line(`tickets.${n}`, ticketLabel(t, input.currency), t.sold * t.priceMinor))
  const grossMinor = line('gross', 'Gross', sum(ticketGross))
  const taxAmounts = input.taxes.map((c, n) =>
    line(
      `taxes.${n}`,
      c.kind === 'percent' ? `${c.label} (${c.percent} % of gross)` : c.label,
      c.kind === 'percent' ? percentOf(grossMinor, c.percent) : c.amountMinor,
    ),
  )
  const taxesMinor = sum(taxAmounts)
  const netMinor = line('net', 'Net', grossMinor - taxesMinor)

  const expenseAmounts = input.expenses.map((e) => (e.kind === 'fixed' ? e.amountMinor : Math.min(e.actualMinor, e.capMinor)))
  const before = input.expenses.flatMap((e, n) =>
    e.timing === 'before-split' ? [line(`expenses.${n}`, expenseLabel(e, input.currency), expenseAmounts[n]!)] : [],
  )
  const expensesBeforeSplitMinor = sum(before)
  const afterExpensesMinor = line('afterExpenses', 'Net after expenses', netMinor - expensesBeforeSplitMinor)

  const { deal } = input
  let promoterProfitMinor = 0
  let splitBaseMinor = afterExpensesMinor
  let artistShareMinor: number
  if (deal.kind === 'flat') {
    artistShareMinor = line('artistShare', 'Flat guarantee', deal.guaranteeMinor)
  } else if (deal.kind === 'door') {
    artistShareMinor = line(
      'artistShare',
      `Door deal: ${deal.artistPercent} % of net after expenses`,
      percentOf(Math.max(0, splitBaseMinor), deal.artistPercent),
    )
  } else {
    promoterProfitMinor = line(
      'promoterProfit',
      `Promoter profit (${deal.promoterProfitPercent} % of expenses and guarantee)`,
      percentOf(expensesBeforeSplitMinor + deal.guaranteeMinor, deal.promoterProfitPercent),
    )
    splitBaseMinor = line('splitBase', 'Net after expenses and promoter profit', afterExpensesMinor - promoterProfitMinor)
    const percentage = line('artistPercentage', `${deal.artistPercent} % of the split`, percentOf(Math.max(0, splitBaseMinor), deal.artistPercent))
    artistShareMinor = line(
      'artistShare',
      percentage > deal.guaranteeMinor ? 'Artist: the percentage (greater than the guarantee)' : 'Artist: the guarantee (not less than the percentage)',
      Math.max(deal.guaranteeMinor, percentage),
    )
  }
  const after = input.expenses.flatMap((e, n) =>
    e.timing === 'after-split' ? [line(`expenses.${n}`, `${expenseLabel(e, input.currency)} (charged to the artist)`, expenseAmounts[n]!)] : [],
  )
  const expensesAfterSplitMinor = sum(after)
  const adjustments = (input.adjustments ?? []).map((a, n) => line(`adjustments.${n}`, `Adjustment: ${a.reason.trim()}`, a.amountMinor))
  const adjustmentsMinor = sum(adjustments)
  const artistTakeMinor = line('artistTake', 'Artist take', artistShareMinor - expensesAfterSplitMinor + adjustmentsMinor)
  const promoterTakeMinor = line(
    'promoterTake',
    'Promoter take',
    grossMinor - taxesMinor - expensesBeforeSplitMinor - expensesAfterSplitMinor - artistTakeMinor,
  )

  // After the ticket money: merch (the venue's fee settled here), deposits already paid, the balance due tonight.
  const merch = input.merch ?? []
  const merchGross = merch.map((m, n) => line(`merch.${n}`, `Merch: ${m.label} (gross)`, m.grossMinor))
  const merchFees = merch.map((m, n) =>
    line(`merch.${n}.venueFee`, `Merch: ${m.label}, venue fee (${m.venuePercent} % of gross)`, percentOf(m.grossMinor, m.venuePercent)),
  )
  const merchGrossMinor = sum(merchGross)
  const merchVenueFeesMinor = sum(merchFees)
  const merchArtistMinor = merch.length > 0 ? line('merchArtist', 'Merch to the artist', merchGrossMinor - merchVenueFeesMinor) : 0
  const deposits = input.deposits ?? []
  const paid = deposits.map((d, n) =>
    line(
      `deposits.${n}`,
      `Deposit${d.label ? `: ${d.label}` : ''} (due ${d.dueDate}, ${d.paidOn ? `paid ${d.paidOn}` : 'not paid'})`,
      d.paidOn ? d.amountMinor : 0,
    ),
  )
  const depositsPaidMinor = sum(paid)
  const balanceDueMinor = line('balanceDue', 'Balance due to the artist tonight', artistTakeMinor - depositsPaidMinor - merchVenueFeesMinor)
  const artistTotalMinor = line('artistTotal', 'Artist total (take and merch)', artistTakeMinor + merchArtistMinor)

  return {
    currency: input.currency,
    grossMinor,
    taxesMinor,
    netMinor,
    expensesBeforeSplitMinor,
    expensesAfterSplitMinor,
    promoterProfitMinor,
    splitBaseMinor,
    artistShareMinor,
    artistTakeMinor,
    promoterTakeMinor,
    adjustmentsMinor,
    merchGrossMinor,
    merchVenueFeesMinor,
    merchArtistMinor,
    depositsPaidMinor,
    balanceDueMinor,
    artistTotalMinor,
    lines,
  }
}

function ticketLabel(t: SettlementTicketLine, currency: string): string {
  const counts = [`${t.sold} sold × ${formatMoney(t.priceMinor, currency)}`]
  if (t.comps > 0) counts.push(`${t.comps} comps`)
  if (t.kills) counts.push(`${t.kills} kills`)
  if (t.scanned !== undefined && t.scanned !== null) counts.push(`${t.scanned} scanned`)
  return `${t.type}: ${counts.join(', ')}`
}

function expenseLabel(e: SettlementExpense, currency: string): string {
  if (e.kind === 'fixed')
    return e.actualMinor !== undefined && e.actualMinor !== null ? `${e.label} (fixed; actual ${formatMoney(e.actualMinor, currency)})` : `${e.label} (fixed)`
  return `${e.label} (actual ${formatMoney(e.actualMinor, currency)}, capped at ${formatMoney(e.capMinor, currency)})`
}

/**
 * An amount of a settlement in the tour's home currency, at the rate entered for that settlement
 * (one unit of `from` in `to`, an exact decimal string): amount × rate, exact, then rounded once to
 * the home currency's minor unit **half to even**. The same currency needs no rate (1). In bigint
 * (dinero.js/bigint): a rate of 10 decimals times 10^11 minor units passes 2^53.
 */
export function convertMinor(amountMinor: number, from: string, to: string, rate: string): number {
  const problem = rateProblem(rate)
  if (problem) throw new ValidationError([{ path: 'exchangeRate', message: problem }])
  if (from === to) return amountMinor
  const [whole, fraction = ''] = rate.split('.')
  const fromCurrency = { code: from, base: 10n, exponent: BigInt(currencyDigits(from)) }
  const toCurrency = { code: to, base: 10n, exponent: BigInt(currencyDigits(to)) }
  const converted = bigConvert(bigDinero({ amount: BigInt(amountMinor), currency: fromCurrency }), toCurrency, {
    [to]: { amount: BigInt(`${whole}${fraction}`), scale: BigInt(fraction.length) },
  })
  const result = bigToSnapshot(bigTransformScale(converted, toCurrency.exponent, bigHalfEven)).amount
  if (result > BigInt(MAX_MINOR) || result < -BigInt(MAX_MINOR))
    throw new ValidationError([{ path: 'exchangeRate', message: `at this rate the amount passes ${MAX_MINOR} minor units of ${to}` }])
  return Number(result)
}
