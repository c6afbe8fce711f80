import { PDFDocument, rgb } from 'pdf-lib'
import { typesetter } from '../pdf/typesetter.ts'
import type { Weight } from '../pdf/fonts.ts'
import { A4, fit, flowRows, sizeToFit } from '../pdf/flow.ts'

export interface SplitSheetParty {
  name: string
  ipiNameNumber: string | null
  society: string | null
}

export interface SplitSheetWriter {
  name: string
  role: string
  /** The writer's share of the work; null while splits are pending. */
  sharePercent: number | null
  ipiNameNumber: string | null
  society: string | null
  publisher: SplitSheetParty | null
  administrator: SplitSheetParty | null
  controlled: boolean
  prSharePercent: number
  mrSharePercent: number
  srSharePercent: number
}

export interface SplitSheet {
  title: string
  iswc: string | null
  /** Who prepared the sheet (the workspace), printed in the header. */
  preparedBy: string
  /** YYYY-MM-DD */
  preparedOn: string
  writers: SplitSheetWriter[]
  /** The recordings' titles, for identification. */
  recordings: string[]
}

const MARGIN = 48
const GREY = rgb(0.35, 0.35, 0.35)

const ROLE_LABELS: Record<string, string> = { 'composer-lyricist': 'composer & lyricist', composer: 'composer', lyricist: 'lyricist', arranger: 'arranger' }
const pct = (n: number | null) => (n === null ? '—' : `${Number(n.toFixed(2))} %`)
const partyLine = (p: SplitSheetParty) => [p.name, p.society, p.ipiNameNumber ? `IPI ${p.ipiNameNumber}` : null].filter(Boolean).join(' · ')

type Item =
  | { kind: 'text'; text: string; bold?: boolean; scale?: number; grey?: boolean; indent?: number }
  | { kind: 'gap'; lines: number }
  | { kind: 'rule' }
  | { kind: 'signature'; name: string }

function itemsOf(sheet: SplitSheet): Item[] {
  const items: Item[] = [
    { kind: 'text', text: 'SPLIT SHEET', bold: true, scale: 0.9, grey: true },
    { kind: 'text', text: sheet.title, bold: true, scale: 1.8 },
    {
      kind: 'text',
      text: [sheet.iswc ? `ISWC ${sheet.iswc}` : 'ISWC not assigned yet', `prepared ${sheet.preparedOn} by ${sheet.preparedBy}`].join(' · '),
      grey: true,
    },
  ]
  if (sheet.recordings.length) items.push({ kind: 'text', text: `Recordings: ${sheet.recordings.join(', ')}`, grey: true })
  items.push({ kind: 'gap', lines: 0.6 }, { kind: 'rule' })
  const total = sheet.writers.reduce((n, w) => n + (w.sharePercent ?? 0), 0)
  for (const w of sheet.writers) {
    items.push({ kind: 'gap', lines: 0.5 })
    items.push({ kind: 'text', text: `${w.name} — ${ROLE_LABELS[w.role] ?? w.role} — ${pct(w.sharePercent)} of the work`, bold: true, scale: 1.1 })
    const ids = [w.society ? `Society (PRO): ${w.society}` : 'Society (PRO): —', w.ipiNameNumber ? `IPI ${w.ipiNameNumber}` : 'IPI —'].join(' · ')
    items.push({ kind: 'text', text: ids, indent: 1 })
    if (w.publisher) {
      items.push({ kind: 'text', text: `Publisher: ${partyLine(w.publisher)}${w.controlled ? ' (controlled)' : ''}`, indent: 1 })
      if (w.administrator) items.push({ kind: 'text', text: `Administrator: ${partyLine(w.administrator)}`, indent: 1 })
      items.push({
        kind: 'text',
        text: `Publisher collects PR ${pct(w.prSharePercent)} · MR ${pct(w.mrSharePercent)} · SR ${pct(w.srSharePercent)} of the work`,
        indent: 1,
      })
      if (w.sharePercent !== null) {
        items.push({
          kind: 'text',
          text: `Writer keeps PR ${pct(w.sharePercent - w.prSharePercent)} · MR ${pct(w.sharePercent - w.mrSharePercent)} · SR ${pct(w.sharePercent - w.srSharePercent)}`,
          indent: 1,
          grey: true,
        })
      }
    } else {
      items.push({ kind: 'text', text: 'Publisher: none (unpublished; the writer keeps all rights of this share)', indent: 1, grey: true })
    }
  }
  items.push({ kind: 'gap', lines: 0.5 }, { kind: 'rule' })
  const pending = sheet.writers.some((w) => w.sharePercent === null)
  items.push({ kind: 'text', text: pending ? 'Splits not agreed yet: fill in each share by hand before signing.' : `Total ${pct(total)}`, bold: true })
  items.push({
    kind: 'text',
    text: 'PR = performing right, MR = mechanical right, SR = synchronisation right. By signing, each writer agrees to the shares above.',
    grey: true,
    scale: 0.8,
  })
  items.push({ kind: 'gap', lines: 1 })
  for (const w of sheet.writers) items.push({ kind: 'signature', name: w.name })
  return items
}

const heightOf = (item: Item, size: number) =>
  item.kind === 'text' ? size * (item.scale ?? 1) * 1.35 : item.kind === 'gap' ? size * item.lines : item.kind === 'rule' ? size * 0.6 : size * 3.4

/**
 * A split sheet ready to sign: the work, each writer's share, society and IPI, publisher and
 * administrator with the PR/MR/SR shares they collect, and a signature and date line per writer.
 * One A4 page for typical works (type shrinks to fit), more pages only for very many writers.
 */
export async function splitSheetPdf(sheet: SplitSheet): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`Split sheet — ${sheet.title}`)
  pdf.setSubject(`Writers: ${sheet.writers.map((w) => w.name).join(', ')}`)
  pdf.setCreator('Greenroom')
  const [width, height] = A4
  const usableWidth = width - 2 * MARGIN
  const usableHeight = height - 2 * MARGIN
  const items = itemsOf(sheet)
  const lines = items.flatMap((it): { text: string; weight: Weight }[] =>
    it.kind === 'text'
      ? [{ text: it.text, weight: it.bold ? 'bold' : 'regular' }]
      : it.kind === 'signature'
        ? [{ text: `Signature: ${it.name} Date`, weight: 'regular' }]
        : [],
  )
  const type = await typesetter(pdf, lines)

  const size = sizeToFit((s) => items.reduce((n, it) => n + heightOf(it, s), 0), usableHeight, 11)

  flowRows(pdf, items, {
    margin: MARGIN,
    heightOf: (item) => heightOf(item, size),
    draw(page, item, y) {
      const h = heightOf(item, size)
      if (item.kind === 'text') {
        const s = size * (item.scale ?? 1)
        const weight: Weight = item.bold ? 'bold' : 'regular'
        const x = MARGIN + (item.indent ?? 0) * size
        type.draw(page, fit(type, item.text, weight, s, usableWidth - (x - MARGIN)), { x, y: y - s, size: s, weight, color: item.grey ? GREY : rgb(0, 0, 0) })
      } else if (item.kind === 'rule') {
        page.drawLine({ start: { x: MARGIN, y: y - h / 2 }, end: { x: width - MARGIN, y: y - h / 2 }, thickness: 0.5, color: GREY })
      } else if (item.kind === 'signature') {
        const lineY = y - size * 2
        const sigEnd = MARGIN + usableWidth * 0.62
        page.drawLine({ start: { x: MARGIN, y: lineY }, end: { x: sigEnd, y: lineY }, thickness: 0.6, color: rgb(0, 0, 0) })
        page.drawLine({ start: { x: sigEnd + size * 2, y: lineY }, end: { x: width - MARGIN, y: lineY }, thickness: 0.6, color: rgb(0, 0, 0) })
        const small = size * 0.8
        type.draw(page, fit(type, `Signature: ${item.name}`, 'regular', small, sigEnd - MARGIN), {
          x: MARGIN,
          y: lineY - small * 1.3,
          size: small,
          weight: 'regular',
          color: GREY,
        })
        type.draw(page, 'Date', { x: sigEnd + size * 2, y: lineY - small * 1.3, size: small, weight: 'regular', color: GREY })
      }
    },
  })
  return pdf.save()
}
