import { describe, expect, it } from 'vitest'
import { ForbiddenError } from '../domain/errors.ts'
import { RESOURCES, writeScope } from '../domain/permissions.ts'
import { WORKSPACE_ROLES } from '../domain/roles.ts'
import { assertWrites, assertWritesAll } from './authorize.ts'
import type { Actor } from './deps.ts'

const actorAs = (role: Actor['role']): Actor => ({ userId: 'u', workspaceId: 'w', role })

describe('the write gate of the use cases', () => {
  it('answers exactly the permission table: 403 for none, the scope otherwise, over every role and resource', () => {
    for (const resource of RESOURCES) {
      for (const role of WORKSPACE_ROLES) {
        const scope = writeScope(role, resource)
        if (scope === 'none') expect(() => assertWrites(actorAs(role), resource), `${role} × ${resource}`).toThrow(ForbiddenError)
        else expect(assertWrites(actorAs(role), resource), `${role} × ${resource}`).toBe(scope)
        if (scope === 'all') expect(() => assertWritesAll(actorAs(role), resource)).not.toThrow()
        else expect(() => assertWritesAll(actorAs(role), resource), `${role} × ${resource}`).toThrow(/may not change/)
      }
    }
  })

  it('names the role and the resource in its refusal', () => {
    expect(() => assertWrites(actorAs('viewer'), 'venues')).toThrow('Your role (viewer) may not change venues in this workspace.')
  })
})
