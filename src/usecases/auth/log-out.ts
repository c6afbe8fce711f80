import { deleteSession } from '../../db/queries/sessions.ts'
import type { Deps } from '../deps.ts'
import { hashSecret } from './session-token.ts'

export async function logOut(deps: Deps, token: string): Promise<void> {
  await deleteSession(deps.db, hashSecret(token))
}
