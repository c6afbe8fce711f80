import { hash } from '@node-rs/argon2'
import { uuidv7 } from 'uuidv7'
import type { SignupBody } from '../../contract/auth.ts'
import { users } from '../../db/schema/index.ts'
import { findUserByEmail } from '../../db/queries/accounts.ts'
import { sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import type { Deps } from '../deps.ts'
import { tellExistingAccount } from './account-mail.ts'

/** What sign-up says, whether the email was new or already had an account. */
export const SIGNUP_ACCEPTED = {
  status: 'accepted' as const,
  detail: 'If this email can be used, its account is ready: log in with it. If you already had an account, log in with your password.',
}

/**
 * Creates an account when the email is new. It does not log in and answers the same either way
 * (the password is hashed either way too, so the time says nothing), so sign-up never tells
 * whether an email has an account; the client logs in next.
 */
export async function signUp(deps: Deps, body: SignupBody): Promise<typeof SIGNUP_ACCEPTED> {
  const email = body.email.toLowerCase()
  const passwordHash = await hash(body.password)
  const existing = await findUserByEmail(deps.db, email)
  if (existing) {
    await tellExistingAccount(deps, existing)
    return SIGNUP_ACCEPTED
  }
  const user = { id: uuidv7(), email, displayName: body.displayName, passwordHash, createdAt: deps.clock.now() }
  try {
    await deps.db.insert(users).values(user)
  } catch (err) {
    // Signed up twice at once: the other request made the account.
    if (sqlState(err) !== UNIQUE_VIOLATION) throw err
  }
  return SIGNUP_ACCEPTED
}
