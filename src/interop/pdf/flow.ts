import type { PDFDocument, PDFPage } from 'pdf-lib'
import type { Weight } from './fonts.ts'
import type { Typesetter } from './typesetter.ts'

export const A4: [number, number] = [595.28, 841.89]

/** How rows flow down the pages of one PDF: the page size and margin, each row's height and drawing, what heads each page. */
export interface Flow<R> {
  pageSize?: [number, number]
  margin: number
  /** The height a row needs: a row that does not fit above the bottom margin starts a new page. */
  heightOf(row: R): number
  /** Draws a row whose top is at `top`; answers how far down it went when that is not its height. */
  draw(page: PDFPage, row: R, top: number): number | void
  /** Draws what heads a page (the first one's title, a repeated header row) and answers the top left for rows. */
  header?(page: PDFPage, top: number, pageIndex: number): number
  /** Rows that start a page of their own (a new day of a tour book), unless the page has no row yet. */
  breaksBefore?(row: R): boolean
}

/**
 * The one page-flow loop of Greenroom's PDFs (settlement sheet, split sheet, door list, day sheet,
 * tour book): rows go down the page from the top margin; a row that would cross the bottom margin
 * goes to a new page, which gets its header again. Answers the last page and where the rows ended.
 */
export function flowRows<R>(pdf: PDFDocument, rows: readonly R[], flow: Flow<R>): { page: PDFPage; y: number; pages: number } {
  const size = flow.pageSize ?? A4
  const top = size[1] - flow.margin
  let pages = 0
  let fresh = true
  const newPage = () => {
    const page = pdf.addPage(size)
    fresh = true
    return { page, y: flow.header ? flow.header(page, top, pages++) : (pages++, top) }
  }
  let { page, y } = newPage()
  for (const row of rows) {
    const h = flow.heightOf(row)
    if ((!fresh && flow.breaksBefore?.(row)) || (y - h < flow.margin && !(fresh && h > top - flow.margin))) ({ page, y } = newPage())
    const moved = flow.draw(page, row, y)
    y -= typeof moved === 'number' ? moved : h
    fresh = false
  }
  return { page, y, pages }
}

/** The largest type size from `start` down to `min` in steps of half a point at which rows of these heights fit one page. */
export function sizeToFit(heightAt: (size: number) => number, usableHeight: number, start: number, min = 7): number {
  let size = start
  while (size > min && heightAt(size) > usableHeight) size -= 0.5
  return size
}

/** Cuts a line that is too wide, with an ellipsis (only for absurdly long names and labels). */
export function fit(type: Typesetter, text: string, weight: Weight, size: number, width: number): string {
  if (type.widthOf(text, weight, size) <= width) return text
  let cut = [...text]
  while (cut.length > 1 && type.widthOf(`${cut.join('')}…`, weight, size) > width) cut = cut.slice(0, -1)
  return `${cut.join('')}…`
}
