import { describe, expect, it } from 'vitest'
import { FIELD_RULES, PERMISSIONS, RESOURCES, grantOf } from './permissions.ts'
import { WORKSPACE_ROLES } from './roles.ts'

describe('the permission table', () => {
  it('has a grant for every role on every resource, and a field rule for every limited or own read', () => {
    for (const resource of RESOURCES) {
      for (const role of WORKSPACE_ROLES) {
        const grant = PERMISSIONS[resource][role]
        expect(grant, `${role} × ${resource}`).toBeDefined()
        if (grant.read === 'limited' || grant.read === 'own') expect(FIELD_RULES[resource], `${resource} needs a field rule`).toBeTruthy()
      }
    }
  })

  it('never lets a role change what it may not read at all (a write scope needs a read scope)', () => {
    // imports are the exception: a file goes in, and what it made is read through catalog and shows
    for (const resource of RESOURCES.filter((r) => r !== 'imports')) {
      for (const role of WORKSPACE_ROLES) {
        const grant = grantOf(role, resource)
        if (grant.write !== 'none') expect(grant.read, `${role} × ${resource}`).not.toBe('none')
      }
    }
  })

  it('orders the roles: no role reads more of a resource than a role above it, except the pitches made to an outside artist', () => {
    const rank = { all: 3, limited: 2, own: 1, none: 0 } as const
    // songs are pitched to outside artists (viewers), never to the crew, so a viewer reads their own and the crew none
    for (const resource of RESOURCES.filter((r) => r !== 'pitches')) {
      const reads = WORKSPACE_ROLES.map((role) => rank[grantOf(role, resource).read])
      for (let i = 1; i < reads.length; i++)
        expect(reads[i]! <= reads[i - 1]!, `${resource}: ${WORKSPACE_ROLES[i]} reads more than ${WORKSPACE_ROLES[i - 1]}`).toBe(true)
    }
  })

  it('keeps the secrets of the issue from the viewer', () => {
    for (const resource of ['shows', 'tours', 'people', 'pitches', 'commitments', 'conflicts', 'blockouts'] as const)
      expect(grantOf('viewer', resource).read).not.toBe('all')
    for (const resource of ['publishing', 'registrations', 'rights', 'setlists', 'members', 'export'] as const)
      expect(grantOf('viewer', resource).read).toBe('none')
    for (const resource of RESOURCES) expect(grantOf('viewer', resource).write === 'all', resource).toBe(false)
  })
})
