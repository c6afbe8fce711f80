import { eq } from 'drizzle-orm'
import { sessions } from '../../db/schema/index.ts'
import type { Deps } from '../deps.ts'
import { hashSecret } from './session-token.ts'

export async function logOut(deps: Deps, token: string): Promise<void> {
  await deps.db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(token)))
}
