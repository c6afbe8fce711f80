import { createHash } from 'node:crypto'
import { uuidv7 } from 'uuidv7'
import { mailAddressesOf } from '../../db/queries/mail.ts'
import { markBatchSent, takeDue, unfinishedBatch } from '../../db/queries/notify.ts'
import { composeBatch, type WaitingItem } from '../../domain/notification-delivery.ts'
import type { JobData, JobKind, JobQueue } from '../../jobs/job-queue.ts'
import { getWorkspaceRow } from '../../db/queries/workspaces.ts'
import { KIND_LABELS, MAIL_ACTIONS } from '../../domain/mail.ts'
import type { NotificationKind } from '../../domain/notifications.ts'
import type { Deps } from '../deps.ts'
import { queueMail } from './outbox.ts'
import { unsubscribeToken } from './unsubscribe.ts'

/** Flush jobs (ADR 041): a person's waiting notifications, due by a time, go as one email. */
export interface FlushJobData extends JobData {
  personId: string
  /** ISO instant: the job takes the person's rows due by then. */
  dueAt: string
}

export const NOTIFY_FLUSH_JOB: JobKind = { name: 'notify-flush', retryLimit: 5, retryDelaySeconds: 5, expireInSeconds: 120, concurrency: 2 }

/**
 * Queues the flush of a person's notifications due at a time, as a pg-boss job that starts then
 * (`startAfter`). Its id is derived from the person and the time, so every notification due then
 * shares one job (pg-boss inserts a job whose id exists as nothing: `ON CONFLICT DO NOTHING`). The
 * delay is measured on the app's clock (a pinned demo clock included) and waited in real time.
 */
export async function scheduleFlush(deps: Deps, data: FlushJobData): Promise<void> {
  if (!deps.jobs) return
  const delayMs = Math.max(0, new Date(data.dueAt).getTime() - deps.clock.now().getTime())
  const id = uuidFrom(`notify-flush ${data.workspaceId} ${data.personId} ${data.dueAt}`)
  await deps.jobs.send(NOTIFY_FLUSH_JOB, data, { id, startAfter: new Date(Date.now() + delayMs) })
}

/** A UUID (version 8, RFC 9562) derived from a name: the same name, the same id. */
function uuidFrom(name: string): string {
  const h = createHash('sha256').update(name).digest()
  h[6] = (h[6]! & 0x0f) | 0x80
  h[8] = (h[8]! & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`
}

/**
 * Runs one flush: takes the person's rows due by the job's time into one batch (or finds the batch
 * an earlier try took and did not finish), writes its one email to the outbox (its key is the
 * batch: a retry writes nothing twice), then marks the rows sent. Returns how many notifications went.
 */
export async function flushDeliveries(deps: Deps, data: FlushJobData): Promise<number> {
  const db = deps.db
  const ws = data.workspaceId
  let rows = await unfinishedBatch(db, ws, data.personId, 'email')
  if (rows.length === 0) rows = await takeDue(db, ws, data.personId, 'email', new Date(data.dueAt), uuidv7())
  if (rows.length === 0) return 0
  const batchId = rows[0]!.batchId!
  const mail = deps.mail
  const workspace = await getWorkspaceRow(db, ws)
  const to = (await mailAddressesOf(db, ws, [data.personId])).get(data.personId)
  if (mail && workspace && to) {
    const base = `${mail.publicUrl}/w/${encodeURIComponent(workspace.slug)}`
    const message = composeBatch(
      rows.map((r) => ({
        thing: r.thing,
        thingName: r.thingName,
        title: r.title,
        link: r.link,
        reason: r.reason as WaitingItem['reason'],
        createdAt: r.createdAt,
      })),
      '/inbox',
    )
    const kinds = new Set(rows.map((r) => r.kind))
    const oneKind = kinds.size === 1 ? (rows[0]!.kind as NotificationKind) : null
    const unsubscribeUrl = oneKind
      ? `${mail.publicUrl}/unsubscribe/${await unsubscribeToken(deps, { workspaceId: ws, personId: data.personId, kind: oneKind })}`
      : null
    await queueMail(deps, ws, [
      {
        personId: data.personId,
        toAddress: to.address,
        kind: rows.length === 1 && oneKind ? oneKind : 'batch',
        dedupeKey: `batch:${batchId}`,
        content: {
          subject: message.subject,
          preheader: message.lines[0]!.title,
          heading: message.heading,
          paragraphs: [`Hello ${to.name},`, ...message.lines.map((l) => `• ${l.title} (${base}${l.link})`), `In ${workspace.name}.`],
          action: { label: message.link === '/inbox' ? MAIL_ACTIONS.batch : MAIL_ACTIONS[oneKind ?? 'batch'], url: `${base}${message.link}` },
          unsubscribe: unsubscribeUrl ? { what: KIND_LABELS[oneKind!], url: unsubscribeUrl } : { what: 'your notification settings', url: `${base}/inbox` },
        },
        headers: unsubscribeUrl ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
      },
    ])
  }
  await markBatchSent(db, ws, batchId, deps.clock.now())
  return rows.length
}

/** Works flush jobs on this instance (or only declares the queue). */
export async function startFlushJobs(deps: Deps, queue: JobQueue, opts: { work: boolean }): Promise<void> {
  if (!opts.work) return queue.declare(NOTIFY_FLUSH_JOB)
  await queue.work<FlushJobData>(NOTIFY_FLUSH_JOB, async (data) => {
    await flushDeliveries(deps, data)
  })
}
