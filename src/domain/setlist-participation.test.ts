import { describe, expect, it } from 'vitest'
import { WORKSPACE_ROLES } from './roles.ts'
import { setlistParticipationOf } from './setlist-participation.ts'

describe('who takes part in set lists', () => {
  it('lets owners and managers take part, refuses viewers, and asks the others for a membership of the act', () => {
    const byRole = Object.fromEntries(WORKSPACE_ROLES.map((role) => [role, setlistParticipationOf(role).kind]))
    expect(byRole).toEqual({ owner: 'allowed', manager: 'allowed', member: 'if-member', crew: 'if-member', viewer: 'refused' })
    expect(setlistParticipationOf('viewer')).toMatchObject({ reason: expect.stringContaining('viewer') })
  })
})
