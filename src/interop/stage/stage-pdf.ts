import { PDFDocument, rgb } from 'pdf-lib'
import { typesetter, type Typesetter } from '../pdf/typesetter.ts'
import { stageRows, type StageSetlist } from './stage-rows.ts'

export interface StagePdfOptions {
  showKeys: boolean
  showNotes: boolean
  /** Points; A4 portrait by default. */
  pageSize?: [number, number]
  /** The largest type to try (points); the sheet shrinks from here until everything fits. */
  maxFontSize?: number
}

const A4: [number, number] = [595.28, 841.89]
const MARGIN = 28
const MIN_FONT_SIZE = 5
const LINE = 1.22
const NOTE = 0.6

interface Line {
  text: string
  font: 'regular' | 'bold'
  scale: number
  grey: boolean
  gapBefore: number
}

/**
 * The stage set list: ONE page, large type (shrunk until every line fits, then in two or three
 * columns), sections as bold headings, keys and notes when asked for.
 */
export async function stageSetlistPdf(version: StageSetlist, opts: StagePdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(version.title)
  pdf.setCreator('Greenroom')
  const [width, height] = opts.pageSize ?? A4
  const page = pdf.addPage([width, height])

  const lines = linesOf(version, opts)
  const type = await typesetter(
    pdf,
    lines.map((l) => ({ text: l.text, weight: l.font })),
  )
  const layout = fit(lines, type, width - 2 * MARGIN, height - 2 * MARGIN, opts.maxFontSize ?? 40)
  const columnWidth = (width - 2 * MARGIN - (layout.columns - 1) * MARGIN) / layout.columns
  const usable = height - 2 * MARGIN
  let column = 0
  let used = 0
  for (const l of lines) {
    const size = layout.size * l.scale
    let step = stepOf(l, layout.size, used)
    if (used + step > usable) {
      column++
      used = 0
      step = stepOf(l, layout.size, 0)
    }
    if (column >= layout.columns) break // cannot happen after fit(); never a second page
    used += step
    type.draw(page, truncate(l.text, type, l, size, columnWidth), {
      x: MARGIN + column * (columnWidth + MARGIN),
      y: height - MARGIN - used + size * (LINE - 1),
      size,
      weight: l.font,
      color: l.grey ? rgb(0.3, 0.3, 0.3) : rgb(0, 0, 0),
    })
  }
  return pdf.save()
}

function linesOf(version: StageSetlist, opts: StagePdfOptions): Line[] {
  const lines: Line[] = [{ text: version.title, font: 'bold', scale: 0.7, grey: false, gapBefore: 0 }]
  for (const row of stageRows(version)) {
    if (row.kind === 'heading') {
      lines.push({ text: row.text.toUpperCase(), font: 'bold', scale: 0.8, grey: false, gapBefore: 0.5 })
      continue
    }
    const key = opts.showKeys && row.key ? `  [${row.key}]` : ''
    lines.push({ text: `${row.position}. ${row.title}${row.segue ? ` ${row.segue}` : ''}${key}`, font: 'regular', scale: 1, grey: false, gapBefore: 0 })
    if (opts.showNotes && row.notes) lines.push({ text: row.notes, font: 'regular', scale: NOTE, grey: true, gapBefore: 0 })
  }
  return lines
}

/** The largest type (and fewest columns) at which every line fits one page. */
function fit(lines: Line[], type: Typesetter, width: number, height: number, maxSize: number): { size: number; columns: number } {
  const widths = lines.map((l) => type.widthOf(l.text, l.font, 1))
  for (const columns of [1, 2, 3]) {
    const columnWidth = (width - (columns - 1) * MARGIN) / columns
    for (let size = maxSize; size >= MIN_FONT_SIZE; size -= 0.5) {
      const wide = lines.some((l, i) => widths[i]! * size * l.scale > columnWidth)
      if (wide && size > 12) continue
      if (columnsNeeded(lines, size, height) <= columns) return { size, columns }
    }
  }
  return { size: MIN_FONT_SIZE, columns: 3 }
}

function columnsNeeded(lines: Line[], size: number, height: number): number {
  let columns = 1
  let used = 0
  for (const l of lines) {
    const step = stepOf(l, size, used)
    if (used + step > height) {
      columns++
      used = stepOf(l, size, 0)
    } else used += step
  }
  return columns
}

/** The height a line takes; the gap above a heading only when it is not at the top of a column. */
function stepOf(l: Line, size: number, used: number): number {
  return size * l.scale * LINE + (used > 0 ? l.gapBefore * size : 0)
}

/** Cuts a line that is still too wide at the smallest useful size, with an ellipsis. */
function truncate(text: string, type: Typesetter, l: Line, size: number, width: number): string {
  if (type.widthOf(text, l.font, size) <= width) return text
  let cut = [...text]
  while (cut.length > 1 && type.widthOf(`${cut.join('')}…`, l.font, size) > width) cut = cut.slice(0, -1)
  return `${cut.join('')}…`
}
