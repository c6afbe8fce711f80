import { describe, expect, it } from 'vitest'
import type { Invite } from '../../api/types.ts'
import { inviteStatus } from './invite-status.ts'

const invite: Invite = {
  id: '0190f3a0-0000-7000-8000-000000000001',
  role: 'crew',
  email: null,
  createdAt: '2013-05-01T10:00:00Z',
  expiresAt: '2013-05-08T10:00:00Z',
  acceptedAt: null,
  revokedAt: null,
}

describe('inviteStatus', () => {
  it('is pending until it expires', () => {
    expect(inviteStatus(invite, new Date('2013-05-02T00:00:00Z'))).toBe('pending')
    expect(inviteStatus(invite, new Date('2013-05-09T00:00:00Z'))).toBe('expired')
  })
  it('says when it was used or revoked', () => {
    expect(inviteStatus({ ...invite, acceptedAt: '2013-05-03T00:00:00Z' })).toBe('accepted')
    expect(inviteStatus({ ...invite, revokedAt: '2013-05-03T00:00:00Z' })).toBe('revoked')
  })
})
