import { describe, expect, it } from 'vitest'
import { safeNext } from './safe-next.ts'

describe('safeNext', () => {
  it('returns to the page that asked for a login', () => {
    expect(safeNext('/invite/abc')).toBe('/invite/abc')
  })
  it('refuses other sites', () => {
    expect(safeNext('//evil.example/x')).toBe('/')
    expect(safeNext('https://evil.example')).toBe('/')
  })
  it('falls back when there is nowhere to return to', () => {
    expect(safeNext(null)).toBe('/')
  })
})
