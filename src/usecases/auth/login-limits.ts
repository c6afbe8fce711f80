import { createHash } from 'node:crypto'
import type { Db } from '../../db/client.ts'
import { clearFailures, countFailure, forgiveOneFailure, sweepLoginWindows } from '../../db/writes/login-failures.ts'
import { DomainError } from '../../domain/errors.ts'

/** Failed logins one account may take within the window, whatever addresses they come from. */
export const LOGIN_FAILURES_PER_ACCOUNT = 10
/** Failed logins one client address may make within the window, whatever accounts they try. */
export const LOGIN_FAILURES_PER_ADDRESS = 30
export const LOGIN_WINDOW_SECONDS = 15 * 60

/** Too many failed logins: the HTTP layer answers 429 with Retry-After. */
export class LoginLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate-limited', `Too many failed logins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, { retryAfterSeconds })
  }
}

function keyOf(kind: 'account' | 'address', value: string): string {
  return `${kind}:${createHash('sha256').update(value).digest('base64url')}`
}

export interface LoginAttempt {
  email: string
  address: string
  /** Wall-clock time (never the pinned demo clock, or the window would never pass). */
  now: Date
}

/**
 * Counts one attempt against the account and the address before the password is checked, in one
 * statement each, so a burst of parallel guesses sees its own count; refuses when either is over
 * its limit. A fixed window: it starts at the first failure and lasts LOGIN_WINDOW_SECONDS.
 */
export async function countLoginAttempt(db: Db, attempt: LoginAttempt): Promise<void> {
  const cutoff = new Date(attempt.now.getTime() - LOGIN_WINDOW_SECONDS * 1000)
  const limits: [string, number][] = [
    [keyOf('account', attempt.email.toLowerCase()), LOGIN_FAILURES_PER_ACCOUNT],
    [keyOf('address', attempt.address), LOGIN_FAILURES_PER_ADDRESS],
  ]
  // Windows that have passed are swept first.
  await sweepLoginWindows(db, cutoff)
  let retryAfter = 0
  for (const [key, max] of limits) {
    const row = await countFailure(db, key, attempt.now, cutoff)
    if (row && row.failures > max) {
      const ends = row.windowStartedAt.getTime() + LOGIN_WINDOW_SECONDS * 1000
      retryAfter = Math.max(retryAfter, Math.max(1, Math.ceil((ends - attempt.now.getTime()) / 1000)))
    }
  }
  if (retryAfter > 0) throw new LoginLimitedError(retryAfter)
}

/**
 * A successful login does not count: its attempt comes off the address again, and the account's
 * count starts over.
 */
export async function forgiveLoginAttempt(db: Db, attempt: LoginAttempt): Promise<void> {
  await clearFailures(db, keyOf('account', attempt.email.toLowerCase()))
  await forgiveOneFailure(db, keyOf('address', attempt.address))
}
