import { describe, expect, it } from 'vitest'
import { badGlyphs, poppler } from '../../test/pdf-glyphs.ts'
import { splitSheetPdf, type SplitSheetWriter } from '../split-sheet/split-sheet-pdf.ts'
import { stageSetlistPdf } from '../stage/stage-pdf.ts'
import type { StageEntry } from '../stage/stage-rows.ts'

/** A title and a name in each script the sheets must print (issue 11, point 3). */
const SCRIPTS = {
  latin: { title: 'Windows Down (Acoustic) – Señor Café', name: 'Zoë Ångström' },
  cyrillic: { title: 'Любовь и голуби', name: 'Виктор Цой' },
  greek: { title: 'Ψυχή μου', name: 'Μελίνα Μερκούρη' },
  japanese: { title: 'ボーイフレンド（東京ライブ）', name: '宇多田ヒカル' },
  chinese: { title: '我们的歌 夜空中最亮的星', name: '周杰伦' },
  korean: { title: '너의 모든 순간', name: '성시경' },
  arabic: { title: 'أغنية الحب (مباشر)', name: 'فيروز' },
  hebrew: { title: 'שיר לשלום', name: 'עופרה חזה' },
}
const lines = Object.values(SCRIPTS)

/** pdftotext's words without the bidi marks it adds around right-to-left text, in one normal form. */
const readable = (text: string) => text.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e]/g, '')
/** Right-to-left text reads back word by word in any order of the words; compare the words. */
const words = (text: string) =>
  readable(text)
    .split(/[\s()（）]+/)
    .filter(Boolean)

/**
 * What poppler reads back and draws. Arabic is checked by its letters' count per word: pdf-lib maps
 * each shaped glyph back to one letter, and letters that share a joined form (medial beh and noon)
 * read back as one of them, so the rendering and the glyph check are what prove Arabic prints.
 */
async function expectPrinted(bytes: Uint8Array, texts: string[]) {
  const { text, png, warnings } = poppler(bytes)
  const extracted = readable(text)
  for (const t of texts) {
    for (const word of words(t)) {
      if (/\p{Script=Arabic}/u.test(word)) expect(extracted).toMatch(new RegExp(`\\p{Script=Arabic}{${[...word].length}}`, 'u'))
      else expect(extracted).toContain(word)
    }
  }
  const glyphs = await badGlyphs(bytes)
  expect(glyphs.shown).toBeGreaterThan(50)
  expect(glyphs.bad).toEqual([])
  expect(warnings).toBe('')
  expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG')
}

describe('every script prints', () => {
  it('on the stage PDF: titles in eight scripts, every glyph drawn, the fonts subset', async () => {
    const entries: StageEntry[] = lines.map((l, i) => ({
      id: `s${i}`,
      type: 'song',
      displayTitle: l.title,
      effectiveSeconds: 200,
      clockTime: null,
      notes: l.name,
    }))
    const bytes = await stageSetlistPdf({ title: 'Summer Break Tour — 東京 · سيول · תל אביב', entries }, { showKeys: false, showNotes: true })
    await expectPrinted(
      bytes,
      lines.flatMap((l) => [l.title, l.name]),
    )
    // Subset: the CJK fonts alone are 5–10 MB each.
    expect(bytes.length).toBeLessThan(200_000)
  })

  it('on the split sheet: titles and writers in eight scripts', async () => {
    const writer = (name: string): SplitSheetWriter => ({
      name,
      role: 'composer-lyricist',
      sharePercent: 12.5,
      ipiNameNumber: null,
      society: 'GEMA',
      publisher: null,
      administrator: null,
      controlled: false,
      prSharePercent: 0,
      mrSharePercent: 0,
      srSharePercent: 0,
    })
    for (const { title } of lines) {
      const bytes = await splitSheetPdf({
        title,
        iswc: null,
        preparedBy: 'Greenroom',
        preparedOn: '2013-04-15',
        writers: lines.map((l) => writer(l.name)),
        recordings: [title],
      })
      await expectPrinted(bytes, [title, ...lines.map((l) => l.name)])
      expect(bytes.length).toBeLessThan(200_000)
    }
  })

  it('draws a line cut short in a column without changing its fonts', async () => {
    const long = Array.from({ length: 120 }, (_, i): StageEntry => ({
      id: `x${i}`,
      type: 'song',
      displayTitle: `${SCRIPTS.japanese.title}${'長い曲名'.repeat(12)}${SCRIPTS.chinese.title}`,
      effectiveSeconds: 200,
      clockTime: null,
    }))
    const { bad } = await badGlyphs(await stageSetlistPdf({ title: 'Long', entries: long }, { showKeys: false, showNotes: false }))
    expect(bad).toEqual([])
  })
})
