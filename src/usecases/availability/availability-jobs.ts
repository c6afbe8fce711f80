import { uuidv7 } from 'uuidv7'
import { mailAddressesOf, peopleWithEmailOff } from '../../db/queries/mail.ts'
import { insertNotifications, rolesOfPeople } from '../../db/queries/notifications.ts'
import { personNames } from '../../db/queries/people.ts'
import { getWorkspaceRow } from '../../db/queries/workspaces.ts'
import { availabilityAnswerRows, getAvailabilityRequestRow } from '../../db/writes/availability-requests.ts'
import { availabilityTitle, countAnswers, datesLabel, deadlineOf, isOpen, reminderInstants } from '../../domain/availability-requests.ts'
import { KIND_LABELS, mailSubject } from '../../domain/mail.ts'
import { grantOf } from '../../domain/permissions.ts'
import type { WorkspaceRole } from '../../domain/roles.ts'
import type { JobData, JobKind, JobQueue } from '../../jobs/job-queue.ts'
import type { Deps } from '../deps.ts'
import { queueMail, type MailToQueue } from '../mail/outbox.ts'
import { unsubscribeToken } from '../mail/unsubscribe.ts'
import { answerToken } from './answer-token.ts'
import { pushNotice } from '../push/push-notice.ts'

/**
 * The availability request's messages (ADR 042), written by `availability` jobs (pg-boss, ADR 029):
 * - `asked`, queued when the request is made: everyone asked;
 * - `reminder`, queued to start at 09:00 two days before the answer-by date and at 09:00 on it (on the
 *   request's clock): those asked who have not answered, while the request is open;
 * - `deadline`, queued to start at the deadline: whoever asked, with the summary (unless they closed it before).
 * Each message's key (request, step, day) makes a retried job tell and mail nobody twice. The job reads
 * the request when it runs: a request closed, removed or answered by all meanwhile tells nobody.
 */
export interface AvailabilityNotice extends JobData {
  requestId: string
  step: 'asked' | 'reminder' | 'deadline'
  /** For a reminder: how many days before the answer-by date it is due (2, 0). */
  daysBefore?: number
}

export const AVAILABILITY_JOB: JobKind = { name: 'availability', retryLimit: 5, retryDelaySeconds: 5, expireInSeconds: 120, concurrency: 1 }

/** A job that runs earlier than its time (a clock ahead of the queue's) is put back until then. */
const EARLY_TOLERANCE_MS = 60_000

export async function tellAboutAvailability(deps: Deps, notice: AvailabilityNotice): Promise<void> {
  await deps.jobs?.send(AVAILABILITY_JOB, notice)
}

/** When each reminder and the deadline are due, for a request answered by `answerBy` on `timeZone`'s clock; past ones are left out. */
export function availabilitySchedule(answerBy: string, timeZone: string, now: Date): { step: 'reminder' | 'deadline'; daysBefore?: number; at: Date }[] {
  return [
    ...reminderInstants(answerBy, timeZone).map((r) => ({ step: 'reminder' as const, daysBefore: r.daysBefore, at: r.at })),
    { step: 'deadline' as const, at: deadlineOf(answerBy, timeZone) },
  ].filter((s) => s.at > now)
}

export async function scheduleAvailabilityJobs(deps: Deps, r: { workspaceId: string; requestId: string; answerBy: string; timeZone: string }): Promise<void> {
  if (!deps.jobs) return
  const now = deps.clock.now()
  for (const s of availabilitySchedule(r.answerBy, r.timeZone, now)) {
    const data: AvailabilityNotice = {
      workspaceId: r.workspaceId,
      requestId: r.requestId,
      step: s.step,
      ...(s.daysBefore !== undefined ? { daysBefore: s.daysBefore } : {}),
    }
    await deps.jobs.send(AVAILABILITY_JOB, data, { startAfterSeconds: (s.at.getTime() - now.getTime()) / 1000 })
  }
}

export async function startAvailabilityJobs(deps: Deps, queue: JobQueue, opts: { work: boolean }): Promise<void> {
  if (!opts.work) return queue.declare(AVAILABILITY_JOB)
  await queue.work<AvailabilityNotice>(AVAILABILITY_JOB, async (notice) => {
    await runAvailabilityNotice(deps, notice)
  })
}

const mayBeTold = (role: WorkspaceRole | null) => role !== null && grantOf(role, 'availability').read !== 'none'

/** Runs one availability job: who is told, written once per person and step; returns how many were told in the app. */
export async function runAvailabilityNotice(deps: Deps, notice: AvailabilityNotice): Promise<number> {
  const ws = notice.workspaceId
  const row = await getAvailabilityRequestRow(deps.db, ws, notice.requestId)
  if (!row) return 0
  const now = deps.clock.now()
  const due =
    notice.step === 'deadline'
      ? row.deadlineAt
      : notice.step === 'reminder'
        ? reminderInstants(row.answerBy, row.timeZone).find((r) => r.daysBefore === notice.daysBefore)?.at
        : undefined
  if (due && now.getTime() < due.getTime() - EARLY_TOLERANCE_MS) {
    await deps.jobs?.send(AVAILABILITY_JOB, notice, { startAfterSeconds: (due.getTime() - now.getTime()) / 1000 })
    return 0
  }
  const answers = await availabilityAnswerRows(deps.db, ws, [row.id])
  const names = row.createdByPersonId ? await personNames(deps.db, ws, [row.createdByPersonId]) : new Map<string, string>()
  const actorName = (row.createdByPersonId && names.get(row.createdByPersonId)) || 'Your manager'
  const facts = { actorName, title: row.title, startDate: row.startDate, endDate: row.endDate, answerBy: row.answerBy }

  let recipients: string[]
  let title: string
  let dedupeKey: string
  if (notice.step === 'deadline') {
    // closed by hand before the deadline: the manager has the summary already
    if (row.closedAt && row.closedAt < row.deadlineAt) return 0
    recipients = row.createdByPersonId ? [row.createdByPersonId] : []
    const roles = await rolesOfPeople(deps.db, ws, recipients)
    recipients = recipients.filter((id) => {
      const role = roles.get(id) ?? null
      return role !== null && grantOf(role, 'availability').read === 'all'
    })
    title = availabilityTitle('deadline', { ...facts, counts: countAnswers(answers) })
    dedupeKey = `availability.deadline:${row.id}`
  } else {
    if (!isOpen(row, now)) return 0
    recipients = answers.filter((a) => a.answer === null).map((a) => a.personId)
    const roles = await rolesOfPeople(deps.db, ws, recipients)
    recipients = recipients.filter((id) => mayBeTold(roles.get(id) ?? null))
    title = availabilityTitle(notice.step, facts)
    dedupeKey = notice.step === 'asked' ? `availability.asked:${row.id}` : `availability.reminder:${row.id}:${notice.daysBefore ?? 0}`
  }
  if (recipients.length === 0) return 0
  const link = `/availability/${row.id}`
  const written = await insertNotifications(
    deps.db,
    recipients.map((personId) => ({
      workspaceId: ws,
      id: uuidv7(),
      personId,
      kind: 'availability',
      dedupeKey,
      title,
      link,
      actorPersonId: row.createdByPersonId,
      createdAt: now,
    })),
  )
  if (written > 0) await deps.events?.publish({ workspaceId: ws, kind: 'notification', requestId: row.id })
  await mailAvailability(deps, { row, recipients, dedupeKey, title, link, step: notice.step, counts: countAnswers(answers) })
  await pushNotice(deps, { workspaceId: ws, kind: 'availability', personIds: recipients, dedupeKey, title, link })
  return written
}

/** The emails of one step: the asked get their signed answer link, the asker a link to the summary table. */
export async function mailAvailability(
  deps: Deps,
  m: {
    row: NonNullable<Awaited<ReturnType<typeof getAvailabilityRequestRow>>>
    recipients: string[]
    dedupeKey: string
    title: string
    link: string
    step: AvailabilityNotice['step']
    counts: ReturnType<typeof countAnswers>
  },
): Promise<number> {
  const mail = deps.mail
  if (!mail) return 0
  const ws = m.row.workspaceId
  const off = await peopleWithEmailOff(deps.db, ws, m.recipients, 'availability')
  const addresses = await mailAddressesOf(
    deps.db,
    ws,
    m.recipients.filter((id) => !off.has(id)),
  )
  if (addresses.size === 0) return 0
  const workspace = await getWorkspaceRow(deps.db, ws)
  if (!workspace) return 0
  const appUrl = `${mail.publicUrl}/w/${encodeURIComponent(workspace.slug)}${m.link}`
  const mails: MailToQueue[] = []
  for (const [personId, { address, name }] of addresses) {
    const unsubscribeUrl = `${mail.publicUrl}/unsubscribe/${await unsubscribeToken(deps, { workspaceId: ws, personId, kind: 'availability' })}`
    const asker = m.step === 'deadline'
    const url = asker ? appUrl : `${mail.publicUrl}/answer/${await answerToken(deps, { workspaceId: ws, requestId: m.row.id, personId })}`
    mails.push({
      personId,
      toAddress: address,
      kind: 'availability',
      dedupeKey: m.dedupeKey,
      content: {
        subject: asker
          ? `Availability: ${m.row.title}: answers are in`
          : mailSubject('availability', { actorName: '', target: `${m.row.title} (${datesLabel(m.row)})` }),
        preheader: m.title,
        heading: m.title,
        paragraphs: [
          `Hello ${name},`,
          ...(m.row.note ? [m.row.note] : []),
          asker
            ? `${m.counts.yes} yes, ${m.counts.maybe} maybe, ${m.counts.no} no, ${m.counts.unanswered} not answered. The table has everyone's answer and comment; a yes can become a commitment from there.`
            : `Answer yes, maybe or no, with a comment if you like. You can change your answer until the end of ${m.row.answerBy}.`,
          `In ${workspace.name}.`,
        ],
        action: { label: asker ? 'See the answers' : 'Answer: yes, maybe or no', url },
        unsubscribe: { what: KIND_LABELS.availability, url: unsubscribeUrl },
      },
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    })
  }
  return queueMail(deps, ws, mails)
}
