import { describe, expect, it } from 'vitest'
import { conflictCount, conflictKindLabel } from './conflict-words.ts'

describe('conflictKindLabel', () => {
  it('names each kind of conflict in plain words', () => {
    expect(conflictKindLabel('overlap')).toBe('Booked twice')
    expect(conflictKindLabel('travel')).toBe('Too far to travel in time')
  })
})

describe('conflictCount', () => {
  it('counts in words', () => {
    expect(conflictCount(1)).toBe('1 conflict')
    expect(conflictCount(3)).toBe('3 conflicts')
  })
})
