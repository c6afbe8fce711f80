import { eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { sessions } from '../schema/index.ts'

/** Ends the session with this token hash (logging out); nothing when there is none. */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash))
}
