import { uuidv7 } from 'uuidv7'
import { insertDeliveries, subscriptionsToPush } from '../../db/queries/push.ts'
import { getWorkspaceRow } from '../../db/queries/workspaces.ts'
import type { NotificationKind } from '../../domain/notifications.ts'
import type { Deps } from '../deps.ts'
import { PUSH_JOB, type PushJobData } from './delivery.ts'

/** An event already written to people's inboxes, to push to the devices of those who want it. */
export interface NoticeForPush {
  workspaceId: string
  kind: NotificationKind
  /** Everyone told in the app (the permission table decided). */
  personIds: string[]
  /** The event: one push per device and event. */
  dedupeKey: string
  /** The inbox line: the push's body, nothing more. */
  title: string
  /** A path under the workspace in the web app, e.g. /setlists/<id>. */
  link: string
}

/**
 * Writes one delivery per device of everyone told who has not turned the kind's push off (no row:
 * on), and queues a `push` job for each still waiting. Called by the notify job beside the email;
 * a retried notify job writes no second delivery, and a delivery's job that ran already finds it
 * sent. Returns how many deliveries wait.
 */
export async function pushNotice(deps: Deps, n: NoticeForPush): Promise<number> {
  if (!deps.jobs || n.personIds.length === 0) return 0
  const devices = await subscriptionsToPush(deps.db, n.workspaceId, n.personIds, n.kind)
  if (devices.length === 0) return 0
  const ws = await getWorkspaceRow(deps.db, n.workspaceId)
  if (!ws) return 0
  const now = deps.clock.now()
  const waiting = await insertDeliveries(
    deps.db,
    n.workspaceId,
    devices.map((d) => ({
      workspaceId: n.workspaceId,
      id: uuidv7(),
      subscriptionId: d.id,
      dedupeKey: n.dedupeKey,
      kind: n.kind,
      title: ws.name,
      body: n.title,
      url: `/w/${encodeURIComponent(ws.slug)}${n.link}`,
      status: 'queued',
      createdAt: now,
    })),
  )
  for (const id of waiting) await deps.jobs.send<PushJobData>(PUSH_JOB(deps), { workspaceId: n.workspaceId, deliveryId: id })
  return waiting.length
}
