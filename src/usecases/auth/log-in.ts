import { verify } from '@node-rs/argon2'
import type { LoginBody } from '../../contract/auth.ts'
import { findUserByEmail } from '../../db/queries/accounts.ts'
import { DomainError } from '../../domain/errors.ts'
import type { Deps } from '../deps.ts'
import { startSession } from './start-session.ts'

// Verified against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$+52M6plp+zRhfDpr70NUjA$o4++FEHAZXvn4tIjTahq/QYHyYKwzDUB/6cMe9oRFnE'

/** Checks the password and starts a session; one message for unknown email and wrong password. */
export async function logIn(deps: Deps, body: LoginBody) {
  const user = await findUserByEmail(deps.db, body.email)
  const ok = await verify(user?.passwordHash ?? DUMMY_HASH, body.password).catch(() => false)
  if (!user || !ok)
    throw new DomainError('unauthenticated', 'That email and password do not match an account.', {
      errors: [{ path: 'password', message: 'email or password is wrong' }],
    })
  const token = await startSession(deps, user.id)
  return { user: { id: user.id, email: user.email, displayName: user.displayName }, token }
}
