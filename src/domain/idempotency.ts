/**
 * Idempotency keys (IETF draft "The Idempotency-Key HTTP Header Field"): a client that may send
 * the same change twice (the offline outbox resends when an answer was lost) names it with a key,
 * and the server answers a repeat with the first answer instead of doing the change again.
 * Pure rules here; storage in db/queries/idempotency-keys.ts, HTTP in http/idempotency.ts.
 */

/** How long an answer is kept for replay. The outbox resends within minutes; a day covers a phone left offline overnight. */
export const IDEMPOTENCY_RETENTION_HOURS = 24
/** A claim older than this with no answer is taken as abandoned (the server stopped mid-request) and may be taken over. */
export const IDEMPOTENCY_PENDING_SECONDS = 60
export const IDEMPOTENCY_KEY_MAX = 255

/** Visible ASCII only (no spaces, no control characters), 1–255 characters: a UUID fits, a header injection does not. */
export function idempotencyKeyProblem(value: string | string[] | undefined): string | null {
  if (value === undefined) return null
  if (Array.isArray(value)) return 'send one Idempotency-Key'
  if (value.length === 0) return 'must not be empty'
  if (value.length > IDEMPOTENCY_KEY_MAX) return `at most ${IDEMPOTENCY_KEY_MAX} characters`
  if (!/^[\x21-\x7e]+$/.test(value)) return 'visible ASCII characters only (a UUID is a good key)'
  return null
}

export interface KeptRequest {
  /** What the request said: method, address and body (a hash). */
  fingerprint: string
  state: 'pending' | 'done'
  startedAt: Date
}

export type RepeatDecision =
  /** The first answer is sent again; the change is not done twice. */
  | 'replay'
  /** The same key with a different request: a client bug, refused (422). */
  | 'key-reused'
  /** The first request is still being handled: try again shortly (409). */
  | 'in-progress'
  /** The first request was abandoned without an answer: this one does it. */
  | 'take-over'

/** What to do with a request whose key is already kept. */
export function decideRepeat(kept: KeptRequest, fingerprint: string, now: Date): RepeatDecision {
  if (kept.fingerprint !== fingerprint) return 'key-reused'
  if (kept.state === 'done') return 'replay'
  return now.getTime() - kept.startedAt.getTime() > IDEMPOTENCY_PENDING_SECONDS * 1000 ? 'take-over' : 'in-progress'
}

/** Which answers are kept for replay: every answer the client could act on; a server failure is not (the retry does the work). */
export function isReplayable(status: number): boolean {
  return status < 500
}
