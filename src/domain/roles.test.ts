import { describe, expect, it } from 'vitest'
import { can, canGrantRole, WORKSPACE_ROLES } from './roles.ts'

describe('workspace roles', () => {
  it('lets every role read and only owners, managers and members edit the catalog', () => {
    for (const role of WORKSPACE_ROLES) expect(can(role, 'read')).toBe(true)
    expect(WORKSPACE_ROLES.filter((r) => can(r, 'edit-catalog'))).toEqual(['owner', 'manager', 'member'])
  })

  it('keeps viewers read-only', () => {
    expect(can('viewer', 'edit-people')).toBe(false)
    expect(can('viewer', 'invite')).toBe(false)
  })

  it('lets only owners hand out ownership', () => {
    expect(canGrantRole('owner', 'owner')).toBe(true)
    expect(canGrantRole('manager', 'owner')).toBe(false)
    expect(canGrantRole('manager', 'member')).toBe(true)
    expect(canGrantRole('member', 'viewer')).toBe(false)
  })
})
