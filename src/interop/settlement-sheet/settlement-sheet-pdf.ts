import { PDFDocument, rgb } from 'pdf-lib'
import { formatMoney } from '../../domain/currency.ts'
import type { Deal, Settlement } from '../../domain/settlement.ts'
import type { Weight } from '../pdf/fonts.ts'
import { typesetter } from '../pdf/typesetter.ts'
import { A4, fit, flowRows, sizeToFit } from '../pdf/flow.ts'

/** What a settlement sheet prints (ADR 043): the show, the deal, every computed line, the approval. */
export interface SettlementSheet {
  actName: string
  venueName: string
  city: string
  /** YYYY-MM-DD, the show's local date. */
  localDate: string
  deal: Deal
  settlement: Settlement
  approval: { approvedAt: string; approvedBy: string } | null
  /** The settlement in the tour's home currency, when a rate is entered. */
  home: { currency: string; rate: string; artistTotalMinor: number } | null
  /** YYYY-MM-DD */
  printedOn: string
}

const MARGIN = 48
const GREY = rgb(0.35, 0.35, 0.35)
/** Lines printed in bold: the subtotals and what changes hands. */
const TOTALS = new Set(['gross', 'net', 'afterExpenses', 'artistShare', 'artistTake', 'promoterTake', 'balanceDue', 'artistTotal', 'merchArtist'])

export function dealText(deal: Deal, currency: string): string {
  if (deal.kind === 'flat') return `Flat guarantee of ${formatMoney(deal.guaranteeMinor, currency)}`
  if (deal.kind === 'door') return `Door deal: ${deal.artistPercent} % of net after expenses to the artist`
  return `${formatMoney(deal.guaranteeMinor, currency)} guarantee versus ${deal.artistPercent} % of net after expenses and ${deal.promoterProfitPercent} % promoter profit`
}

type Row =
  | { kind: 'text'; text: string; bold?: boolean; scale?: number; grey?: boolean }
  | { kind: 'amount'; label: string; amount: string; bold: boolean }
  | { kind: 'gap'; lines: number }
  | { kind: 'rule' }
  | { kind: 'signature'; left: string; right: string }

function rowsOf(sheet: SettlementSheet): Row[] {
  const { settlement: s } = sheet
  const money = (minor: number) => formatMoney(minor, s.currency)
  const rows: Row[] = [
    { kind: 'text', text: 'SETTLEMENT SHEET', bold: true, scale: 0.9, grey: true },
    { kind: 'text', text: `${sheet.actName} — ${sheet.venueName}, ${sheet.city}`, bold: true, scale: 1.5 },
    { kind: 'text', text: `Show of ${sheet.localDate} · amounts in ${s.currency} · printed ${sheet.printedOn}`, grey: true },
    { kind: 'text', text: `Deal: ${dealText(sheet.deal, s.currency)}` },
    { kind: 'gap', lines: 0.4 },
    { kind: 'rule' },
  ]
  for (const line of s.lines) {
    if (line.key === 'promoterTake' || line.key === 'merch.0' || line.key === 'balanceDue') rows.push({ kind: 'gap', lines: 0.4 })
    rows.push({ kind: 'amount', label: line.label, amount: money(line.amountMinor), bold: TOTALS.has(line.key) })
  }
  rows.push({ kind: 'rule' })
  if (sheet.home)
    rows.push({
      kind: 'text',
      text: `Artist total in ${sheet.home.currency}: ${formatMoney(sheet.home.artistTotalMinor, sheet.home.currency)} at 1 ${s.currency} = ${sheet.home.rate} ${sheet.home.currency} (entered; rounded half to even)`,
    })
  rows.push({
    kind: 'text',
    text: 'Percentages are taken exactly and rounded once, half to even, to the minor unit; the promoter’s take is the remainder.',
    grey: true,
    scale: 0.8,
  })
  rows.push({
    kind: 'text',
    text: sheet.approval ? `Approved by ${sheet.approval.approvedBy} on ${sheet.approval.approvedAt}` : 'Not approved yet: a draft.',
    bold: true,
  })
  rows.push({ kind: 'gap', lines: 1 })
  rows.push({ kind: 'signature', left: 'For the artist', right: 'For the promoter' })
  return rows
}

const heightOf = (row: Row, size: number) =>
  row.kind === 'text'
    ? size * (row.scale ?? 1) * 1.35
    : row.kind === 'amount'
      ? size * 1.3
      : row.kind === 'gap'
        ? size * row.lines
        : row.kind === 'rule'
          ? size * 0.6
          : size * 3.4

/**
 * A settlement sheet to sign at the end of the night: the show and its deal, every line of the
 * domain's settlement with its amount right-aligned in the currency's own style, the approval, and a
 * signature line for each side. Fonts as every PDF of Greenroom (ADR 012), so names in any script print.
 */
export async function settlementSheetPdf(sheet: SettlementSheet): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`Settlement — ${sheet.actName}, ${sheet.city}, ${sheet.localDate}`)
  pdf.setCreator('Greenroom')
  const [width, height] = A4
  const usable = width - 2 * MARGIN
  const rows = rowsOf(sheet)
  const texts = rows.flatMap((r): { text: string; weight: Weight }[] =>
    r.kind === 'text'
      ? [{ text: r.text, weight: r.bold ? 'bold' : 'regular' }]
      : r.kind === 'amount'
        ? [{ text: `${r.label}${r.amount}`, weight: r.bold ? 'bold' : 'regular' }]
        : r.kind === 'signature'
          ? [{ text: `${r.left}${r.right}Date`, weight: 'regular' }]
          : [],
  )
  const type = await typesetter(pdf, texts)
  const size = sizeToFit((s) => rows.reduce((n, r) => n + heightOf(r, s), 0), height - 2 * MARGIN, 10.5)

  flowRows(pdf, rows, {
    margin: MARGIN,
    heightOf: (row) => heightOf(row, size),
    draw(page, row, y) {
      const h = heightOf(row, size)
      if (row.kind === 'text') {
        const s = size * (row.scale ?? 1)
        const weight: Weight = row.bold ? 'bold' : 'regular'
        type.draw(page, fit(type, row.text, weight, s, usable), { x: MARGIN, y: y - s, size: s, weight, color: row.grey ? GREY : rgb(0, 0, 0) })
      } else if (row.kind === 'amount') {
        const weight: Weight = row.bold ? 'bold' : 'regular'
        const amountWidth = type.widthOf(row.amount, weight, size)
        type.draw(page, fit(type, row.label, weight, size, usable - amountWidth - size * 2), { x: MARGIN, y: y - size, size, weight, color: rgb(0, 0, 0) })
        type.draw(page, row.amount, { x: width - MARGIN - amountWidth, y: y - size, size, weight, color: rgb(0, 0, 0) })
      } else if (row.kind === 'rule') {
        page.drawLine({ start: { x: MARGIN, y: y - h / 2 }, end: { x: width - MARGIN, y: y - h / 2 }, thickness: 0.5, color: GREY })
      } else if (row.kind === 'signature') {
        const lineY = y - size * 2
        const half = usable / 2 - size
        const small = size * 0.8
        for (const [x, label] of [
          [MARGIN, row.left],
          [MARGIN + half + 2 * size, row.right],
        ] as const) {
          page.drawLine({ start: { x, y: lineY }, end: { x: x + half, y: lineY }, thickness: 0.6, color: rgb(0, 0, 0) })
          type.draw(page, label, { x, y: lineY - small * 1.3, size: small, weight: 'regular', color: GREY })
          const dateWidth = type.widthOf('Date', 'regular', small)
          type.draw(page, 'Date', { x: x + half - dateWidth, y: lineY - small * 1.3, size: small, weight: 'regular', color: GREY })
        }
      }
    },
  })
  return pdf.save()
}
