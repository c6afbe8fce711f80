import { createHash } from 'node:crypto'
import type { Db } from '../../db/client.ts'
import {
  claimIdempotencyKey,
  findIdempotentRequest,
  keepIdempotentAnswer,
  releaseIdempotencyKey,
  sweepIdempotentRequests,
} from '../../db/queries/idempotency-keys.ts'
import { decideRepeat, IDEMPOTENCY_PENDING_SECONDS, IDEMPOTENCY_RETENTION_HOURS, isReplayable } from '../../domain/idempotency.ts'
import { DomainError } from '../../domain/errors.ts'

export interface KeyedRequest {
  userId: string
  key: string
  method: string
  url: string
  body: unknown
  /** Wall-clock time (never the pinned demo clock: keys must expire). */
  now: Date
}

export interface ReplayedAnswer {
  status: number
  contentType: string | null
  body: string
}

export function fingerprintOf(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${body === undefined ? '' : JSON.stringify(body)}`)
    .digest('base64url')
}

/**
 * Before a keyed change runs: null when this request is to do it (the key is claimed), or the first
 * answer to send again. A different request under the same key is refused (422); one still running
 * under it is asked to wait (409).
 */
export async function beginKeyedRequest(db: Db, request: KeyedRequest): Promise<ReplayedAnswer | null> {
  const fingerprint = fingerprintOf(request.method, request.url, request.body)
  const staleBefore = new Date(request.now.getTime() - IDEMPOTENCY_PENDING_SECONDS * 1000)
  const expiredBefore = new Date(request.now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000)
  await sweepNowAndThen(db, request.now, expiredBefore)
  if (await claimIdempotencyKey(db, request.userId, request.key, fingerprint, request.now, staleBefore, expiredBefore)) return null
  const kept = await findIdempotentRequest(db, request.userId, request.key)
  // Swept or released between the two statements: claim again (at most once more).
  if (!kept) return (await claimIdempotencyKey(db, request.userId, request.key, fingerprint, request.now, staleBefore, expiredBefore)) ? null : inProgress()
  switch (decideRepeat(kept, fingerprint, request.now)) {
    case 'replay':
      return { status: kept.status ?? 200, contentType: kept.contentType, body: kept.body ?? '' }
    case 'key-reused':
      throw new DomainError('key-reused', 'This Idempotency-Key was already used for a different request. Use a new key for a new change.', {
        errors: [{ path: 'Idempotency-Key', message: 'already used for a different request' }],
      })
    case 'in-progress':
    case 'take-over': // lost the race to take it over: another request holds it now
      return inProgress()
  }
}

/** How often one instance removes expired keys: the sweep is a delete over the whole table, not a per-request cost. */
const SWEEP_EVERY_MS = 10 * 60_000
const lastSweep = new WeakMap<Db, number>()

/**
 * Removes answers older than the retention, at most once per ten minutes per database handle. Expired
 * rows left between sweeps do no harm: the claim takes a key whose answer expired as a new one.
 */
async function sweepNowAndThen(db: Db, now: Date, expiredBefore: Date): Promise<void> {
  const last = lastSweep.get(db)
  if (last !== undefined && now.getTime() - last < SWEEP_EVERY_MS && now.getTime() >= last) return
  lastSweep.set(db, now.getTime())
  await sweepIdempotentRequests(db, expiredBefore)
}

function inProgress(): never {
  throw new DomainError('in-progress', 'A request with this Idempotency-Key is still being handled. Try again in a moment.', { retryAfterSeconds: 1 })
}

/** After a keyed change: its answer is kept for replay, or the key freed when the server failed. */
export async function finishKeyedRequest(
  db: Db,
  userId: string,
  key: string,
  answer: { status: number; contentType: string | null; body: string | null },
): Promise<void> {
  if (isReplayable(answer.status) && answer.body !== null)
    await keepIdempotentAnswer(db, userId, key, { status: answer.status, contentType: answer.contentType, body: answer.body })
  else await releaseIdempotencyKey(db, userId, key)
}
