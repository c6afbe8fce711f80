import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { verify } from '@node-rs/argon2'
import { count, eq } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { Database } from '../db/client.ts'
import * as schema from '../db/schema/index.ts'
import { fixedClock } from '../domain/clock.ts'
import { freshDatabase } from '../test/test-database.ts'
import { DomainError } from '../domain/errors.ts'
import { writerShareIssues } from '../domain/writer-shares.ts'
import { demoWorldIssues } from './demo-world-issues.ts'
import { loadDemoWorld, type LoadedDemoWorld } from './load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, STANDARD_TRACKS, demoEmail, world2013 as world, type DemoWorld } from './world-2013.ts'

const album = world.releaseGroups.find((g) => g.kind === 'album' && g.title === '24/Seven')!
const edition = (name: string) => album.editions.find((e) => e.name === name)!
const recording = (ref: string) => world.recordings.find((r) => r.ref === ref)!
const work = (ref: string) => world.works.find((w) => w.ref === ref)!
const person = (firstName: string) => world.people.find((p) => p.name.startsWith(`${firstName} `))!
const actsOf = (personRef: string) => new Set(world.memberships.filter((m) => m.person === personRef).map((m) => m.act))
const writersOf = (recordingRef: string) => work(recording(recordingRef).work).writers.map((w) => w.person)
const BAND = ['kendall', 'james', 'logan', 'carlos']

describe('the 2013 demo world', () => {
  it('has no issues the loader would refuse', () => {
    expect(demoWorldIssues(world)).toEqual([])
  })

  it('has a standard edition of 10 tracks and a deluxe of 15 that starts with the same 10 in order', () => {
    const standard = edition('Standard').tracks
    const deluxe = edition('Deluxe').tracks
    expect(standard.map((t) => t.recording)).toEqual(STANDARD_TRACKS)
    expect(deluxe).toHaveLength(15)
    expect(deluxe.slice(0, 10)).toEqual(standard)
    expect(deluxe.every((t, i) => t.medium === 1 && t.position === i + 1)).toBe(true)
    expect(deluxe.slice(10).map((t) => work(recording(t.recording).work).title)).toEqual(expect.arrayContaining(['Amazing', 'Untouchable']))
    expect(edition('Standard')).toMatchObject({ format: 'cd', releaseDate: '2013-06-11' })
  })

  it('has the band writing 13 of the 15 album songs, and neither single', () => {
    const albumSongs = edition('Deluxe').tracks.map((t) => t.recording)
    expect(albumSongs.filter((r) => writersOf(r).some((p) => BAND.includes(p)))).toHaveLength(13)
    const singles = world.releaseGroups.filter((g) => g.singleOf === album.ref).sort((a, b) => a.singleOrder! - b.singleOrder!)
    expect(singles.map((s) => s.title)).toEqual(["Like Nobody's Around", 'Song for You'])
    for (const single of singles) expect(writersOf(single.editions[0]!.tracks[0]!.recording).some((p) => BAND.includes(p))).toBe(false)
  })

  it('totals every work’s writer shares to exactly 100 % (a cover lists no writer: nobody of the workspace wrote it)', () => {
    let covers = 0
    for (const w of world.works) {
      expect(writerShareIssues(w.writers.map((wr) => ({ personId: wr.person, sharePercent: wr.sharePercent })))).toEqual([])
      if (w.coverOf) covers++
      expect(w.writers.length > 0).toBe(!w.coverOf)
    }
    expect(covers).toBe(1)
  })

  it('places every standard-edition song in a season 4 episode aired on a Thursday in 2013', () => {
    for (const ref of STANDARD_TRACKS) expect(world.placements.some((p) => p.recording === ref)).toBe(true)
    for (const p of world.placements) {
      expect(new Date(`${p.airDate}T12:00:00Z`).getUTCDay()).toBe(4)
      expect(p).toMatchObject({ series: 'Big Time Rush', season: 4 })
      expect(p.airDate.startsWith('2013-')).toBe(true)
      expect(p.episodeNumber).toBeGreaterThanOrEqual(1)
      expect(p.episodeNumber).toBeLessThanOrEqual(13)
    }
    expect(world.placements.find((p) => p.episodeNumber === 1)?.recording).toBe('rec-like-nobodys-around')
    const finale = world.placements.filter((p) => p.episodeNumber === 13)
    expect(finale).toHaveLength(2)
    for (const p of finale) expect(writersOf(p.recording)).toEqual(['kendall'])
  })

  it('credits Amy Heidemann’s rap on "Song for You"', () => {
    expect(recording('rec-song-for-you').featured).toEqual([{ act: 'amy-heidemann', credit: 'rap' }])
  })

  it('puts Kendall and Dustin in both Big Time Rush and Heffron Drive', () => {
    expect(actsOf('kendall')).toEqual(new Set(['btr', 'hd']))
    expect(actsOf('dustin')).toEqual(new Set(['btr', 'hd']))
    expect(world.memberships.find((m) => m.person === 'dustin' && m.act === 'btr')).toMatchObject({ role: 'touring-musician' })
  })

  it('keeps a Heffron Drive home demo and its re-recording of one song', () => {
    const hd = world.recordings.filter((r) => r.act === 'hd')
    const rerecorded = [...new Set(hd.map((r) => r.work))].map((w) => hd.filter((r) => r.work === w)).filter((rs) => rs.length >= 2)
    expect(rerecorded.length).toBeGreaterThanOrEqual(1)
    expect(rerecorded[0]!.map((r) => r.kind)).toContain('demo')
  })

  it('gives every person of world.md and the manager a unique login with the right role', () => {
    const withLogin = world.people.filter((p) => p.login)
    const emails = withLogin.map(demoEmail)
    expect(new Set(emails).size).toBe(emails.length)
    expect(emails).toContain(`kendall@${DEMO_EMAIL_DOMAIN}`)
    expect(withLogin.filter((p) => p.login === 'owner')).toHaveLength(1)
    for (const name of ['Kendall', 'James', 'Logan', 'Carlos', 'Dustin']) expect(person(name).login).toBe('member')
    for (const name of ['Victoria', 'Amy', 'Ryan', 'Ellen']) expect(person(name).login).toBe('viewer')
    expect(person('Nadia').login).toBe('manager')
    expect(person('Tess').login).toBe('crew')
    // Only invented people (outside songwriters, the tour DJ) have no account: they are entries, not users.
    for (const p of world.people.filter((p) => !p.login)) expect(p.invented).toContain('record')
    const firstNames = world.people.map((p) => p.name.split(' ')[0])
    expect(new Set(firstNames).size).toBe(firstNames.length)
  })

  it('marks invented fields with names the records have, or "record"', () => {
    const records = [
      ...world.people,
      ...world.works,
      ...world.recordings,
      ...world.releaseGroups,
      ...world.placements,
      ...world.memberships,
      ...world.venues,
      ...world.tours,
      ...world.shows,
      ...world.commitments,
      ...world.blockouts,
    ]
    for (const r of records) for (const field of r.invented ?? []) expect(field === 'record' || field.split('.')[0]! in r).toBe(true)
  })

  it('names the broken field when the data has a typo', () => {
    const broken: DemoWorld = { ...world, works: [{ ...work('we-are'), writers: [{ person: 'kendal', sharePercent: 90 }] }] }
    const paths = demoWorldIssues(broken).map((i) => i.path)
    expect(paths).toContain('works.0.writers.0.person')
    expect(paths).toContain('works.0.writers')
  })
})

describe('loadDemoWorld', () => {
  let database: Database
  let loaded: LoadedDemoWorld
  const clock = fixedClock(new Date('2013-05-20T17:00:00.000Z'))

  beforeAll(async () => {
    database = await freshDatabase()
    loaded = await loadDemoWorld(database.db, { clock })
  })
  afterAll(async () => {
    await database?.close()
  })

  const rowCount = async (table: PgTable) => {
    const [row] = await database.db.select({ n: count() }).from(table)
    return row!.n
  }

  it('inserts the whole world', async () => {
    expect(await rowCount(schema.workspaces)).toBe(1)
    expect(await rowCount(schema.people)).toBe(world.people.length)
    expect(await rowCount(schema.acts)).toBe(6)
    expect(await rowCount(schema.works)).toBe(world.works.length)
    expect(await rowCount(schema.recordings)).toBe(world.recordings.length)
    // 24/Seven and its two singles, and the two earlier albums (./world-2013/back-catalogue.ts)
    expect(await rowCount(schema.releaseGroups)).toBe(3 + 2)
    expect(await rowCount(schema.editions)).toBe(4 + 2)
    expect(await rowCount(schema.tracks)).toBe(10 + 15 + 1 + 1 + 5 + 5)
    expect(await rowCount(schema.placements)).toBe(world.placements.length)
    expect(loaded.rows.tracks).toBe(37)
    expect(await rowCount(schema.venues)).toBe(world.venues.length)
    expect(await rowCount(schema.tours)).toBe(2 + 1) // and the last tour, as set-list history
    expect(await rowCount(schema.tourLegs)).toBe(4)
    expect(await rowCount(schema.shows)).toBe(world.shows.length + 1)
    expect(await rowCount(schema.showBilling)).toBe(world.shows.reduce((n, s) => n + s.billing.length, 0))
    expect(await rowCount(schema.showLineup)).toBe(world.shows.reduce((n, s) => n + s.lineup.length, 0))
    expect(await rowCount(schema.commitments)).toBe(world.commitments.length)
    expect(await rowCount(schema.commitmentPeople)).toBe(world.commitments.reduce((n, c) => n + c.people.length, 0))
    expect(await rowCount(schema.blockouts)).toBe(world.blockouts.length)
    expect(await rowCount(schema.calendarFeeds)).toBe(0)
    // The return value counts what was inserted, table by table.
    expect(loaded.rows).toMatchObject({ people: world.people.length, shows: world.shows.length + 1, commitments: world.commitments.length })
  })

  it('creates one login per person with an account, linked to the person, with the shared password', async () => {
    expect(loaded.users).toBe(12)
    expect(await rowCount(schema.users)).toBe(12)
    const [kendall] = await database.db
      .select({ userId: schema.people.userId, hash: schema.users.passwordHash, role: schema.workspaceMembers.role })
      .from(schema.people)
      .innerJoin(schema.users, eq(schema.users.id, schema.people.userId))
      .innerJoin(schema.workspaceMembers, eq(schema.workspaceMembers.userId, schema.users.id))
      .where(eq(schema.users.email, `kendall@${DEMO_EMAIL_DOMAIN}`))
    expect(kendall?.role).toBe('member')
    expect(await verify(kendall!.hash, DEMO_PASSWORD)).toBe(true)
    expect(loaded.logins.filter((l) => l.role === 'owner').map((l) => l.email)).toEqual([`sam@${DEMO_EMAIL_DOMAIN}`])
  })

  it('stamps rows with the given clock', async () => {
    const [w] = await database.db.select().from(schema.workspaces)
    expect(w?.createdAt.toISOString()).toBe('2013-05-20T17:00:00.000Z')
    expect(w?.slug).toBe('demo')
  })

  it('refuses to load into a database that has a workspace', async () => {
    const second = loadDemoWorld(database.db, { clock })
    await expect(second).rejects.toBeInstanceOf(DomainError)
    await expect(loadDemoWorld(database.db, { clock })).rejects.toMatchObject({ code: 'conflict' })
    expect(await rowCount(schema.people)).toBe(world.people.length)
  })
})
