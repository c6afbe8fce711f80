import { uuidv7 } from 'uuidv7'
import type { OutboxMail } from '../../contract/mail.ts'
import {
  bouncedAddresses,
  claimOutboxRow,
  endOutboxTry,
  getOutboxRow,
  insertOutboxRows,
  listOutboxRows,
  markBounce,
  waitingOutboxRows,
  type NewOutboxRow,
  type OutboxRow,
} from '../../db/queries/mail.ts'
import { isPermanentRefusal, type MailKind, type OutboxState } from '../../domain/mail.ts'
import type { JobData, JobKind, JobQueue } from '../../jobs/job-queue.ts'
import { fieldError, ForbiddenError } from '../../domain/errors.ts'
import { grantOf } from '../../domain/permissions.ts'
import type { Actor, Deps } from '../deps.ts'
import type { MailContent } from './templates.tsx'
import { SmtpRefusal } from './transport.ts'
import type { MailSettings } from './settings.ts'

interface MailJobData extends JobData {
  outboxId: string
}

/** A try still claiming a row after this long is taken as dead (its instance was killed): the row may be claimed again. */
export function leaseSecondsOf(settings: Pick<MailSettings, 'timeoutSeconds'>): number {
  return settings.timeoutSeconds * 4
}

/** Delivery jobs: 8 tries with backoff from the configured delay; a try is lost after its lease. */
export function mailJobKind(settings: Pick<MailSettings, 'retrySeconds' | 'timeoutSeconds'>): JobKind {
  return { name: 'mail', retryLimit: 8, retryDelaySeconds: settings.retrySeconds, expireInSeconds: leaseSecondsOf(settings), concurrency: 2 }
}

/** One email to write to the outbox. */
export interface MailToQueue {
  personId: string | null
  toAddress: string
  kind: MailKind
  /** The event it comes from: one email per address and event. */
  dedupeKey: string
  content: MailContent
  headers?: Record<string, string>
}

/**
 * Writes emails to the outbox (once per address and event) and queues a delivery job for each new
 * one; with no SMTP server they are kept for owners to read. An address of the person that bounced
 * before is not tried (suppressed). Returns how many rows were new.
 */
export async function queueMail(deps: Deps, workspaceId: string, mails: MailToQueue[]): Promise<number> {
  const mail = deps.mail
  if (!mail || mails.length === 0) return 0
  const bounced = await bouncedAddresses(
    deps.db,
    workspaceId,
    mails.flatMap((m) => (m.personId ? [m.personId] : [])),
  )
  const host = new URL(mail.publicUrl).hostname || 'greenroom.invalid'
  // react-dom/server is loaded with the first mail, not at start (ADR 052).
  const { renderMail } = await import('./templates.tsx')
  const now = deps.clock.now()
  const rows: NewOutboxRow[] = mails.map((m) => {
    const id = uuidv7()
    const { subject, text, html } = renderMail(m.content)
    const status: OutboxState = m.personId && bounced.has(`${m.personId} ${m.toAddress}`) ? 'suppressed' : mail.transport ? 'queued' : 'kept'
    return {
      workspaceId,
      id,
      personId: m.personId,
      toAddress: m.toAddress,
      kind: m.kind,
      dedupeKey: m.dedupeKey,
      subject,
      text,
      html,
      headers: m.headers ?? {},
      messageId: `<${id}@${host}>`,
      status,
      createdAt: now,
    }
  })
  const written = await insertOutboxRows(deps.db, rows)
  const queue = deps.jobs
  if (queue && mail.transport) {
    const kind = mailJobKind(mail)
    for (const row of written) if (row.status === 'queued') await queue.send<MailJobData>(kind, { workspaceId, outboxId: row.id })
  }
  return written.length
}

/**
 * Delivers one outbox row (ADR 033): claims it (a row sent, bounced, or held by a live try is not
 * claimed), sends it over SMTP with its fixed Message-ID, and records the outcome. A refusal for
 * good (5yz) bounces the row and marks the address on the person; anything else is a failure that
 * pg-boss retries with backoff. The claim commits before the send and the outcome after it: a
 * process killed between the server's "250" and the outcome's commit leaves the row claimed, and
 * the retry after the lease sends it again (at least once, with the same Message-ID).
 */
export async function deliverMail(deps: Deps, data: MailJobData): Promise<'sent' | 'bounced' | 'skipped'> {
  const mail = deps.mail
  if (!mail?.transport) return 'skipped'
  const now = new Date() // wall-clock: a claim's lease must not stand still under a pinned demo clock
  const row = await claimOutboxRow(deps.db, data.workspaceId, data.outboxId, now, new Date(now.getTime() - leaseSecondsOf(mail) * 1000))
  if (!row) {
    const current = await getOutboxRow(deps.db, data.workspaceId, data.outboxId)
    // another live try holds it: try again later, when it has ended (sent: nothing to do) or its lease has lapsed
    if (current?.status === 'sending') throw new Error('another try is sending this email; tried again once its claim lapses')
    return 'skipped'
  }
  const claimedAt = row.claimedAt!
  try {
    await mail.transport.send({
      from: mail.from,
      to: row.toAddress,
      subject: row.subject,
      text: row.text,
      html: row.html,
      messageId: row.messageId,
      headers: row.headers,
    })
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 500)
    if (err instanceof SmtpRefusal && isPermanentRefusal(err.responseCode)) {
      await endOutboxTry(deps.db, row.workspaceId, row.id, claimedAt, { status: 'bounced', error: message })
      if (row.personId)
        await markBounce(deps.db, { workspaceId: row.workspaceId, personId: row.personId, address: row.toAddress, reason: message, bouncedAt: new Date() })
      return 'bounced'
    }
    await endOutboxTry(deps.db, row.workspaceId, row.id, claimedAt, { status: 'failed', error: message })
    throw err
  }
  await endOutboxTry(deps.db, row.workspaceId, row.id, claimedAt, { status: 'sent', sentAt: new Date() })
  return 'sent'
}

/**
 * Works delivery jobs on this instance. At start it queues a job again for every row still waiting
 * (queued, or claimed by a try that may have died): a process killed between a row's commit and its
 * job's send loses no mail, and a duplicate job finds the row claimed or sent and sends nothing.
 */
export async function startMailJobs(deps: Deps, queue: JobQueue, opts: { work: boolean }): Promise<void> {
  const mail = deps.mail
  if (!mail?.transport) return
  const kind = mailJobKind(mail)
  if (!opts.work) return queue.declare(kind)
  await queue.work<MailJobData>(kind, async (data) => {
    await deliverMail(deps, data)
  })
  for (const row of await waitingOutboxRows(deps.db, null, 10_000)) await queue.send<MailJobData>(kind, { workspaceId: row.workspaceId, outboxId: row.id })
}

function present(row: OutboxRow): OutboxMail {
  return {
    id: row.id,
    kind: row.kind as MailKind,
    to: row.toAddress,
    subject: row.subject,
    text: row.text,
    html: row.html,
    headers: row.headers,
    messageId: row.messageId,
    status: row.status as OutboxState,
    attempts: row.attempts,
    lastError: row.lastError,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }
}

/** The workspace's outbox, newest first (owners: it holds every member's address and mail). */
export async function listOutbox(deps: Deps, actor: Actor, opts: { limit: number; before?: string }): Promise<OutboxMail[]> {
  if (grantOf(actor.role, 'mail').read !== 'all') throw new ForbiddenError(`Your role (${actor.role}) may not read the outbox.`)
  let before: { createdAt: Date; id: string } | undefined
  if (opts.before) {
    const row = await getOutboxRow(deps.db, actor.workspaceId, opts.before)
    if (!row) throw fieldError('before', 'no such email in the outbox')
    before = { createdAt: row.createdAt, id: row.id }
  }
  return (await listOutboxRows(deps.db, actor.workspaceId, { limit: opts.limit, before })).map(present)
}
