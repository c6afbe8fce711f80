import { createHash } from 'node:crypto'
import { claimDelivery, deleteSubscriptionById, endDeliveryTry, getDelivery, waitingDeliveries } from '../../db/queries/push.ts'
import type { PushPayload } from '../../domain/push.ts'
import type { JobData, JobKind, JobQueue } from '../../jobs/job-queue.ts'
import type { Deps } from '../deps.ts'
import type { PushSettings } from './settings.ts'
import { vapidKeys } from './vapid.ts'

export interface PushJobData extends JobData {
  deliveryId: string
}

const DEFAULTS: PushSettings = { subject: 'mailto:greenroom@localhost', retrySeconds: 5, timeoutSeconds: 30, allowLoopbackHttp: false }
const settingsOf = (deps: Deps): PushSettings => deps.push ?? DEFAULTS

/** A try still claiming a delivery after this long is taken as dead (its instance was killed). */
const leaseSeconds = (s: PushSettings) => s.timeoutSeconds * 4

/** Push jobs (ADR 044, retried as ADR 029 says): 8 tries with backoff; a try is lost after its lease. */
export function PUSH_JOB(deps: Deps): JobKind {
  const s = settingsOf(deps)
  return { name: 'push', retryLimit: 8, retryDelaySeconds: s.retrySeconds, expireInSeconds: leaseSeconds(s), concurrency: 4 }
}

/** A push service answered with a status that is neither success nor "gone". */
export class PushRefusal extends Error {
  constructor(readonly status: number) {
    super(`the push service answered ${status}`)
  }
}

/** How long a push service keeps a push for a device that is offline: a day (then the inbox has it). */
const TTL_SECONDS = 24 * 3600

/**
 * Runs one push job: claims the delivery (so a retry or a second instance never pushes it twice),
 * encrypts the payload to the device (RFC 8291, aes128gcm), signs with VAPID (RFC 8292) and POSTs it.
 * 404/410: the device is gone, its subscription is removed; any other failure throws for a retry.
 */
export async function deliverPush(deps: Deps, data: PushJobData): Promise<'sent' | 'gone' | 'skipped'> {
  const settings = settingsOf(deps)
  const now = new Date() // wall-clock: a claim's lease must not stand still under a pinned demo clock
  const claimed = await claimDelivery(deps.db, data.workspaceId, data.deliveryId, now, new Date(now.getTime() - leaseSeconds(settings) * 1000))
  if (!claimed) {
    const current = await getDelivery(deps.db, data.workspaceId, data.deliveryId)
    if (current?.status === 'sending') throw new Error('another try is sending this push; tried again once its claim lapses')
    return 'skipped'
  }
  const { delivery, subscription } = claimed
  const claimedAt = delivery.claimedAt!
  const keys = await vapidKeys(deps)
  const payload: PushPayload = { title: delivery.title, body: delivery.body, url: delivery.url, tag: topicOf(delivery.dedupeKey) }
  const { default: webpush } = await import('web-push') // loaded on first push, not at start (ADR 052)
  const request = webpush.generateRequestDetails(
    { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
    JSON.stringify(payload),
    {
      vapidDetails: { subject: settings.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
      TTL: TTL_SECONDS,
      urgency: 'normal',
      topic: payload.tag,
      contentEncoding: 'aes128gcm',
    },
  )
  let status: number
  try {
    const headers = Object.fromEntries(
      Object.entries(request.headers)
        .filter(([name]) => name.toLowerCase() !== 'content-length')
        .map(([k, v]) => [k, String(v)]),
    )
    const res = await fetch(request.endpoint, {
      method: 'POST',
      headers,
      body: request.body ? new Uint8Array(request.body) : null,
      redirect: 'error',
      signal: AbortSignal.timeout(settings.timeoutSeconds * 1000),
    })
    status = res.status
    await res.body?.cancel()
  } catch (err) {
    await endDeliveryTry(deps.db, delivery.workspaceId, delivery.id, claimedAt, {
      status: 'failed',
      error: (err instanceof Error ? err.message : String(err)).slice(0, 500),
    })
    throw err
  }
  if (status === 404 || status === 410) {
    await deleteSubscriptionById(deps.db, delivery.workspaceId, subscription.id)
    return 'gone'
  }
  if (status < 200 || status >= 300) {
    const refusal = new PushRefusal(status)
    await endDeliveryTry(deps.db, delivery.workspaceId, delivery.id, claimedAt, { status: 'failed', error: refusal.message })
    throw refusal
  }
  await endDeliveryTry(deps.db, delivery.workspaceId, delivery.id, claimedAt, { status: 'sent', sentAt: new Date() })
  return 'sent'
}

/**
 * Works push jobs on this instance. At start it queues a job again for every delivery still
 * waiting (a process killed between a delivery's commit and its job's send loses no push; a
 * duplicate job finds it claimed or sent and sends nothing).
 */
export async function startPushJobs(deps: Deps, queue: JobQueue, opts: { work: boolean }): Promise<void> {
  const kind = PUSH_JOB(deps)
  if (!opts.work) return queue.declare(kind)
  await queue.work<PushJobData>(kind, async (data) => {
    await deliverPush(deps, data)
  })
  for (const row of await waitingDeliveries(deps.db, 10_000)) await queue.send<PushJobData>(kind, { workspaceId: row.workspaceId, deliveryId: row.id })
}

/** The push's tag and Topic (RFC 8030 §5.4: at most 32 base64url characters): one event, one notification on the device. */
export function topicOf(dedupeKey: string): string {
  return createHash('sha256').update(dedupeKey).digest().subarray(0, 24).toString('base64url')
}
