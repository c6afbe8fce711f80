import { findUserById } from '../../db/queries/accounts.ts'
import { jobIdFrom, type JobData, type JobKind, type JobQueue, type QueuedJob } from '../../jobs/job-queue.ts'
import type { Deps } from '../deps.ts'
import type { MailSettings } from '../mail/settings.ts'

/**
 * Mail about an account rather than a workspace (issue 14 point 2: "a sign-up for an existing account
 * → that address"; ADR 047). It belongs to no workspace, so it has no outbox row for owners to read: it
 * goes straight to the SMTP server from a job (retried with backoff), and with no SMTP server it is not
 * sent at all. The job carries the account's id only (its address is read when it runs) and no
 * workspace: the nil id, so no workspace's managers read its dead letters.
 */
const NO_WORKSPACE = '00000000-0000-0000-0000-000000000000'

interface AccountMailJob extends JobData {
  userId: string
}

function accountMailJobKind(mail: Pick<MailSettings, 'retrySeconds' | 'timeoutSeconds'>): JobKind {
  return { name: 'account-mail', retryLimit: 8, retryDelaySeconds: mail.retrySeconds, expireInSeconds: Math.max(60, mail.timeoutSeconds * 4), concurrency: 1 }
}

/**
 * Someone signed up with the email of an existing account: tell that address, at most once an hour
 * (the job's id is the account and the hour, so a flood of sign-ups mails nobody more than that).
 * Queued, never sent in the request: sign-up answers the same, and as fast, for a new and an existing email.
 */
export async function tellExistingAccount(deps: Deps, user: { id: string }): Promise<void> {
  if (!deps.mail?.transport || !deps.jobs) return
  const hour = new Date().toISOString().slice(0, 13) // wall-clock: a pinned demo clock must not stop the limit
  await deps.jobs.send<AccountMailJob>(
    accountMailJobKind(deps.mail),
    { workspaceId: NO_WORKSPACE, userId: user.id },
    { id: jobIdFrom(`signup-existing ${user.id} ${hour}`) },
  )
}

async function sendSignupNotice(deps: Deps, data: AccountMailJob, job: QueuedJob): Promise<void> {
  const mail = deps.mail
  if (!mail?.transport) return
  const user = await findUserById(deps.db, data.userId)
  if (!user) return // the account is gone: nothing to tell
  const { renderMail } = await import('../mail/templates.tsx')
  const { subject, text, html } = renderMail({
    subject: 'Someone tried to sign up to Greenroom with your email',
    preheader: 'Your account is unchanged. If it was you, log in with your password.',
    heading: 'Someone tried to create an account with your email',
    paragraphs: [
      `Hello ${user.displayName},`,
      'Someone tried to create a Greenroom account with this email address. You already have one, so nothing was created and your account is unchanged.',
      'If it was you, log in with your password. If it was not, you need do nothing.',
    ],
    action: { label: 'Log in', url: `${mail.publicUrl}/login` },
  })
  // one Message-ID per job: a retry after a crash sends the same message again, not a new one
  const host = new URL(mail.publicUrl).hostname || 'greenroom.invalid'
  await mail.transport.send({ from: mail.from, to: user.email, subject, text, html, messageId: `<${job.id}@${host}>`, headers: {} })
}

/** Works account mail on this instance (or only declares its queue), when an SMTP server is configured. */
export async function startAccountMailJobs(deps: Deps, queue: JobQueue, opts: { work: boolean }): Promise<void> {
  const mail = deps.mail
  if (!mail?.transport) return
  const kind = accountMailJobKind(mail)
  if (!opts.work) return queue.declare(kind)
  await queue.work<AccountMailJob>(kind, (data, job) => sendSignupNotice(deps, data, job))
}
