declare module 'subset-font' {
  /** harfbuzz's subsetter (hb-subset in WebAssembly): the font with only the glyphs `text` needs, layout tables kept. */
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'truetype' | 'sfnt' | 'woff' | 'woff2' }): Promise<Buffer>
}
