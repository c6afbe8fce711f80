import { and, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { publicHandles } from '../schema/index.ts'

/** The handle an act's public page has, or null. */
export async function handleOfAct(db: Db, workspaceId: string, actId: string): Promise<string | null> {
  const [row] = await db
    .select({ handle: publicHandles.handle })
    .from(publicHandles)
    .where(and(eq(publicHandles.workspaceId, workspaceId), eq(publicHandles.actId, actId)))
  return row?.handle ?? null
}

/** The act that holds a handle on this server (of any workspace), or null. */
export async function holderOfHandle(db: Db, handle: string): Promise<{ workspaceId: string; actId: string } | null> {
  const [holder] = await db
    .select({ workspaceId: publicHandles.workspaceId, actId: publicHandles.actId })
    .from(publicHandles)
    .where(eq(publicHandles.handle, handle))
  return holder ?? null
}

/** Frees the act's handle, if it has one. */
export async function releaseActHandle(db: Db, workspaceId: string, actId: string): Promise<void> {
  await db.delete(publicHandles).where(and(eq(publicHandles.workspaceId, workspaceId), eq(publicHandles.actId, actId)))
}

/** The act's public page moves to this handle (its old handle, if any, is freed). */
export async function moveActHandle(db: Db, claim: { handle: string; workspaceId: string; actId: string; claimedBy: string; claimedAt: Date }): Promise<void> {
  await releaseActHandle(db, claim.workspaceId, claim.actId)
  await db.insert(publicHandles).values(claim)
}
