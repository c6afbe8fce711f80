import { describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import { pdfPageTexts } from './pdf-text.ts'
import { splitSheetPdf, type SplitSheet, type SplitSheetWriter } from './split-sheet-pdf.ts'

const rocket = { name: 'Rocket Songs Publishing', ipiNameNumber: '00123456789', society: 'ASCAP' }
const writer = (name: string, sharePercent: number | null, more: Partial<SplitSheetWriter> = {}): SplitSheetWriter => ({
  name,
  role: 'composer-lyricist',
  sharePercent,
  ipiNameNumber: null,
  society: null,
  publisher: null,
  administrator: null,
  controlled: false,
  prSharePercent: 0,
  mrSharePercent: 0,
  srSharePercent: 0,
  ...more,
})
const sheet: SplitSheet = {
  title: 'Windows Down',
  iswc: 'T-123.456.789-4',
  preparedBy: 'Big Time Rush',
  preparedOn: '2013-06-11',
  recordings: ['Windows Down (Radio Edit)'],
  writers: [
    writer('Kendall Schmidt', 50, {
      ipiNameNumber: '00011122233',
      society: 'ASCAP',
      publisher: rocket,
      administrator: { name: 'Kobalt Music', ipiNameNumber: null, society: 'BMI' },
      controlled: true,
      prSharePercent: 25,
      mrSharePercent: 50,
      srSharePercent: 50,
    }),
    writer('Σωκράτης Παπαδόπουλος', 25, { role: 'composer', society: 'AEPI' }),
    writer('Пётр Ильич', 25, { role: 'lyricist' }),
  ],
}

describe('split sheet PDF', () => {
  it('is one A4 page naming the work, every writer (non-Latin too), shares, publisher and administrator', async () => {
    const bytes = await splitSheetPdf(sheet)
    const doc = await PDFDocument.load(bytes)
    expect(doc.getPageCount()).toBe(1)
    expect(doc.getTitle()).toBe('Split sheet — Windows Down')
    const text = (await pdfPageTexts(bytes))[0]!
    expect(text).toContain('Windows Down')
    expect(text).toContain('ISWC T-123.456.789-4')
    expect(text).toContain('Kendall Schmidt — composer & lyricist — 50 % of the work')
    expect(text).toContain('Society (PRO): ASCAP · IPI 00011122233')
    expect(text).toContain('Publisher: Rocket Songs Publishing · ASCAP · IPI 00123456789 (controlled)')
    expect(text).toContain('Administrator: Kobalt Music · BMI')
    expect(text).toContain('Publisher collects PR 25 % · MR 50 % · SR 50 % of the work')
    expect(text).toContain('Writer keeps PR 25 % · MR 0 % · SR 0 %')
    expect(text).toContain('Σωκράτης Παπαδόπουλος — composer — 25 % of the work')
    expect(text).toContain('Пётр Ильич — lyricist — 25 % of the work')
    expect(text).toContain('Total 100 %')
    // a signature and a date line per writer
    for (const name of ['Kendall Schmidt', 'Σωκράτης Παπαδόπουλος', 'Пётр Ильич']) expect(text).toContain(`Signature: ${name}`)
    expect(text.match(/^Date$/gm)).toHaveLength(3)
  })

  it('stays on one page for ten writers and says when splits are pending', async () => {
    const many: SplitSheet = {
      ...sheet,
      writers: Array.from({ length: 10 }, (_, i) => writer(`Writer Number ${i + 1}`, null, { publisher: rocket, society: 'BMI' })),
    }
    const bytes = await splitSheetPdf(many)
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1)
    const text = (await pdfPageTexts(bytes))[0]!
    expect(text).toContain('Splits not agreed yet')
    expect(text).toContain('Signature: Writer Number 10')
  })

  it('flows onto more pages rather than dropping writers when there are very many', async () => {
    const huge: SplitSheet = {
      ...sheet,
      writers: Array.from({ length: 40 }, (_, i) => writer(`Writer ${i + 1}`, 2.5, { publisher: rocket, administrator: rocket })),
    }
    const bytes = await splitSheetPdf(huge)
    const pages = await pdfPageTexts(bytes)
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.join('\n')).toContain('Signature: Writer 40')
  })
})
