import { uuidv7 } from 'uuidv7'
import type { Db } from '../../db/client.ts'
import { mailAddressesOf } from '../../db/queries/mail.ts'
import { deliveriesOfEvent, deliverySettingsOf, earlierAboutThing, insertDeliveries, postponeBundle, settingsForKind } from '../../db/queries/notify.ts'
import { defaultProfile, planDelivery, type DeliveryProfile, type DeliverySetting } from '../../domain/notification-delivery.ts'
import { getWorkspaceRow } from '../../db/queries/workspaces.ts'
import { KIND_LABELS, MAIL_ACTIONS, mailSubject, NOTICE_LINES } from '../../domain/mail.ts'
import type { NotificationKind } from '../../domain/notifications.ts'
import type { Deps } from '../deps.ts'
import { scheduleFlush } from './flush-job.ts'
import { queueMail, type MailToQueue } from './outbox.ts'
import { unsubscribeToken } from './unsubscribe.ts'

// An event's notification as email, to each person told who wants it by email, now or later (ADR 041).
// What waits is sent by flush-job.ts; an invite's email is invite-mail.ts.

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
      paragraphs: [`Hello ${to.name},`, NOTICE_LINES[n.kind], `In ${ws.name}.`],
      action: { label: MAIL_ACTIONS[n.kind], url },
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
