import { PDFDocument, rgb, type PDFPage } from 'pdf-lib'
import { byGuestName, PASS_TYPE_LABELS, type PassType, type TypeCount } from '../../domain/guests.ts'
import type { Weight } from '../pdf/fonts.ts'
import { typesetter } from '../pdf/typesetter.ts'
import { A4, fit, flowRows } from '../pdf/flow.ts'

/** One line of the door list: an approved guest. */
export interface DoorGuest {
  id: string
  name: string
  plusN: number
  passType: PassType
  note: string
  meetAndGreetTime: string | null
  requesterName: string
  admitted: boolean
}

export interface DoorListInput {
  title: string
  subtitle: string
  guests: readonly DoorGuest[]
  counts: readonly TypeCount[]
}

const COLUMNS = ['Name', 'Plus', 'Pass', 'Meet & greet', 'Guest of', 'Note', 'Admitted'] as const

/** RFC 4180, with a cell a spreadsheet would run as a formula (= + - @, tab, CR) defused by a leading apostrophe (as the Bandsintown CSV). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const sorted = (guests: readonly DoorGuest[]) => [...guests].sort(byGuestName)

/** The door list as CSV (UTF-8, CRLF), sorted by name; one row per guest with their +N. */
export function doorListCsv(input: DoorListInput): string {
  const rows = sorted(input.guests).map((g) =>
    [g.name, String(g.plusN), PASS_TYPE_LABELS[g.passType], g.meetAndGreetTime ?? '', g.requesterName, g.note.replace(/\r?\n/g, ' '), g.admitted ? 'yes' : '']
      .map(csvCell)
      .join(','),
  )
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n'
}

const MARGIN = 40
const SIZE = 11
const ROW = SIZE * 1.9
const GREY = rgb(0.35, 0.35, 0.35)

/** The counts line: heads by pass type (only the types in use), and the total. */
export function countsLine(counts: readonly TypeCount[]): string {
  const used = counts.filter((c) => c.heads > 0)
  const total = used.reduce((n, c) => n + c.heads, 0)
  return [...used.map((c) => `${PASS_TYPE_LABELS[c.passType]} ${c.heads}`), `Total ${total}`].join(' · ')
}

/**
 * The door list as a PDF to print: title, date and venue, counts by type, then every approved guest
 * by name with +N, pass, meet & greet slot and whose guest they are, with a box to tick; as many A4
 * pages as it takes, the header row repeated. Any script (ADR 012: the typesetter picks the faces).
 */
export async function doorListPdf(input: DoorListInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(input.title)
  pdf.setCreator('Greenroom')
  const guests = sorted(input.guests)
  const header = ['Name', '+', 'Pass', 'M&G', 'Guest of']
  const cells = guests.map((g) => [g.name, g.plusN ? `+${g.plusN}` : '', PASS_TYPE_LABELS[g.passType], g.meetAndGreetTime ?? '', g.requesterName])
  const lines: { text: string; weight: Weight }[] = [
    { text: input.title, weight: 'bold' },
    { text: input.subtitle, weight: 'regular' },
    { text: countsLine(input.counts), weight: 'regular' },
    { text: 'No guests on the list.', weight: 'regular' },
    ...header.map((text) => ({ text, weight: 'bold' as const })),
    ...cells.flatMap((row) => row.map((text, i) => ({ text, weight: i === 0 ? ('bold' as const) : ('regular' as const) }))),
    ...guests.flatMap((g) => (g.note ? [{ text: g.note.replace(/\s+/g, ' '), weight: 'regular' as const }] : [])),
  ]
  const type = await typesetter(pdf, lines)
  const [width] = A4
  const usable = width - 2 * MARGIN
  // tick box, name, plus, pass, M&G, guest of
  const xs = [MARGIN, MARGIN + 20, MARGIN + 20 + usable * 0.4, MARGIN + 20 + usable * 0.47, MARGIN + 20 + usable * 0.62, MARGIN + 20 + usable * 0.71]
  const widths = xs.slice(1).map((x, i) => (xs[i + 2] ?? width - MARGIN) - x - 6)

  const text = (p: PDFPage, t: string, x: number, at: number, size: number, weight: Weight, w: number, grey = false) =>
    type.draw(p, fit(type, t, weight, size, w), { x, y: at, size, weight, color: grey ? GREY : rgb(0, 0, 0) })

  const { page, y } = flowRows(
    pdf,
    guests.map((g, n) => ({ g, cells: cells[n]! })),
    {
      margin: MARGIN,
      header(page, top, pageIndex) {
        let y = top
        if (pageIndex === 0) {
          text(page, input.title, MARGIN, y - 18, 18, 'bold', usable)
          y -= 26
          text(page, input.subtitle, MARGIN, y - SIZE, SIZE, 'regular', usable, true)
          y -= SIZE * 1.6
          text(page, countsLine(input.counts), MARGIN, y - SIZE, SIZE, 'regular', usable)
          y -= SIZE * 2.2
        }
        header.forEach((h, i) => text(page, h, xs[i + 1]!, y - SIZE, SIZE * 0.85, 'bold', widths[i]!, true))
        y -= SIZE * 1.4
        page.drawLine({ start: { x: MARGIN, y }, end: { x: width - MARGIN, y }, thickness: 0.5, color: GREY })
        return y
      },
      heightOf: ({ g }) => ROW * (1 + (g.note ? 0.6 : 0)),
      draw(page, { g, cells }, top) {
        let y = top - ROW
        page.drawRectangle({ x: xs[0]!, y: y - 2, width: 11, height: 11, borderColor: rgb(0, 0, 0), borderWidth: 0.8, color: g.admitted ? GREY : undefined })
        cells.forEach((c, i) => text(page, c, xs[i + 1]!, y, SIZE, i === 0 ? 'bold' : 'regular', widths[i]!))
        if (g.note) {
          y -= SIZE * 1.1
          text(page, g.note.replace(/\s+/g, ' '), xs[1]!, y, SIZE * 0.8, 'regular', usable - 20, true)
        }
        return top - y
      },
    },
  )
  if (guests.length === 0) text(page, 'No guests on the list.', MARGIN, y - ROW, SIZE, 'regular', usable, true)
  return pdf.save()
}
