import { createHash } from 'node:crypto'
import { uuidv7 } from 'uuidv7'
import type { Db } from '../../db/client.ts'
import { mailAddressesOf } from '../../db/queries/mail.ts'
import {
  deliveriesOfEvent,
  deliverySettingsOf,
  earlierAboutThing,
  insertDeliveries,
  markBatchSent,
  postponeBundle,
  settingsForKind,
  takeDue,
  unfinishedBatch,
} from '../../db/queries/notify.ts'
import { composeBatch, defaultProfile, planDelivery, type DeliveryProfile, type DeliverySetting, type WaitingItem } from '../../domain/notification-delivery.ts'
import type { JobData, JobKind, JobQueue } from '../../jobs/job-queue.ts'
import { getWorkspaceRow } from '../../db/queries/workspaces.ts'
import { KIND_LABELS, mailSubject, type MailKind } from '../../domain/mail.ts'
import type { NotificationKind } from '../../domain/notifications.ts'
import type { Deps } from '../deps.ts'
import { queueMail, type MailToQueue } from './outbox.ts'
import { unsubscribeToken } from './unsubscribe.ts'

/** An event already written to people's inboxes, to mail to those who want it by email. */
export interface NoticeForMail {
  workspaceId: string
  kind: NotificationKind
  /** Everyone told in the app (the permission table decided). */
  personIds: string[]
  /** The event: one email per address and event. */
  dedupeKey: string
  /** The inbox line, the email's heading. */
  title: string
  /** A path under the workspace in the web app, e.g. /setlists/<id>. */
  link: string
  actorName: string
  /** What it is about in a subject line: a show's city, a tour, an act. */
  target: string
  /** What it is about, for bundling: `setlist:<id>`, `show:<id>` (ADR 041). */
  thing: string
  /** The thing in a sentence: "the Houston set list" ("3 changes to the Houston set list"). */
  thingName: string
  answerKind?: string
  runStatus?: string
}

const ACTIONS: Record<MailKind, string> = {
  'proposal.sent': 'Open the set list and answer',
  'proposal.answered': 'See the answer',
  'proposal.agreed': 'See the agreed set list',
  'planner.ended': 'See the planner run',
  'show.changed': 'See the show',
  'commitment.changed': 'See the commitment',
  'conflict.new': 'See the conflict',
  'hold.ending': 'See the holds',
  availability: 'Answer: yes, maybe or no',
  'setlist.applied': 'See the set list',
  invite: 'Open the invite',
  batch: 'Open your inbox',
}

const LINES: Record<NotificationKind, string> = {
  'proposal.sent': 'Approve it, amend it or make a counter-proposal: the set list is agreed when the act’s rule is met.',
  'proposal.answered': 'Their answer is on the set list, with any changes they made.',
  'proposal.agreed': 'This is the set list the act has agreed on.',
  'planner.ended': 'The run you asked for has ended.',
  'show.changed': 'You are on this show’s lineup. Times are the venue’s.',
  'commitment.changed': 'You are on this commitment. Times are the place’s.',
  'conflict.new': 'Two things now ask for the same person at the same time: the conflict was acknowledged when it was saved.',
  'hold.ending': 'You are a writer of this song. When the hold ends, the song is free to pitch again.',
  availability: 'Say whether you can do it: yes, maybe or no, with a comment.',
  'setlist.applied': 'You are on this show’s lineup: this is the set list you will play.',
}

/** The email of one notification to one person. */
export async function singleMail(
  deps: Deps,
  ws: { slug: string; name: string },
  n: NoticeForMail,
  personId: string,
  to: { address: string; name: string },
): Promise<MailToQueue> {
  const mail = deps.mail!
  const url = `${mail.publicUrl}/w/${encodeURIComponent(ws.slug)}${n.link}`
  const subject = mailSubject(n.kind, { actorName: n.actorName, target: n.target, answerKind: n.answerKind, runStatus: n.runStatus, title: n.title })
  const unsubscribeUrl = `${mail.publicUrl}/unsubscribe/${await unsubscribeToken(deps, { workspaceId: n.workspaceId, personId, kind: n.kind })}`
  return {
    personId,
    toAddress: to.address,
    kind: n.kind,
    dedupeKey: n.dedupeKey,
    content: {
      subject,
      preheader: n.title,
      heading: n.title,
      paragraphs: [`Hello ${to.name},`, LINES[n.kind], `In ${ws.name}.`],
      action: { label: ACTIONS[n.kind], url },
      unsubscribe: { what: KIND_LABELS[n.kind], url: unsubscribeUrl },
    },
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}

/**
 * Writes the emails of an event for everyone told who has an address, by each person's settings
 * (ADR 041): off, at once, or waiting (a digest, quiet hours, a bundle of changes to the same thing)
 * in `notification_deliveries` for a `notify-flush` job at its due time. Every decision is stored per
 * person and event first, so a notify job that runs again decides nothing twice. Returns how many
 * emails were written to the outbox now.
 */
export async function mailNotice(deps: Deps, n: NoticeForMail): Promise<number> {
  const mail = deps.mail
  if (!mail || n.personIds.length === 0) return 0
  const db = deps.db
  const settings = await settingsForKind(db, n.workspaceId, n.personIds, n.kind, 'email')
  const addresses = await mailAddressesOf(
    db,
    n.workspaceId,
    n.personIds.filter((id) => settings.get(id) !== 'off'),
  )
  if (addresses.size === 0) return 0
  const ws = await getWorkspaceRow(db, n.workspaceId)
  if (!ws) return 0
  const people = [...addresses.keys()]
  const now = deps.clock.now()
  const profiles = await profilesOf(db, n.workspaceId, people)
  const earlier = await earlierAboutThing(db, n.workspaceId, 'email', n.thing, n.dedupeKey, people)
  const rows = []
  for (const personId of people) {
    const before = earlier.get(personId)
    const plan = planDelivery({
      setting: (settings.get(personId) ?? 'immediately') as DeliverySetting,
      profile: profiles.get(personId)!,
      now,
      lastAboutSameThing: before?.last ?? null,
      bundleWaiting: before?.bundleWaiting ?? false,
      bundleWindowMs: mail.bundleSeconds !== undefined ? mail.bundleSeconds * 1000 : undefined,
    })
    if (plan.send === 'never') continue
    rows.push({
      workspaceId: n.workspaceId,
      id: uuidv7(),
      personId,
      channel: 'email',
      kind: n.kind,
      dedupeKey: n.dedupeKey,
      thing: n.thing,
      thingName: n.thingName,
      title: n.title,
      link: n.link,
      reason: plan.send === 'now' ? 'now' : plan.reason,
      dueAt: plan.send === 'now' ? now : plan.at,
      sentAt: plan.send === 'now' ? now : null,
      createdAt: now,
    })
  }
  await insertDeliveries(db, rows)
  // what is stored decides (an earlier try's decision stands)
  const stored = await deliveriesOfEvent(db, n.workspaceId, 'email', n.dedupeKey, people)
  const mails: MailToQueue[] = []
  for (const row of stored) {
    if (row.reason === 'now') {
      mails.push(await singleMail(deps, ws, n, row.personId, addresses.get(row.personId)!))
      continue
    }
    if (row.sentAt || row.batchId) continue
    if (row.reason === 'bundle') await postponeBundle(db, n.workspaceId, row.personId, 'email', n.thing, row.dueAt)
    await scheduleFlush(deps, { workspaceId: n.workspaceId, personId: row.personId, dueAt: row.dueAt.toISOString() })
  }
  return queueMail(deps, n.workspaceId, mails)
}

/** Each person's delivery profile: what they saved, else the defaults. */
export async function profilesOf(db: Db, workspaceId: string, personIds: readonly string[]): Promise<Map<string, DeliveryProfile>> {
  const saved = new Map((await deliverySettingsOf(db, workspaceId, personIds)).map((r) => [r.personId, r]))
  const out = new Map<string, DeliveryProfile>()
  for (const id of personIds) {
    const s = saved.get(id)
    out.set(
      id,
      s
        ? { zone: s.zone, digestTime: s.digestTime, quietHours: s.quietStart && s.quietEnd ? { start: s.quietStart, end: s.quietEnd } : null }
        : defaultProfile(null),
    )
  }
  return out
}

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
          action: { label: message.link === '/inbox' ? ACTIONS.batch : ACTIONS[oneKind ?? 'batch'], url: `${base}${message.link}` },
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

/**
 * An invite made for an address: the address gets the link. The link only shows the invite (a GET
 * changes nothing); joining takes a login and a POST.
 */
export async function mailInvite(
  deps: Deps,
  i: { workspaceId: string; inviteId: string; address: string; token: string; role: string; inviterName: string; expiresAt: Date },
): Promise<number> {
  const mail = deps.mail
  if (!mail) return 0
  const ws = await getWorkspaceRow(deps.db, i.workspaceId)
  if (!ws) return 0
  const url = `${mail.publicUrl}/invite/${encodeURIComponent(i.token)}`
  const subject = mailSubject('invite', { actorName: i.inviterName, target: ws.name, workspaceName: ws.name })
  return queueMail(deps, i.workspaceId, [
    {
      personId: null,
      toAddress: i.address,
      kind: 'invite',
      dedupeKey: `invite:${i.inviteId}`,
      content: {
        subject,
        preheader: `${i.inviterName} invites you to join ${ws.name} as ${i.role}.`,
        heading: `${i.inviterName} invites you to ${ws.name}`,
        paragraphs: [
          `You are invited to join ${ws.name} on Greenroom as ${i.role}.`,
          `Sign in or create an account with this address to accept. The link works until ${i.expiresAt.toISOString().slice(0, 10)}.`,
        ],
        action: { label: ACTIONS.invite, url },
      },
    },
  ])
}
