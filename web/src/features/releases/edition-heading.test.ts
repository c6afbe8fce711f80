import { describe, expect, it } from 'vitest'
import { editionHeading } from './edition-heading.ts'

describe('editionHeading', () => {
  it('names a one-word edition as an edition', () => {
    expect(editionHeading('Deluxe')).toBe('Deluxe edition')
  })
  it('keeps a name that already says so, or says more', () => {
    expect(editionHeading('Standard edition')).toBe('Standard edition')
    expect(editionHeading('Digital single')).toBe('Digital single')
  })
})
