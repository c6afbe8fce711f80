import { describe, expect, it } from 'vitest'
import { formatKey, labelOf, pluralise } from './vocabulary.ts'

describe('labelOf', () => {
  it('uses the band’s words for known values', () => {
    expect(labelOf('touring-musician')).toBe('Touring musician')
    expect(labelOf('dj-track')).toBe('DJ track')
  })
  it('spells out unknown slugs', () => {
    expect(labelOf('lead-vocals')).toBe('Lead vocals')
  })
})

describe('formatKey', () => {
  it('writes sharps as musicians read them', () => {
    expect(formatKey('C#', 'minor')).toBe('C♯ minor')
    expect(formatKey('A', null)).toBe('A')
    expect(formatKey(null, 'major')).toBe('—')
  })
})

describe('pluralise', () => {
  it('counts tracks', () => {
    expect(pluralise(1, 'track')).toBe('1 track')
    expect(pluralise(15, 'track')).toBe('15 tracks')
  })
})
