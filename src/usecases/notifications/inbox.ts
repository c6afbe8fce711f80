import type { Notification } from '../../contract/notifications.ts'
import {
  countUnread,
  getNotificationRow,
  listNotificationRows,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationRow,
} from '../../db/queries/notifications.ts'
import { fieldError, NotFoundError } from '../../domain/errors.ts'
import type { NotificationKind } from '../../domain/notifications.ts'
import type { Actor, Deps } from '../deps.ts'
import { personOfActor } from '../read-access.ts'

/**
 * The signed-in person's inbox (issue 14): their own notifications and nobody else's, whatever their
 * role (resource `notifications`, read and write `own`). An account without a person record in the
 * workspace has an empty inbox.
 */
async function personOf(deps: Deps, actor: Actor): Promise<string | null> {
  return personOfActor(deps, actor)
}

function present(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  }
}

export async function listNotifications(deps: Deps, actor: Actor, opts: { unreadOnly: boolean; limit: number; before?: string }): Promise<Notification[]> {
  const personId = await personOf(deps, actor)
  if (!personId) return []
  let before: { createdAt: Date; id: string } | undefined
  if (opts.before) {
    const row = await getNotificationRow(deps.db, actor.workspaceId, personId, opts.before)
    if (!row) throw fieldError('before', 'no such notification in your inbox')
    before = { createdAt: row.createdAt, id: row.id }
  }
  return (await listNotificationRows(deps.db, actor.workspaceId, personId, { unreadOnly: opts.unreadOnly, limit: opts.limit, before })).map(present)
}

export async function unreadNotifications(deps: Deps, actor: Actor): Promise<{ unread: number }> {
  const personId = await personOf(deps, actor)
  return { unread: personId ? await countUnread(deps.db, actor.workspaceId, personId) : 0 }
}

/** Marks one of the reader's notifications read; someone else's is a 404, as if it did not exist. */
export async function readNotification(deps: Deps, actor: Actor, id: string): Promise<Notification> {
  const personId = await personOf(deps, actor)
  if (!personId || !(await markNotificationRead(deps.db, actor.workspaceId, personId, id, deps.clock.now()))) throw new NotFoundError('notification', id)
  await deps.events?.publish({ workspaceId: actor.workspaceId, kind: 'notification', notificationId: id })
  return present((await getNotificationRow(deps.db, actor.workspaceId, personId, id))!)
}

export async function readAllNotifications(deps: Deps, actor: Actor): Promise<{ marked: number }> {
  const personId = await personOf(deps, actor)
  const marked = personId ? await markAllNotificationsRead(deps.db, actor.workspaceId, personId, deps.clock.now()) : 0
  if (marked > 0) await deps.events?.publish({ workspaceId: actor.workspaceId, kind: 'notification' })
  return { marked }
}
