import { describe, expect, it } from 'vitest'
import { mayBeTold } from './notifications.ts'
import { grantOf } from './permissions.ts'
import { WORKSPACE_ROLES } from './roles.ts'

describe('who may be told about a set list', () => {
  it('follows the permission table: set lists readable, and the private plan only to roles that read every show', () => {
    for (const role of WORKSPACE_ROLES) {
      const readsSetlists = grantOf(role, 'setlists').read !== 'none'
      expect(mayBeTold(role, 'public'), role).toBe(readsSetlists)
      expect(mayBeTold(role, 'private'), role).toBe(readsSetlists && grantOf(role, 'shows').read === 'all')
    }
  })

  it('tells nobody without an account in the workspace, and no viewer of the band’s unannounced plans', () => {
    expect(mayBeTold(null, 'public')).toBe(false)
    expect(mayBeTold('viewer', 'private')).toBe(false)
    expect(mayBeTold('member', 'private')).toBe(true)
  })
})
