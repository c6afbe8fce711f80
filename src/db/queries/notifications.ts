import { and, count, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { notifications, people, workspaceMembers } from '../schema/index.ts'
import type { WorkspaceRole } from '../../domain/roles.ts'

export type NotificationRow = typeof notifications.$inferSelect
export type NewNotification = typeof notifications.$inferInsert

/** Writes notifications; one a person already has for the same event is left as it is (a retried job tells nobody twice). */
export async function insertNotifications(db: Db, rows: NewNotification[]): Promise<number> {
  if (rows.length === 0) return 0
  const written = await db
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: [notifications.workspaceId, notifications.personId, notifications.dedupeKey] })
    .returning({ id: notifications.id })
  return written.length
}

/** A person's inbox, newest first; `before` pages on (an id of the previous page's last row). */
export async function listNotificationRows(
  db: Db,
  workspaceId: string,
  personId: string,
  opts: { unreadOnly: boolean; limit: number; before?: { createdAt: Date; id: string } },
): Promise<NotificationRow[]> {
  const where = [eq(notifications.workspaceId, workspaceId), eq(notifications.personId, personId)]
  if (opts.unreadOnly) where.push(isNull(notifications.readAt))
  if (opts.before) {
    where.push(
      or(lt(notifications.createdAt, opts.before.createdAt), and(eq(notifications.createdAt, opts.before.createdAt), lt(notifications.id, opts.before.id)))!,
    )
  }
  return db
    .select()
    .from(notifications)
    .where(and(...where))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.limit)
}

export async function getNotificationRow(db: Db, workspaceId: string, personId: string, id: string): Promise<NotificationRow | null> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.workspaceId, workspaceId), eq(notifications.personId, personId), eq(notifications.id, id)))
  return row ?? null
}

export async function countUnread(db: Db, workspaceId: string, personId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.workspaceId, workspaceId), eq(notifications.personId, personId), isNull(notifications.readAt)))
  return Number(row?.n ?? 0)
}

/** Marks one of a person's notifications read (kept as first read); false when the person has none with that id. */
export async function markNotificationRead(db: Db, workspaceId: string, personId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.workspaceId, workspaceId), eq(notifications.personId, personId), eq(notifications.id, id)))
    .returning({ id: notifications.id })
  return rows.length === 1
}

/** Marks every unread notification of a person read; how many there were. */
export async function markAllNotificationsRead(db: Db, workspaceId: string, personId: string, now: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.workspaceId, workspaceId), eq(notifications.personId, personId), isNull(notifications.readAt)))
    .returning({ id: notifications.id })
  return rows.length
}

/** The workspace role of each person's account (null for a person without one in this workspace). */
export async function rolesOfPeople(db: Db, workspaceId: string, personIds: readonly string[]): Promise<Map<string, WorkspaceRole | null>> {
  const roles = new Map<string, WorkspaceRole | null>(personIds.map((id) => [id, null]))
  if (personIds.length === 0) return roles
  const rows = await db
    .select({ personId: people.id, role: workspaceMembers.role })
    .from(people)
    .innerJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, people.workspaceId), eq(workspaceMembers.userId, people.userId)))
    .where(and(eq(people.workspaceId, workspaceId), inArray(people.id, [...personIds])))
  for (const r of rows) roles.set(r.personId, r.role)
  return roles
}
