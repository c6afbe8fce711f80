import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFObject } from 'pdf-lib'

/**
 * The text of each page of a PDF that pdf-lib wrote with embedded (subset) fonts: content streams
 * are decoded, each shown string's glyph ids mapped back through the font's ToUnicode CMap.
 * Enough to check what a generated sheet says; not a general PDF text extractor.
 */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes)
  const decoder = new TextDecoder()
  const decode = (obj: PDFObject | undefined): string => {
    const stream = obj && doc.context.lookup(obj as never)
    return stream instanceof PDFRawStream ? decoder.decode(decodePDFRawStream(stream).decode()) : ''
  }
  return doc.getPages().map((page) => {
    const cmaps = new Map<string, Map<number, string>>()
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict)
    for (const [name, ref] of fonts?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict)
      cmaps.set(name.asString(), parseToUnicode(decode(font.get(PDFName.of('ToUnicode')))))
    }
    const contents = page.node.get(PDFName.of('Contents'))
    const resolved = contents && doc.context.lookup(contents)
    const parts = resolved instanceof PDFArray ? resolved.asArray().map(decode) : [decode(contents)]
    let cmap = new Map<number, string>()
    const lines: string[] = []
    for (const m of parts.join('\n').matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g)) {
      if (m[1]) cmap = cmaps.get(m[1]) ?? new Map()
      else {
        const hex = m[2]!
        let s = ''
        for (let i = 0; i < hex.length; i += 4) s += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? '?'
        lines.push(s)
      }
    }
    return lines.join('\n')
  })
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1]!, 16), utf16(m[2]!))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const lo = parseInt(m[1]!, 16)
      const hi = parseInt(m[2]!, 16)
      const base = parseInt(m[3]!, 16)
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(base + c - lo))
    }
  }
  return map
}
