import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { majorUnits, parseMajorUnits } from './currency.ts'

describe('parseMajorUnits', () => {
  it('reads what people type as exact minor units of the currency', () => {
    expect(parseMajorUnits('49.50', 'EUR')).toBe(4950)
    expect(parseMajorUnits('49.5', 'EUR')).toBe(4950)
    expect(parseMajorUnits(' 1,234 ', 'USD')).toBe(123400)
    expect(parseMajorUnits('0.07', 'USD')).toBe(7)
    expect(parseMajorUnits('-3', 'EUR')).toBe(-300)
    expect(parseMajorUnits('4950', 'JPY')).toBe(4950)
    expect(parseMajorUnits('1.234', 'KWD')).toBe(1234)
  })
  it('refuses what is not an amount in that currency', () => {
    for (const bad of ['', 'abc', '1.234', '1e3', '--1', '0x10', '12.3.4']) expect(parseMajorUnits(bad, 'EUR'), bad).toBeNull()
    expect(parseMajorUnits('1.5', 'JPY')).toBeNull()
  })
  it('is the inverse of majorUnits for every whole amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('EUR', 'USD', 'JPY', 'KWD', 'BRL'), (minor, currency) => {
        expect(parseMajorUnits(majorUnits(minor, currency), currency)).toBe(minor)
      }),
    )
  })
})
