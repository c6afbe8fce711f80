import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFObject } from 'pdf-lib'

/** A glyph a page shows that would print as nothing or as a box: .notdef (id 0) or a glyph without outline. */
export interface BadGlyph {
  font: string
  glyphId: number
  why: string
}

/**
 * Every glyph the pages of a PDF written by pdf-lib show (Identity-H strings in `Tj`), checked
 * against the font embedded for it: not .notdef, and with an outline unless it is a space.
 */
export async function badGlyphs(bytes: Uint8Array): Promise<{ shown: number; bad: BadGlyph[] }> {
  const doc = await PDFDocument.load(bytes)
  const decode = (obj: PDFObject | undefined): Uint8Array => {
    const stream = obj && doc.context.lookup(obj as never)
    return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : new Uint8Array()
  }
  const bad: BadGlyph[] = []
  let shown = 0
  for (const page of doc.getPages()) {
    const fonts = new Map<string, { name: string; font: ReturnType<typeof fontkit.create> }>()
    for (const [name, ref] of page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict)?.entries() ?? []) {
      const type0 = doc.context.lookup(ref, PDFDict)
      const cid = doc.context.lookup(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict)
      const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict)
      const file = decode(descriptor.get(PDFName.of('FontFile2')) ?? descriptor.get(PDFName.of('FontFile3')))
      fonts.set(name.asString(), { name: String(type0.get(PDFName.of('BaseFont'))), font: fontkit.create(Buffer.from(file)) })
    }
    const contents = page.node.get(PDFName.of('Contents'))
    const resolved = contents && doc.context.lookup(contents)
    const text = (resolved instanceof PDFArray ? resolved.asArray() : [contents]).map((c) => new TextDecoder().decode(decode(c))).join('\n')
    let current: { name: string; font: ReturnType<typeof fontkit.create> } | undefined
    for (const m of text.matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g)) {
      if (m[1]) current = fonts.get(m[1])
      else {
        for (let i = 0; i < m[2]!.length; i += 4) {
          const glyphId = parseInt(m[2]!.slice(i, i + 4), 16)
          shown++
          if (!current) bad.push({ font: '?', glyphId, why: 'no font' })
          else if (glyphId === 0) bad.push({ font: current.name, glyphId, why: '.notdef' })
          else {
            const glyph = current.font.getGlyph(glyphId)
            const isSpace = glyph.codePoints.every((c: number) => /\s/u.test(String.fromCodePoint(c)))
            if (!isSpace && (glyph.path as unknown as { commands: unknown[] }).commands.length === 0)
              bad.push({ font: current.name, glyphId, why: `no outline (${String.fromCodePoint(...glyph.codePoints)})` })
          }
        }
      }
    }
  }
  return { shown, bad }
}

/** Poppler's tools (Debian poppler-utils, installed by .ci/run) on a PDF: its text, and page 1 as PNG with what they said on stderr. */
export function poppler(bytes: Uint8Array): { text: string; png: Uint8Array; warnings: string } {
  const dir = mkdtempSync(join(tmpdir(), 'greenroom-pdf-'))
  try {
    const pdf = join(dir, 'sheet.pdf')
    writeFileSync(pdf, bytes)
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    const render = spawnSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', pdf, join(dir, 'page')], { encoding: 'utf8' })
    if (render.status !== 0) throw new Error(`pdftoppm failed: ${render.stderr}`)
    return { text, png: readFileSync(join(dir, 'page.png')), warnings: render.stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
