/**
 * CWR 2.1 text: names and titles in upper-case ASCII (the character set left blank in HDR).
 * Latin letters with diacritics lose them (Ü → U, ß → SS); anything else cannot be written.
 */
const SPECIAL: Record<string, string> = {
  ß: 'SS',
  Æ: 'AE',
  æ: 'AE',
  Œ: 'OE',
  œ: 'OE',
  Ø: 'O',
  ø: 'O',
  Ł: 'L',
  ł: 'L',
  Đ: 'D',
  đ: 'D',
  Þ: 'TH',
  þ: 'TH',
  ı: 'I',
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
}

/** Upper-case ASCII for a CWR name or title field, or null when the text has no Latin form. */
export function cwrText(text: string, maxLength: number): string | null {
  const mapped = [...text.normalize('NFKC')].map((c) => SPECIAL[c] ?? c).join('')
  const ascii = mapped
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim()
  if (!/^[\x20-\x7e]*$/.test(ascii)) return null
  return ascii.slice(0, maxLength).trimEnd()
}

/** A person's single name field → CWR last and first name (the last word is the last name). */
export function splitName(name: string): { lastName: string; firstName: string } {
  const words = name.trim().split(/\s+/)
  if (words.length === 1) return { lastName: words[0]!, firstName: '' }
  return { lastName: words[words.length - 1]!, firstName: words.slice(0, -1).join(' ') }
}

/** T-123.456.789-0 → T1234567890 (the form CWR writes). */
export function cwrIswc(iswc: string | null): string {
  return iswc ? iswc.replace(/[^T0-9]/g, '') : ''
}

/** Performing-rights and mechanical societies by the names users type → CISAC society codes. */
export const SOCIETY_CODES: Readonly<Record<string, string>> = {
  APRA: '008',
  ASCAP: '010',
  BMI: '021',
  BUMA: '023',
  HFA: '034',
  GEMA: '035',
  KODA: '040',
  MCPS: '044',
  PRS: '052',
  'PRS FOR MUSIC': '052',
  SACEM: '058',
  SESAC: '071',
  SGAE: '072',
  SIAE: '074',
  STEMRA: '078',
  STIM: '079',
  SOCAN: '101',
}

/** A society name or a three-digit code → the code; '' when unknown or not given. */
export function societyCode(society: string | null | undefined): string {
  if (!society) return ''
  const s = society.trim().toUpperCase()
  if (/^\d{3}$/.test(s)) return s
  return SOCIETY_CODES[s] ?? ''
}

/** An instant → CWR date (YYYYMMDD) and time (HHMMSS) in UTC. */
export function cwrDateTime(at: Date): { date: string; time: string } {
  const iso = at.toISOString()
  return { date: iso.slice(0, 10).replaceAll('-', ''), time: iso.slice(11, 19).replaceAll(':', '') }
}

/** YYYYMMDD → YYYY-MM-DD; null for a blank or all-zero date. */
export function isoDate(cwrDate: string | null | undefined): string | null {
  if (!cwrDate || !/^\d{8}$/.test(cwrDate) || cwrDate === '00000000') return null
  return `${cwrDate.slice(0, 4)}-${cwrDate.slice(4, 6)}-${cwrDate.slice(6, 8)}`
}

/** Seconds → hhmmss (CWR duration); 000000 when unknown. */
export function cwrDuration(seconds: number | null | undefined): string {
  if (!seconds || seconds < 0) return '000000'
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  if (h > 99) return '000000'
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join('')
}
