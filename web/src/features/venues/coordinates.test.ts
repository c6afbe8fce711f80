import { describe, expect, it } from 'vitest'
import { coordinatesOf, parseCoordinate } from './coordinates.ts'

describe('parseCoordinate', () => {
  it('reads decimals with a point or a comma, and west as negative', () => {
    expect(parseCoordinate('41.88')).toBe(41.88)
    expect(parseCoordinate('-87,63')).toBe(-87.63)
    expect(parseCoordinate(' ')).toBeNull()
    expect(parseCoordinate('41°N')).toBeUndefined()
  })
})

describe('coordinatesOf', () => {
  it('wants both numbers or neither', () => {
    expect(coordinatesOf('41.88', '').issues).toEqual([{ path: 'longitude', message: 'give both latitude and longitude, or neither' }])
    expect(coordinatesOf('', '')).toEqual({ latitude: null, longitude: null, issues: [] })
  })
})
