import { describe, expect, it } from 'vitest'
import { formatDuration, parseDuration } from './duration.ts'

describe('formatDuration', () => {
  it('writes minutes and zero-padded seconds', () => {
    expect(formatDuration(205)).toBe('3:25')
    expect(formatDuration(61)).toBe('1:01')
  })
  it('adds hours for a whole album', () => {
    expect(formatDuration(3725)).toBe('1:02:05')
  })
  it('shows a dash when the length is unknown', () => {
    expect(formatDuration(null)).toBe('—')
  })
})

describe('parseDuration', () => {
  it('reads m:ss and h:mm:ss', () => {
    expect(parseDuration('3:25')).toBe(205)
    expect(parseDuration(' 1:02:05 ')).toBe(3725)
  })
  it('treats an empty box as unknown', () => {
    expect(parseDuration('')).toBeNull()
  })
  it('refuses seconds over 59 and loose text', () => {
    expect(parseDuration('3:75')).toBeUndefined()
    expect(parseDuration('three minutes')).toBeUndefined()
  })
})
