import { describe, expect, it } from 'vitest'
import { canGrantRole, managesWorkspace, writeScope } from './permissions.ts'
import { WORKSPACE_ROLES } from './roles.ts'

describe('workspace roles', () => {
  it('lets only owners, managers and members edit the catalog', () => {
    expect(WORKSPACE_ROLES.filter((r) => writeScope(r, 'catalog') === 'all')).toEqual(['owner', 'manager', 'member'])
  })

  it('keeps viewers from changing people, members or shows', () => {
    expect(writeScope('viewer', 'people')).toBe('none')
    expect(writeScope('viewer', 'members')).toBe('none')
    expect(writeScope('viewer', 'shows')).toBe('none')
  })

  it('lets only owners and managers manage the workspace', () => {
    expect(WORKSPACE_ROLES.filter(managesWorkspace)).toEqual(['owner', 'manager'])
  })

  it('lets only owners hand out ownership, and only those who change members invite', () => {
    expect(canGrantRole('owner', 'owner')).toBe(true)
    expect(canGrantRole('manager', 'owner')).toBe(false)
    expect(canGrantRole('manager', 'member')).toBe(true)
    expect(canGrantRole('member', 'viewer')).toBe(false)
    expect(canGrantRole('crew', 'viewer')).toBe(false)
  })
})
