import type { Db } from '../db/client.ts'
import { availabilityAnswerRows, listAvailabilityRequestRows } from '../db/writes/availability-requests.ts'
import { insertRows } from '../db/writes/bulk.ts'
import { availabilityTitle, countAnswers } from '../domain/availability-requests.ts'
import { fixedClock } from '../domain/clock.ts'
import { notificationTitle, type NotificationKind } from '../domain/notifications.ts'
import { DEFAULT_TRAVEL_POLICY } from '../domain/travel-estimate.ts'
import { mailAvailability } from '../usecases/availability/availability-jobs.ts'
import type { Deps } from '../usecases/deps.ts'
import { singleMail } from '../usecases/mail/notice-mail.ts'
import { queueMail, type MailToQueue } from '../usecases/mail/outbox.ts'
import { DEMO_AVAILABILITY } from './demo-availability.ts'
import type { DemoWorldRows } from './demo-world-rows.ts'

/**
 * The demo's notifications and mail (issue 14 "Demo world", ADR 047), as the notify jobs would have
 * written them with no SMTP server configured (the embedded default): Kendall's summer draft sent
 * round tells James, Carlos and Logan; Carlos's amendment and Logan's counter-proposal tell Kendall;
 * the agreed set list tells the band; Carlos's South America list sent round tells Kendall, James
 * and Logan; the availability request's emails carry each person's signed answer link. Every email
 * is `kept` in the outbox (owners read it), dated when its event happened; every inbox line is read
 * (the band has been in the app since), so a member's unread count starts at zero.
 * Links lead to http://localhost:3000, the app's default GREENROOM_PUBLIC_URL.
 */
const PUBLIC_URL = 'http://localhost:3000'

interface DemoEvent {
  kind: Extract<NotificationKind, 'proposal.sent' | 'proposal.answered' | 'proposal.agreed'>
  proposal: string
  version: number
  actor: string
  to: string[]
  at: string
  answerKind?: string
  /** The answer's id (an answer's event key). */
  answerOf?: string
}

const EVENTS: DemoEvent[] = [
  {
    kind: 'proposal.sent',
    proposal: 'Summer Break Tour 2013',
    version: 1,
    actor: 'Kendall Schmidt',
    to: ['James Maslow', 'Carlos PenaVega', 'Logan Henderson'],
    at: '2013-04-01T18:00:00Z',
  },
  {
    kind: 'proposal.answered',
    proposal: 'Summer Break Tour 2013',
    version: 1,
    actor: 'Carlos PenaVega',
    to: ['Kendall Schmidt'],
    at: '2013-04-02T16:20:00Z',
    answerKind: 'amend',
    answerOf: 'Carlos PenaVega',
  },
  {
    kind: 'proposal.answered',
    proposal: 'Summer Break Tour 2013',
    version: 1,
    actor: 'Logan Henderson',
    to: ['Kendall Schmidt'],
    at: '2013-04-02T19:05:00Z',
    answerKind: 'counter',
    answerOf: 'Logan Henderson',
  },
  {
    kind: 'proposal.agreed',
    proposal: 'Summer Break Tour 2013',
    version: 2,
    actor: 'Logan Henderson',
    to: ['Kendall Schmidt', 'James Maslow', 'Carlos PenaVega', 'Logan Henderson'],
    at: '2013-04-04T21:40:00Z',
  },
  {
    kind: 'proposal.sent',
    proposal: 'South America without Victoria',
    version: 1,
    actor: 'Carlos PenaVega',
    to: ['Kendall Schmidt', 'James Maslow', 'Logan Henderson'],
    at: '2013-04-12T17:30:00Z',
  },
]

export async function loadNotifyDemo(db: Db, rows: DemoWorldRows, opts: { now: Date; newId: () => string }): Promise<void> {
  const workspace = rows.workspaces[0]!
  const workspaceId = workspace.id!
  const person = new Map(rows.people.map((p) => [p.name, p.id!]))
  const address = new Map(rows.users.map((u) => [u.displayName, u.email]))
  const actName = 'Big Time Rush'
  const depsAt = (at: Date): Deps => ({
    db,
    clock: fixedClock(at),
    travel: DEFAULT_TRAVEL_POLICY,
    mail: { transport: null, from: 'Greenroom <greenroom@localhost>', publicUrl: PUBLIC_URL, retrySeconds: 5, timeoutSeconds: 30 },
  })
  const notifications = []
  for (const e of EVENTS) {
    const proposal = rows.setlistProposals.find((p) => p.title === e.proposal)!
    const version = rows.setlistVersions.find((v) => v.proposalId === proposal.id && v.number === e.version)!
    const actorId = person.get(e.actor)!
    const answer = e.answerOf
      ? rows.setlistAnswers.find((a) => a.versionId === version.id && a.personId === person.get(e.answerOf!) && a.kind === e.answerKind)!
      : undefined
    const title = notificationTitle(e.kind, { actorName: e.actor, proposalTitle: proposal.title, actName, answerKind: e.answerKind })
    const dedupeKey = `${e.kind}:${answer?.id ?? version.id}`
    const at = new Date(e.at)
    const link = `/setlists/${proposal.id}`
    for (const name of e.to) {
      notifications.push({
        workspaceId,
        id: opts.newId(),
        personId: person.get(name)!,
        kind: e.kind,
        dedupeKey,
        title,
        link,
        actorPersonId: actorId,
        createdAt: at,
        readAt: new Date(Math.min(at.getTime() + 3 * 3_600_000, opts.now.getTime())),
      })
    }
    const deps = depsAt(at)
    const mails: MailToQueue[] = []
    for (const name of e.to) {
      const to = address.get(name)
      if (!to) continue
      mails.push(
        await singleMail(
          deps,
          { slug: workspace.slug, name: workspace.name },
          {
            workspaceId,
            kind: e.kind,
            personIds: [person.get(name)!],
            dedupeKey,
            title,
            link,
            actorName: e.actor,
            target: proposal.title,
            thing: `setlist:${proposal.id}`,
            thingName: `the ${proposal.title} set list`,
            answerKind: e.answerKind,
          },
          person.get(name)!,
          { address: to, name },
        ),
      )
    }
    await queueMail(deps, workspaceId, mails)
  }
  await insertRows(db, 'notifications', notifications)

  // the availability request (demo-availability.ts): everyone asked had the email with their own answer link
  const request = (await listAvailabilityRequestRows(db, workspaceId, 10)).find((r) => r.title === DEMO_AVAILABILITY.title)
  if (request) {
    const answers = await availabilityAnswerRows(db, workspaceId, [request.id])
    const title = availabilityTitle('asked', { actorName: 'Nadia Ferreira', ...DEMO_AVAILABILITY })
    await mailAvailability(depsAt(request.createdAt), {
      row: request,
      recipients: answers.map((a) => a.personId),
      dedupeKey: `availability.asked:${request.id}`,
      title,
      link: `/availability/${request.id}`,
      step: 'asked',
      counts: countAnswers(answers),
    })
  }
}
