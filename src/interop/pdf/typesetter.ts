import fontkit from '@pdf-lib/fontkit'
import bidiFactory from 'bidi-js'
import subsetFont from 'subset-font'
import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib'
import { faceOf, fontBytes, hanFaceOf, type Face, type Weight } from './fonts.ts'

const bidi = bidiFactory()

/** A stretch of a line in one face and one direction, in visual order once laid out. */
interface Run {
  text: string
  face: Face
  rtl: boolean
}

export interface Typesetter {
  /** The width of a line at a size, in points. */
  widthOf(text: string, weight: Weight, size: number): number
  /** Draws a line left-aligned at (x, y): runs in visual order, right-to-left ones shaped. */
  draw(page: PDFPage, text: string, at: { x: number; y: number; size: number; weight: Weight; color: Color }): void
}

/** Always in each subset: the ellipsis that cuts long lines, and the digits and signs numbering them. */
const ALWAYS = '…0123456789.,:;-–—()[]%· '

/**
 * Lines in any script on one PDF: each line is split into runs of one face (fonts.ts) and one
 * direction (the Unicode bidi algorithm, bidi-js), the runs are put in visual order, and each is
 * drawn with its font; fontkit's layout (which pdf-lib's custom fonts use) shapes Arabic joining
 * forms and lays right-to-left runs out right to left.
 *
 * Every face is subset into the PDF. pdf-lib's own subsetting (fontkit) drops glyphs of the large
 * CJK fonts, which then print as blanks, so those are cut down to the document's characters by
 * harfbuzz (subset-font) first and embedded whole; fontkit cannot shape with the layout tables
 * harfbuzz writes, so the Arabic, Hebrew and Latin faces keep pdf-lib's subsetting. Hence all the
 * text of the document is given up front.
 */
const CJK: readonly Face[] = ['jp', 'sc', 'kr']

export async function typesetter(pdf: PDFDocument, lines: readonly { text: string; weight: Weight }[]): Promise<Typesetter> {
  pdf.registerFontkit(fontkit)
  const hanFace = hanFaceOf(lines.map((l) => l.text).join('\n'))
  const runsOf = (text: string) => runsIn(text, hanFace)
  const needed = new Map<string, { face: Face; weight: Weight; chars: Set<string> }>()
  for (const line of lines) {
    for (const run of runsOf(line.text)) {
      const key = `${run.face}:${line.weight}`
      if (!needed.has(key)) needed.set(key, { face: run.face, weight: line.weight, chars: new Set(ALWAYS) })
      for (const char of run.text) needed.get(key)!.chars.add(char)
    }
  }
  const fonts = new Map<string, PDFFont>()
  for (const [key, n] of needed) {
    if (!CJK.includes(n.face)) {
      fonts.set(key, await pdf.embedFont(fontBytes(n.face, n.weight), { subset: true }))
      continue
    }
    const subset = await subsetFont(fontBytes(n.face, n.weight), [...n.chars].join(''), { targetFormat: 'truetype' })
    fonts.set(key, await pdf.embedFont(subset, { subset: false }))
  }
  const fontOf = (face: Face, weight: Weight) => {
    const font = fonts.get(`${face}:${weight}`)
    if (!font) throw new Error(`typesetter: no ${face} ${weight} font; give every line to typesetter() first`)
    return font
  }
  return {
    widthOf: (text, weight, size) => runsOf(text).reduce((width, run) => width + fontOf(run.face, weight).widthOfTextAtSize(run.text, size), 0),
    draw(page, text, at) {
      let x = at.x
      for (const run of runsOf(text)) {
        const font = fontOf(run.face, at.weight)
        page.drawText(run.text, { x, y: at.y, size: at.size, font, color: at.color })
        x += font.widthOfTextAtSize(run.text, at.size)
      }
    },
  }
}

/** A line's runs in visual (left-to-right drawing) order. */
export function runsIn(line: string, hanFace: Face): Run[] {
  if (line === '') return []
  const { levels } = bidi.getEmbeddingLevels(line, 'ltr')
  const mirrored = bidi.getMirroredCharactersMap(line, levels)
  const chars: { char: string; face: Face; level: number }[] = []
  let index = 0
  let previous: Face = 'latin'
  for (const char of line) {
    // Neutral characters (spaces, digits, punctuation) stay in a right-to-left run around them, so a phrase shapes as one.
    const face: Face = faceOf(char, hanFace) ?? (/[\p{L}\p{M}]/u.test(char) || CJK.includes(previous) ? 'latin' : previous)
    chars.push({ char: mirrored.get(index) ?? char, face, level: levels[index]! })
    index += char.length
    previous = face
  }
  const runs: (Run & { level: number })[] = []
  for (const c of chars) {
    const last = runs[runs.length - 1]
    if (last && last.face === c.face && last.level === c.level) last.text += c.char
    else runs.push({ text: c.char, face: c.face, rtl: c.level % 2 === 1, level: c.level })
  }
  return reorder(runs)
}

/** Rule L2 of the bidi algorithm at run granularity: reverse every sequence at each level from the highest down to the lowest odd one. */
function reorder<T extends { level: number }>(runs: T[]): T[] {
  const out = [...runs]
  const highest = Math.max(...out.map((r) => r.level))
  const lowestOdd = Math.min(...out.map((r) => r.level).filter((l) => l % 2 === 1), highest + 1)
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; i++) {
      if (out[i]!.level < level) continue
      let j = i
      while (j + 1 < out.length && out[j + 1]!.level >= level) j++
      out.splice(i, j - i + 1, ...out.slice(i, j + 1).reverse())
      i = j
    }
  }
  return out
}
