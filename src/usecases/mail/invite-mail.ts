import { getWorkspaceRow } from '../../db/queries/workspaces.ts'
import { MAIL_ACTIONS, mailSubject } from '../../domain/mail.ts'
import type { Deps } from '../deps.ts'
import { queueMail } from './outbox.ts'

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
        action: { label: MAIL_ACTIONS.invite, url },
      },
    },
  ])
}
