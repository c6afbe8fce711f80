import { mailAddressesOf, peopleWithEmailOff } from '../../db/queries/mail.ts'
import { getWorkspaceRow } from '../../db/queries/workspaces.ts'
import { KIND_LABELS, mailSubject, type MailKind } from '../../domain/mail.ts'
import type { NotificationKind } from '../../domain/notifications.ts'
import type { Deps } from '../deps.ts'
import { queueMail } from './outbox.ts'
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
  answerKind?: string
  runStatus?: string
}

const ACTIONS: Record<MailKind, string> = {
  'proposal.sent': 'Open the set list and answer',
  'proposal.answered': 'See the answer',
  'proposal.agreed': 'See the agreed set list',
  'planner.ended': 'See the planner run',
  availability: 'Answer: yes, maybe or no',
  invite: 'Open the invite',
}

const LINES: Record<NotificationKind, string> = {
  'proposal.sent': 'Approve it, amend it or make a counter-proposal: the set list is agreed when the act’s rule is met.',
  'proposal.answered': 'Their answer is on the set list, with any changes they made.',
  'proposal.agreed': 'This is the set list the act has agreed on.',
  'planner.ended': 'The run you asked for has ended.',
  availability: 'Say whether you can do it: yes, maybe or no, with a comment.',
}

/** Writes the emails of an event to the outbox for everyone told who has an address and has not turned the kind off. */
export async function mailNotice(deps: Deps, n: NoticeForMail): Promise<number> {
  const mail = deps.mail
  if (!mail || n.personIds.length === 0) return 0
  const off = await peopleWithEmailOff(deps.db, n.workspaceId, n.personIds, n.kind)
  const addresses = await mailAddressesOf(
    deps.db,
    n.workspaceId,
    n.personIds.filter((id) => !off.has(id)),
  )
  if (addresses.size === 0) return 0
  const ws = await getWorkspaceRow(deps.db, n.workspaceId)
  if (!ws) return 0
  const url = `${mail.publicUrl}/w/${encodeURIComponent(ws.slug)}${n.link}`
  const subject = mailSubject(n.kind, { actorName: n.actorName, target: n.target, answerKind: n.answerKind, runStatus: n.runStatus })
  const mails = []
  for (const [personId, { address, name }] of addresses) {
    const unsubscribeUrl = `${mail.publicUrl}/unsubscribe/${await unsubscribeToken(deps, { workspaceId: n.workspaceId, personId, kind: n.kind })}`
    mails.push({
      personId,
      toAddress: address,
      kind: n.kind,
      dedupeKey: n.dedupeKey,
      content: {
        subject,
        preheader: n.title,
        heading: n.title,
        paragraphs: [`Hello ${name},`, LINES[n.kind], `In ${ws.name}.`],
        action: { label: ACTIONS[n.kind], url },
        unsubscribe: { what: KIND_LABELS[n.kind], url: unsubscribeUrl },
      },
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    })
  }
  return queueMail(deps, n.workspaceId, mails)
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
