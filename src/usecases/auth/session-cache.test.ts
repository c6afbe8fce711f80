import { describe, expect, it } from 'vitest'
import { SessionCache } from './session-cache.ts'

const FAR = new Date('2100-01-01T00:00:00Z')

describe('the session cache (ADR 046)', () => {
  it('keeps an answer for its time to live and never past its session’s expiry', () => {
    let now = 1_000_000
    const cache = new SessionCache({ ttlMs: 30_000, now: () => now })
    cache.set('a', 'alice', cache.ticket(), FAR)
    cache.set('b', 'bob', cache.ticket(), new Date(now + 5_000))
    now += 4_999
    expect(cache.get('a')).toBe('alice')
    expect(cache.get('b')).toBe('bob')
    now += 1
    expect(cache.get('b')).toBeUndefined() // the session expired
    now += 25_000
    expect(cache.get('a')).toBeUndefined() // 30 s passed
    cache.set('c', 'expired', cache.ticket(), new Date(now - 1))
    expect(cache.get('c')).toBeUndefined()
  })

  it('drops an answer read before a change was announced, and forgets everything at a change', () => {
    const cache = new SessionCache()
    cache.set('a', 'alice', cache.ticket(), FAR)
    const ticket = cache.ticket() // a read starts
    cache.clear() // a logout commits meanwhile
    cache.set('b', 'stale', ticket, FAR)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBeUndefined()
    cache.set('b', 'fresh', cache.ticket(), FAR)
    expect(cache.get('b')).toBe('fresh')
  })

  it('keeps nothing while changes cannot be heard', () => {
    const cache = new SessionCache()
    cache.set('a', 'alice', cache.ticket(), FAR)
    cache.setListening(false)
    expect(cache.get('a')).toBeUndefined()
    cache.set('a', 'alice', cache.ticket(), FAR)
    expect(cache.size).toBe(0)
    cache.setListening(true)
    cache.set('a', 'alice', cache.ticket(), FAR)
    expect(cache.get('a')).toBe('alice')
  })

  it('is bounded: the least recently used entry goes first', () => {
    const cache = new SessionCache({ max: 3 })
    for (const k of ['a', 'b', 'c']) cache.set(k, k, cache.ticket(), FAR)
    expect(cache.get('a')).toBe('a') // a is now the most recent
    cache.set('d', 'd', cache.ticket(), FAR)
    expect(cache.size).toBe(3)
    expect(cache.get('b')).toBeUndefined()
    expect(['a', 'c', 'd'].map((k) => cache.get(k))).toEqual(['a', 'c', 'd'])
  })
})
