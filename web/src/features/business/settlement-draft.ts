// The settlement form's draft (ADR 048): every field as typed (strings), to the wire's terms and
// back. Money is read with the domain's parseMajorUnits (exact, in the currency's minor digits);
// nothing here adds or multiplies: the server computes the sheet.
import type { FieldIssue } from '../../api/api-problem.ts'
import type { SettlementTerms } from '../../api/business-api.ts'
import { majorUnits, parseMajorUnits } from '../../../../src/domain/currency.ts'

type ColumnType = 'text' | 'int' | 'money' | 'percent' | 'date'
interface Column {
  field: string
  label: string
  type: ColumnType
  optional?: boolean
  options?: readonly (readonly [string, string])[]
  /** Shown (and sent) only when this holds: the fields of one kind of a discriminated row. */
  when?: (row: Record<string, string>) => boolean
}
interface RowSpec {
  title: string
  one: string
  columns: readonly Column[]
  blank: Record<string, string>
}

const TIMING = [
  ['before-split', 'Before the split'],
  ['after-split', 'After the split'],
] as const
const isPercent = (r: Record<string, string>) => r.kind === 'percent'
const isFixed = (r: Record<string, string>) => r.kind === 'fixed'
const isCapped = (r: Record<string, string>) => r.kind === 'capped'

export const ROW_NAMES = ['tickets', 'taxes', 'expenses', 'merch', 'deposits', 'adjustments'] as const
export type RowsName = (typeof ROW_NAMES)[number]

export const ROWS: Record<RowsName, RowSpec> = {
  tickets: {
    title: 'Tickets by type',
    one: 'ticket type',
    columns: [
      { field: 'type', label: 'Type', type: 'text' },
      { field: 'priceMinor', label: 'Price', type: 'money' },
      { field: 'sold', label: 'Sold', type: 'int' },
      { field: 'comps', label: 'Comps', type: 'int' },
      { field: 'kills', label: 'Kills', type: 'int' },
      { field: 'scanned', label: 'Scanned', type: 'int', optional: true },
    ],
    blank: { type: '', priceMinor: '', sold: '0', comps: '0', kills: '0', scanned: '' },
  },
  taxes: {
    title: 'Taxes and fees',
    one: 'tax',
    columns: [
      { field: 'label', label: 'Label', type: 'text', optional: true },
      {
        field: 'kind',
        label: 'Kind',
        type: 'text',
        options: [
          ['percent', 'Percent of gross'],
          ['fixed', 'Fixed amount'],
        ],
      },
      { field: 'percent', label: 'Percent', type: 'percent', when: isPercent },
      { field: 'amountMinor', label: 'Amount', type: 'money', when: isFixed },
    ],
    blank: { label: '', kind: 'percent', percent: '', amountMinor: '' },
  },
  expenses: {
    title: 'Expenses',
    one: 'expense',
    columns: [
      { field: 'label', label: 'Label', type: 'text', optional: true },
      {
        field: 'kind',
        label: 'Kind',
        type: 'text',
        options: [
          ['fixed', 'Fixed'],
          ['capped', 'Actual, capped'],
        ],
      },
      { field: 'timing', label: 'When', type: 'text', options: TIMING },
      { field: 'amountMinor', label: 'Agreed', type: 'money', when: isFixed },
      { field: 'actualMinor', label: 'Spent', type: 'money', optional: true, when: isFixed },
      { field: 'actualMinor', label: 'Spent', type: 'money', when: isCapped },
      { field: 'capMinor', label: 'Cap', type: 'money', when: isCapped },
    ],
    blank: { label: '', kind: 'fixed', timing: 'before-split', amountMinor: '', actualMinor: '', capMinor: '' },
  },
  merch: {
    title: 'Merch',
    one: 'merch line',
    columns: [
      { field: 'label', label: 'Label', type: 'text', optional: true },
      { field: 'grossMinor', label: 'Gross', type: 'money' },
      { field: 'venuePercent', label: 'Venue %', type: 'percent' },
    ],
    blank: { label: '', grossMinor: '', venuePercent: '0' },
  },
  deposits: {
    title: 'Deposits',
    one: 'deposit',
    columns: [
      { field: 'label', label: 'Label', type: 'text', optional: true },
      { field: 'amountMinor', label: 'Amount', type: 'money' },
      { field: 'dueDate', label: 'Due', type: 'date' },
      { field: 'paidOn', label: 'Paid on', type: 'date', optional: true },
    ],
    blank: { label: '', amountMinor: '', dueDate: '', paidOn: '' },
  },
  adjustments: {
    title: 'Adjustments',
    one: 'adjustment',
    columns: [
      { field: 'reason', label: 'Reason', type: 'text' },
      { field: 'amountMinor', label: 'To the artist', type: 'money' },
    ],
    blank: { reason: '', amountMinor: '' },
  },
}

export type TermsDraft = {
  currency: string
  dealKind: 'flat' | 'versus' | 'door'
  guarantee: string
  artistPercent: string
  promoterProfitPercent: string
  exchangeRate: string
} & Record<RowsName, Record<string, string>[]>

export function emptyDraft(): TermsDraft {
  return {
    currency: '',
    dealKind: 'flat',
    guarantee: '',
    artistPercent: '',
    promoterProfitPercent: '',
    exchangeRate: '',
    tickets: [],
    taxes: [],
    expenses: [],
    merch: [],
    deposits: [],
    adjustments: [],
  }
}

function cell(value: unknown, type: ColumnType, currency: string): string {
  if (value === null || value === undefined) return ''
  if (type === 'money' && typeof value === 'number') return majorUnits(value, currency)
  return String(value)
}

/** What is written, as the form shows it. */
export function draftOfTerms(terms: SettlementTerms): TermsDraft {
  const c = terms.currency
  const deal = terms.deal
  const rows = (name: RowsName, list: readonly object[]) =>
    list.map((item) => {
      const row: Record<string, string> = { ...ROWS[name].blank }
      for (const col of ROWS[name].columns) {
        const value = (item as Record<string, unknown>)[col.field]
        if (value !== undefined) row[col.field] = cell(value, col.type, c)
      }
      return row
    })
  return {
    currency: c,
    dealKind: deal.kind,
    guarantee: 'guaranteeMinor' in deal ? majorUnits(deal.guaranteeMinor, c) : '',
    artistPercent: 'artistPercent' in deal ? String(deal.artistPercent) : '',
    promoterProfitPercent: 'promoterProfitPercent' in deal ? String(deal.promoterProfitPercent) : '',
    exchangeRate: terms.exchangeRate ?? '',
    tickets: rows('tickets', terms.tickets),
    taxes: rows('taxes', terms.taxes),
    expenses: rows('expenses', terms.expenses),
    merch: rows('merch', terms.merch),
    deposits: rows('deposits', terms.deposits),
    adjustments: rows('adjustments', terms.adjustments),
  }
}

type Terms = Omit<SettlementTerms, never>

/**
 * The draft as the wire's terms, or the fields that cannot be read (a price that is not an amount in
 * the currency, a count that is not a whole number), each named by its wire path as the server would.
 * Range checks (a percentage over 100, negative tickets) are the server's: it answers them by field.
 */
export function termsOfDraft(d: TermsDraft): { terms: Terms | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const currency = d.currency.trim().toUpperCase()
  const currencyOk = /^[A-Z]{3}$/.test(currency)
  if (!currencyOk) issues.push({ path: 'currency', message: 'an ISO 4217 currency code is three capital letters, like EUR or USD' })
  const read = (text: string, type: ColumnType, path: string, optional = false): string | number | null => {
    const t = text.trim()
    if (t === '') {
      if (optional) return null
      if (type === 'text' || type === 'date') return t
      issues.push({ path, message: 'required' })
      return null
    }
    if (type === 'int') {
      if (/^-?\d{1,12}$/.test(t)) return Number(t)
      issues.push({ path, message: 'a whole number' })
      return null
    }
    if (type === 'percent') {
      if (/^-?\d{1,3}(\.\d{1,6})?$/.test(t)) return Number(t)
      issues.push({ path, message: 'a percentage like 85 or 12.5' })
      return null
    }
    if (type === 'money') {
      if (!currencyOk) return null
      const minor = parseMajorUnits(t, currency)
      if (minor === null) issues.push({ path, message: `not an amount in ${currency}` })
      return minor
    }
    return t
  }
  const rows = (name: RowsName) =>
    d[name].map((row, i) => {
      const out: Record<string, unknown> = {}
      for (const col of ROWS[name].columns) {
        if (col.when && !col.when(row)) continue
        const optional = col.optional === true
        out[col.field] = col.options ? row[col.field] : read(row[col.field] ?? '', col.type, `${name}.${i}.${col.field}`, optional)
      }
      return out
    })
  const deal =
    d.dealKind === 'flat'
      ? { kind: 'flat' as const, guaranteeMinor: read(d.guarantee, 'money', 'deal.guaranteeMinor') as number }
      : d.dealKind === 'versus'
        ? {
            kind: 'versus' as const,
            guaranteeMinor: read(d.guarantee, 'money', 'deal.guaranteeMinor') as number,
            artistPercent: read(d.artistPercent, 'percent', 'deal.artistPercent') as number,
            promoterProfitPercent: read(d.promoterProfitPercent, 'percent', 'deal.promoterProfitPercent') as number,
          }
        : { kind: 'door' as const, artistPercent: read(d.artistPercent, 'percent', 'deal.artistPercent') as number }
  const terms = {
    currency,
    deal,
    tickets: rows('tickets'),
    taxes: rows('taxes'),
    expenses: rows('expenses'),
    merch: rows('merch'),
    deposits: rows('deposits'),
    adjustments: rows('adjustments'),
    exchangeRate: d.exchangeRate.trim() || null,
  } as unknown as Terms
  return issues.length ? { terms: null, issues } : { terms, issues }
}
