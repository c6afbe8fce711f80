/**
 * Currencies (ADR 035, ADR 043): which codes are ISO 4217, how many minor digits each has, and an
 * amount in minor units written in the major unit. The one place these are decided: the settlement,
 * the ticket offers, the public page and the JSON-LD all ask here.
 */

/** Null for an ISO 4217 currency code (the runtime's list, which follows CLDR); a message otherwise. */
export function currencyProblem(code: string): string | null {
  if (!/^[A-Z]{3}$/.test(code)) return 'an ISO 4217 currency code is three capital letters, like EUR or USD'
  return ISO_CURRENCIES.has(code) ? null : `${code} is not an ISO 4217 currency`
}

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'))

const DIGITS = new Map<string, number>()

/** The currency's minor digits (2 for EUR, 0 for JPY, 3 for KWD), as the runtime's CLDR data knows them. */
export function currencyDigits(code: string): number {
  let digits = DIGITS.get(code)
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2
    DIGITS.set(code, digits)
  }
  return digits
}

/** An amount in minor units as an exact decimal string of the major unit: 4950 EUR → "49.50", 4950 JPY → "4950", -5 EUR → "-0.05". */
export function majorUnits(minor: number, currency: string): string {
  const digits = currencyDigits(currency)
  const sign = minor < 0 ? '-' : ''
  const abs = Math.abs(minor)
  if (digits === 0) return `${sign}${abs}`
  const unit = 10 ** digits
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(digits, '0')}`
}

/** An amount for people to read, in the currency's own style ("€49.50", "¥4,950"); formatted from the exact decimal string, never a float. */
export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  const key = `${locale} ${currency}`
  let format = FORMATS.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency }).format as (value: string) => string
    FORMATS.set(key, format)
  }
  return format(majorUnits(minor, currency))
}
const FORMATS = new Map<string, (value: string) => string>()

/**
 * What a person typed in the major unit ("49.5", "1,234.50", "-3") as minor units of the currency,
 * exactly (string digits, never a float): null when it is not a number with at most the currency's
 * minor digits. The inverse of `majorUnits` (ADR 048: the web forms take money as people write it).
 */
export function parseMajorUnits(text: string, currency: string): number | null {
  const match = /^(-?)(\d{1,15})(?:\.(\d*))?$/.exec(text.trim().replace(/[,\s]/g, ''))
  if (!match) return null
  const digits = currencyDigits(currency)
  const fraction = match[3] ?? ''
  if (fraction.length > digits) return null
  const minor = Number(`${match[2]}${fraction.padEnd(digits, '0')}`)
  if (!Number.isSafeInteger(minor)) return null
  return match[1] === '-' && minor !== 0 ? -minor : minor
}
