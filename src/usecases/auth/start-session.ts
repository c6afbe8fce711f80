import { sessions } from '../../db/schema/index.ts'
import type { Deps } from '../deps.ts'
import { newSecret, SESSION_DAYS } from './session-token.ts'

/** Stores a new session for the user and returns the token for the cookie. */
export async function startSession(deps: Deps, userId: string): Promise<string> {
  const { token, hash } = newSecret()
  const now = deps.clock.now()
  // Sessions expire by wall-clock time, not by the (possibly pinned) application clock, so a demo
  // pinned to 2013 still keeps people logged in.
  const expiresAt = new Date(Math.max(now.getTime(), Date.now()) + SESSION_DAYS * 86_400_000)
  await deps.db.insert(sessions).values({ tokenHash: hash, userId, createdAt: now, expiresAt })
  return token
}
