import { hash } from '@node-rs/argon2'
import { uuidv7 } from 'uuidv7'
import type { SignupBody } from '../../contract/auth.ts'
import { users } from '../../db/schema/index.ts'
import { findUserByEmail } from '../../db/queries/accounts.ts'
import { ConflictError } from '../../domain/errors.ts'
import { sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import type { Deps } from '../deps.ts'
import { startSession } from './start-session.ts'

/** Creates an account and signs it in. */
export async function signUp(deps: Deps, body: SignupBody) {
  const email = body.email.toLowerCase()
  const taken = () => new ConflictError('An account with this email already exists; log in instead.', [{ path: 'email', message: 'already registered' }])
  if (await findUserByEmail(deps.db, email)) throw taken()
  const user = { id: uuidv7(), email, displayName: body.displayName, passwordHash: await hash(body.password), createdAt: deps.clock.now() }
  try {
    await deps.db.insert(users).values(user)
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION) throw taken()
    throw err
  }
  const token = await startSession(deps, user.id)
  return { user: { id: user.id, email, displayName: user.displayName }, token }
}
