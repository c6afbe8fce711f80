import { readFileSync } from 'node:fs'
import fontkit from '@pdf-lib/fontkit'
import { createRequire } from 'node:module'

/**
 * The fonts the PDFs print with, one face per script family, all from npm (so `npm start` needs
 * nothing else): DejaVu Sans (Latin, Greek, Cyrillic; Bitstream Vera licence), Noto Naskh Arabic
 * (its letters are whole glyphs, so text copied or extracted from the PDF reads right) and Noto Sans
 * Hebrew, JP, SC and KR (SIL OFL 1.1) as glyph-outline TrueType, which pdf-lib subsets into each
 * PDF (the CFF .otf builds of Noto CJK come out invalid when fontkit subsets them). Read on first
 * use only: a sheet in Latin letters never loads the 5–10 MB CJK files. See ADR 012.
 */
export const FACES = ['latin', 'arabic', 'hebrew', 'jp', 'sc', 'kr'] as const
export type Face = (typeof FACES)[number]
export type Weight = 'regular' | 'bold'

const FILES: Record<Face, Record<Weight, string>> = {
  latin: { regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' },
  arabic: {
    regular: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
  },
  hebrew: noto('hebrew', 'Hebrew'),
  jp: noto('jp', 'JP'),
  sc: noto('sc', 'SC'),
  kr: noto('kr', 'KR'),
}

function noto(pkg: string, name: string): Record<Weight, string> {
  const file = (weight: string) => `@expo-google-fonts/noto-sans-${pkg}/${weight}/NotoSans${name}_${weight}.ttf`
  return { regular: file('400Regular'), bold: file('700Bold') }
}

const require = createRequire(import.meta.url)
const cache = new Map<string, Uint8Array>()

/** The font file's bytes, read once per process. */
export function fontBytes(face: Face, weight: Weight): Uint8Array {
  const key = `${face}:${weight}`
  let bytes = cache.get(key)
  if (!bytes) {
    bytes = readFileSync(require.resolve(FILES[face][weight]))
    cache.set(key, bytes)
  }
  return bytes
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u
const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/u
const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u
const HAN = /[\u2E80-\u2FDF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFF65\u{20000}-\u{3FFFF}]/u

/** The face for Han characters in a document: Japanese when it has kana, Korean when it has hangul, else Chinese. */
export function hanFaceOf(text: string): Face {
  return KANA.test(text) ? 'jp' : HANGUL.test(text) ? 'kr' : 'sc'
}

/**
 * The face for a character, or null for the Latin face and neutral characters. Han characters take
 * the document's face (each font draws the ideographs its language's way) unless it has no glyph
 * for one, then the Chinese face, which has the most. Decided per document, not per line, so a line
 * cut short keeps its faces.
 */
export function faceOf(char: string, hanFace: Face): Face | null {
  if (ARABIC.test(char)) return 'arabic'
  if (HEBREW.test(char)) return 'hebrew'
  if (KANA.test(char)) return 'jp'
  if (HANGUL.test(char)) return 'kr'
  if (HAN.test(char)) return hasGlyph(hanFace, char) ? hanFace : 'sc'
  return null
}

const parsed = new Map<Face, { hasGlyphForCodePoint(codePoint: number): boolean }>()
function hasGlyph(face: Face, char: string): boolean {
  if (!parsed.has(face)) parsed.set(face, fontkit.create(Buffer.from(fontBytes(face, 'regular'))) as never)
  return parsed.get(face)!.hasGlyphForCodePoint(char.codePointAt(0)!)
}
