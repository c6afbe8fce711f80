import { describe, expect, it } from 'vitest'
import { decideRepeat, idempotencyKeyProblem, IDEMPOTENCY_PENDING_SECONDS, isReplayable } from './idempotency.ts'

const start = new Date('2026-12-06T12:00:00Z')
const later = (seconds: number) => new Date(start.getTime() + seconds * 1000)

describe('idempotency keys', () => {
  it('accepts a UUID and refuses empty, overlong, spaced, control and repeated keys', () => {
    expect(idempotencyKeyProblem(undefined)).toBeNull()
    expect(idempotencyKeyProblem('3f1c2a8e-6a4b-4a43-9a52-7c9a0d1e2f30')).toBeNull()
    expect(idempotencyKeyProblem('')).toMatch(/empty/)
    expect(idempotencyKeyProblem('k'.repeat(256))).toMatch(/255/)
    expect(idempotencyKeyProblem('k'.repeat(255))).toBeNull()
    expect(idempotencyKeyProblem('two words')).toMatch(/visible ASCII/)
    expect(idempotencyKeyProblem('a\u0000b')).toMatch(/visible ASCII/)
    expect(idempotencyKeyProblem('clé')).toMatch(/visible ASCII/)
    expect(idempotencyKeyProblem(['a', 'b'])).toMatch(/one/)
  })

  it('replays a finished request, refuses a different one under the same key', () => {
    const kept = { fingerprint: 'f1', state: 'done' as const, startedAt: start }
    expect(decideRepeat(kept, 'f1', later(5))).toBe('replay')
    expect(decideRepeat(kept, 'f1', later(86_000))).toBe('replay')
    expect(decideRepeat(kept, 'f2', later(5))).toBe('key-reused')
  })

  it('waits for a request in progress and takes over an abandoned one', () => {
    const kept = { fingerprint: 'f1', state: 'pending' as const, startedAt: start }
    expect(decideRepeat(kept, 'f1', later(1))).toBe('in-progress')
    expect(decideRepeat(kept, 'f1', later(IDEMPOTENCY_PENDING_SECONDS))).toBe('in-progress')
    expect(decideRepeat(kept, 'f1', later(IDEMPOTENCY_PENDING_SECONDS + 1))).toBe('take-over')
    expect(decideRepeat(kept, 'f2', later(IDEMPOTENCY_PENDING_SECONDS + 1))).toBe('key-reused')
  })

  it('keeps client errors for replay, not server failures', () => {
    expect(isReplayable(201)).toBe(true)
    expect(isReplayable(409)).toBe(true)
    expect(isReplayable(500)).toBe(false)
    expect(isReplayable(503)).toBe(false)
  })
})
