import { describe, expect, it } from 'vitest'
import { changesAuth } from './auth-writes.ts'

describe('statements that change who may do what (ADR 046)', () => {
  it('are the updates and deletes of sessions, users and workspaces, and every change of memberships', () => {
    for (const text of [
      'delete from "sessions" where "sessions"."token_hash" = $1',
      'update "workspace_members" set "role" = $1 where ("workspace_members"."workspace_id" = $2)',
      'insert into "workspace_members" ("workspace_id", "user_id", "role") values ($1, $2, $3)',
      'update "users" set "display_name" = $1',
      'UPDATE workspaces SET slug = $1 WHERE id = $2',
      'truncate table sessions',
      'delete from workspace_members;',
    ])
      expect(changesAuth(text), text).toBe(true)
  })

  it('are not reads, new sessions, new users, or tables whose names only start alike', () => {
    for (const text of [
      'select "users"."id" from "sessions" inner join "users" on "users"."id" = "sessions"."user_id"',
      'insert into "sessions" ("token_hash", "user_id", "expires_at") values ($1, $2, $3)',
      'insert into "users" ("id", "email") values ($1, $2)',
      'update "workspace_member_notes" set "x" = 1',
      'update "sessions_archive" set "x" = 1',
      'delete from "people" where "id" = $1',
    ])
      expect(changesAuth(text), text).toBe(false)
  })
})
