import { describe, expect, it } from 'vitest'
import { episodeCode } from './episode-code.ts'

describe('episodeCode', () => {
  it('writes season and episode the way TV listings do', () => {
    expect(episodeCode(4, 1)).toBe('S4 E1')
  })
  it('leaves out what is not known', () => {
    expect(episodeCode(4, null)).toBe('S4')
    expect(episodeCode(null, null)).toBe('')
  })
})
