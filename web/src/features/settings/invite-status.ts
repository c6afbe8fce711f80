import type { Invite } from '../../api/types.ts'

export type InviteStatus = 'pending' | 'accepted' | 'revoked' | 'expired'

/** Where an invite stands at `now`. */
export function inviteStatus(invite: Invite, now = new Date()): InviteStatus {
  if (invite.revokedAt) return 'revoked'
  if (invite.acceptedAt) return 'accepted'
  if (new Date(invite.expiresAt) <= now) return 'expired'
  return 'pending'
}
