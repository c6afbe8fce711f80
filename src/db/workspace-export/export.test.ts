import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { randomBytes } from 'node:crypto'
import { verify } from '@node-rs/argon2'
import { eq, getTableColumns, is } from 'drizzle-orm'
import { PgTable } from 'drizzle-orm/pg-core'
import pg from 'pg'
import { createDb, type Database } from '../client.ts'
import { expectedSchemaVersion, migrate } from '../migrate.ts'
import * as schema from '../schema/index.ts'
import { fixedClock } from '../../domain/clock.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../../demo/world-2013.ts'
import { loadDemoWorld } from '../../demo/load-demo-world.ts'
import { freshDatabase } from '../../test/test-database.ts'
import { NOT_EXPORTED_TABLES } from './tables.ts'
import { WORKSPACE_TABLES, exportWorkspace, importWorkspace, type WorkspaceExport } from './export.ts'

const clock = fixedClock(new Date('2013-05-20T17:00:00.000Z'))
const PG_URL = process.env.GREENROOM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const isPostgresReachable = await postgresReachable()

/** The source is always PGlite (the embedded default); targets follow the suite's tier (freshDatabase). */
async function freshPglite(): Promise<Database> {
  const database = await createDb({ kind: 'pglite-memory' })
  await migrate(database)
  return database
}

/** The document without the one field that must differ between two exports. */
const content = ({ exportedAt: _, ...rest }: WorkspaceExport) => rest
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

describe('workspace export', () => {
  let source: Database
  let exported: WorkspaceExport

  beforeAll(async () => {
    source = await freshPglite()
    await loadDemoWorld(source.db, { clock })
    exported = await exportWorkspace(source.db, 'demo', { clock })
  })
  afterAll(async () => {
    await source?.close()
  })

  it('lists every workspace-scoped table of the schema', () => {
    const scoped = Object.entries(schema)
      .filter(([, value]) => is(value, PgTable) && 'workspaceId' in getTableColumns(value))
      .map(([name]) => name)
      .filter((name) => name !== 'workspaces' && !NOT_EXPORTED_TABLES.includes(name))
    expect(WORKSPACE_TABLES.map((t) => t.name).sort()).toEqual(scoped.sort())
    const global = Object.entries(schema).filter(([name, value]) => is(value, PgTable) && !scoped.includes(name) && name !== 'workspaces')
    expect(global.map(([name]) => name).sort()).toEqual(['users', ...NOT_EXPORTED_TABLES].sort())
  })

  it('writes a versioned document with every row, timestamps as ISO strings', () => {
    expect(exported).toMatchObject({
      format: 'greenroom.workspace',
      formatVersion: 1,
      exportedAt: '2013-05-20T17:00:00.000Z',
      schemaVersion: expectedSchemaVersion(),
    })
    expect(exported.workspace).toMatchObject({ slug: 'demo', createdAt: '2013-05-20T17:00:00.000Z' })
    expect(exported.users).toHaveLength(12)
    expect(exported.tables.tracks).toHaveLength(37)
    expect(exported.tables.workspaceMembers).toHaveLength(12)
    expect(exported.tables.people?.[0]).toHaveProperty('createdAt', '2013-05-20T17:00:00.000Z')
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported)
  })

  it('exports the same document by id as by slug, rows sorted by primary key', async () => {
    const byId = await exportWorkspace(source.db, exported.workspace.id, { clock })
    expect(byId).toEqual(exported)
    const ids = exported.tables.people!.map((p) => p.id as string)
    expect(ids).toEqual([...ids].sort())
  })

  it('refuses an unknown workspace', async () => {
    await expect(exportWorkspace(source.db, 'nope')).rejects.toMatchObject({ code: 'not-found' })
  })

  describe('into a fresh database', () => {
    let target: Database
    beforeAll(async () => {
      target = await freshDatabase()
    })
    afterAll(async () => {
      await target?.close()
    })

    it('checks a dry run without writing anything', async () => {
      const result = await importWorkspace(target.db, exported, { dryRun: true })
      expect(result).toMatchObject({ dryRun: true, users: { created: 12, reused: 0 } })
      expect(await target.db.select().from(schema.workspaces)).toEqual([])
    })

    it('round-trips: exporting the imported workspace gives the same document', async () => {
      const result = await importWorkspace(target.db, clone(exported))
      expect(result.workspaceId).toBe(exported.workspace.id)
      expect(result.rows.tracks).toBe(37)
      const again = await exportWorkspace(target.db, 'demo')
      expect(again.exportedAt).not.toBe(exported.exportedAt)
      expect(content(again)).toEqual(content(exported))
    })

    it('keeps the logins working after the move', async () => {
      const [user] = await target.db
        .select()
        .from(schema.users)
        .where(eq(schema.users.email, `carlos@${DEMO_EMAIL_DOMAIN}`))
      expect(await verify(user!.passwordHash, DEMO_PASSWORD)).toBe(true)
    })

    it('refuses the same workspace a second time', async () => {
      await expect(importWorkspace(target.db, exported)).rejects.toMatchObject({ code: 'conflict' })
      const renamed = clone(exported)
      renamed.workspace.id = '01900000-0000-7000-8000-000000000000'
      for (const rows of Object.values(renamed.tables)) for (const row of rows) row.workspaceId = renamed.workspace.id
      await expect(importWorkspace(target.db, renamed)).rejects.toMatchObject({ code: 'conflict', details: { errors: [{ path: 'workspace.slug' }] } })
    })
  })

  it('gives every segment of an export from before passengers per segment its journey’s passengers, as migration 0024 did', async () => {
    const older = clone(exported)
    delete older.tables.travelSegmentPassengers
    older.schemaVersion = 24
    const target = await freshDatabase()
    try {
      const result = await importWorkspace(target.db, older)
      const passengersOf = new Map<unknown, unknown[]>()
      for (const p of exported.tables.travelPassengers!) passengersOf.set(p.journeyId, [...(passengersOf.get(p.journeyId) ?? []), p.personId])
      const expected = exported.tables.travelSegments!.reduce((n, s) => n + (passengersOf.get(s.journeyId)?.length ?? 0), 0)
      expect(expected).toBeGreaterThan(0)
      expect(result.rows.travelSegmentPassengers).toBe(expected)
      const rows = await target.db.select().from(schema.travelSegmentPassengers)
      for (const s of exported.tables.travelSegments!)
        expect(rows.filter((r) => r.segmentId === s.id).map((r) => r.personId)).toEqual(expect.arrayContaining(passengersOf.get(s.journeyId) ?? []))
      // the demo's own document has someone on part of a journey only: fewer rows than that
      expect(exported.tables.travelSegmentPassengers!.length).toBeLessThan(expected)
    } finally {
      await target.close()
    }
  })

  it('reuses an account that already exists by email and re-points its membership', async () => {
    const target = await freshDatabase()
    try {
      const kendall = exported.users.find((u) => u.email === `kendall@${DEMO_EMAIL_DOMAIN}`)!
      const existingId = '01900000-0000-7000-8000-0000000000aa'
      await target.db.insert(schema.users).values({ id: existingId, email: kendall.email, displayName: 'Kendall', passwordHash: 'x', createdAt: new Date() })
      const result = await importWorkspace(target.db, exported)
      expect(result.users).toEqual({ created: 11, reused: 1 })
      const [member] = await target.db.select().from(schema.workspaceMembers).where(eq(schema.workspaceMembers.userId, existingId))
      expect(member?.role).toBe('member')
      const [person] = await target.db.select().from(schema.people).where(eq(schema.people.userId, existingId))
      expect(person?.name).toBe('Kendall Schmidt')
    } finally {
      await target.close()
    }
  })

  describe('refuses a malformed document', () => {
    const refusal = async (doc: unknown) => {
      const target = { db: source.db } // validation happens before any query
      return importWorkspace(target.db, doc).then(
        () => expect.unreachable('import should be refused'),
        (err: { code: string; details: { errors?: { path: string }[] } }) => err,
      )
    }

    it.each<[string, (doc: WorkspaceExport) => unknown, string]>([
      ['not an object', () => [], ''],
      ['another format', (doc) => ({ ...doc, format: 'other' }), 'format'],
      ['a newer format version', (doc) => ({ ...doc, formatVersion: 2 }), 'formatVersion'],
      ['a newer schema', (doc) => ({ ...doc, schemaVersion: 99 }), 'schemaVersion'],
      ['users that are not a list', (doc) => ({ ...doc, users: {} }), 'users'],
    ])('%s', async (_, breakIt, path) => {
      const err = await refusal(breakIt(clone(exported)))
      expect(err.code).toBe('validation')
      expect(err.details.errors?.map((e) => e.path)).toContain(path)
    })

    it('names the bad fields of rows', async () => {
      const doc = clone(exported)
      doc.tables.people![2]!.name = null
      doc.tables.acts![0]!.kind = 'orchestra'
      doc.tables.works![0]!.createdAt = 'yesterday'
      doc.tables.recordings![0]!.tempoBpm = 'fast'
      doc.tables.placements![0]!.workspaceId = '01900000-0000-7000-8000-000000000001'
      doc.tables.people![0]!.favouriteColour = 'green'
      doc.tables.unknownThings = []
      const err = await refusal(doc)
      expect(err.code).toBe('validation')
      expect(err.details.errors?.map((e) => e.path)).toEqual(
        expect.arrayContaining([
          'tables.people.2.name',
          'tables.acts.0.kind',
          'tables.works.0.createdAt',
          'tables.recordings.0.tempoBpm',
          'tables.placements.0.workspaceId',
          'tables.people.0.favouriteColour',
          'tables.unknownThings',
        ]),
      )
    })

    it('refuses rows that do not fit together, and leaves nothing behind', async () => {
      const target = await freshDatabase()
      try {
        const doc = clone(exported)
        doc.tables.tracks![0]!.recordingId = '01900000-0000-7000-8000-000000000002'
        await expect(importWorkspace(target.db, doc)).rejects.toMatchObject({ code: 'validation', details: { errors: [{ path: 'tables' }] } })
        expect(await target.db.select().from(schema.workspaces)).toEqual([])
        expect(await target.db.select().from(schema.users)).toEqual([])
      } finally {
        await target.close()
      }
    })
  })

  describe.skipIf(!isPostgresReachable)('into PostgreSQL', () => {
    const name = `gr_test_export_${randomBytes(6).toString('hex')}`
    let admin: pg.Client
    let target: Database

    beforeAll(async () => {
      admin = new pg.Client({ connectionString: PG_URL })
      await admin.connect()
      await admin.query(`CREATE DATABASE ${name}`)
      const url = new URL(PG_URL)
      url.pathname = `/${name}`
      target = await createDb({ kind: 'postgres', url: url.toString() })
      await migrate(target)
    })
    afterAll(async () => {
      await target?.close()
      await dropDatabase(admin, name)
      await admin?.end()
    })

    it('round-trips PGlite → PostgreSQL with the same document', async () => {
      await importWorkspace(target.db, exported)
      const again = await exportWorkspace(target.db, 'demo')
      expect(content(again)).toEqual(content(exported))
      await expect(importWorkspace(target.db, exported)).rejects.toMatchObject({ code: 'conflict' })
    })
  })
})

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * Drops a test database once the pool's connections are really gone. Not WITH (FORCE): that kills
 * a connection pg is still closing, and its client then throws an unhandled 57P01.
 */
async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`)
      return
    } catch (err) {
      // 55006: still being accessed by other users
      if ((err as { code?: string }).code !== '55006' || attempt >= 50) throw err
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}
