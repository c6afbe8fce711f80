import type { RoadPdfInput } from './day-sheet-pdf-render.ts'

export type { RoadPdfInput, SheetDay } from './day-sheet-pdf-render.ts'

/**
 * A day sheet or a tour book as a PDF (day-sheet-pdf-render.ts). The layout, pdf-lib and the fonts
 * are loaded on the first PDF only, like the other PDFs (ADR 026, ADR 052): a start never loads them.
 */
export async function roadPdf(input: RoadPdfInput): Promise<Uint8Array> {
  const { roadPdf: render } = await import('./day-sheet-pdf-render.ts')
  return render(input)
}
