import { describe, expect, it } from 'vitest'
import { grantableRoles, permissionsOf } from './permissions.ts'

describe('permissionsOf', () => {
  it('lets a member edit the catalog but not invite', () => {
    expect(permissionsOf('member')).toMatchObject({ canEditCatalog: true, canEditPeople: true, canInvite: false })
  })
  it('gives crew and viewers no edit buttons', () => {
    expect(permissionsOf('crew').canEditCatalog).toBe(false)
    expect(permissionsOf('viewer').canEditPeople).toBe(false)
  })
})

describe('grantableRoles', () => {
  it('keeps the owner role for owners to give', () => {
    expect(grantableRoles('manager')).not.toContain('owner')
    expect(grantableRoles('owner')).toContain('owner')
  })
  it('offers nothing to those who cannot invite', () => {
    expect(grantableRoles('member')).toEqual([])
  })
})
