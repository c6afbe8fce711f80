import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { and, asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.ts'
import {
  actMemberships,
  acts,
  editions,
  externalIds,
  people,
  recordingFeatured,
  recordings,
  releaseGroups,
  tracks,
  workWriters,
  works,
} from '../../db/schema/index.ts'
import { fixedClock } from '../../domain/clock.ts'
import { DomainError } from '../../domain/errors.ts'
import { DEFAULT_TRAVEL_POLICY } from '../../domain/travel-estimate.ts'
import { addWorkspace } from '../../test/public-show-rows.ts'
import { freshDatabase } from '../../test/test-database.ts'
import { getWork } from '../works/list-works.ts'
import { updateWork } from '../works/save-work.ts'
import { exportWorkspace, type WorkspaceExport } from '../../db/workspace-export/export.ts'
import { importMusicBrainz, type MusicBrainzImportResult } from './musicbrainz-document.ts'
import { parseMusicBrainz } from '../../interop/musicbrainz/parse.ts'

const ROOT = new URL('../../../../shared/interop-samples/musicbrainz-ws2/', import.meta.url).pathname
const sample = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'))
/** Every sample file, as a path under musicbrainz-ws2/. */
const SAMPLES = ['lookup', 'search']
  .flatMap((top) => readdirSync(join(ROOT, top)).flatMap((kind) => readdirSync(join(ROOT, top, kind)).map((f) => `${top}/${kind}/${f}`)))
  .sort()
const NOT_CATALOG = ['lookup/area/', 'lookup/event/', 'lookup/place/', 'search/event/', 'search/place/']
const CATALOG = SAMPLES.filter((p) => !NOT_CATALOG.some((prefix) => p.startsWith(prefix)))

const METEORA = 'lookup/release/c9d52105-5c20-3216-bc1b-e54918f8f688.json'
const RITA_REYS = 'lookup/release/942b9e7b-3a43-4f22-b200-ab69ee302d16.json'
const BECOME_DESERT = 'lookup/release/987f3e2d-22a6-4a4f-b840-c80c26b8b91a.json'
const AUTECHRE = 'lookup/release/59211ea4-ffd2-4ad9-9a4e-941d3148024a.json'
const LOST_TAPE = 'lookup/release-group/c9fdb94c-4975-4ed6-a96f-ef6d80bb7738.json'
const LAST_ANGEL = 'lookup/recording/b9ad642e-b012-41c7-b72a-42cf4911f9ff.json'
const HELLO = 'lookup/work/b1df2cf3-69a9-3bc0-be44-f71e79b27a22.json'
const BRAHMS = 'lookup/work/c1b0e8a2-2461-4d48-9a89-f4e6d624d342.json'
const NIRVANA = 'lookup/artist/5b11f4ce-a62d-471e-81fc-a69a8278c7da.json'
const RICK_ASTLEY = 'lookup/artist/db92a151-1ac2-438b-bc43-b82e149ddd50.json'
const FRED_SEARCH = 'search/artist/artist_fred_AND_type_group_AND_country_US.json'
const TENANCE_SEARCH = 'search/release-group/release_Tenance.json'
const FROZEN_SEARCH = 'search/work/work_Frozen_AND_arid_4c006444-ccbf-425e-b3e7-03a98bab5997.json'
const LINKIN_PARK = ['Chester Bennington', 'Rob Bourdon', 'Brad Delson', 'Dave Farrell', 'Joseph “Joe” Hahn', 'Mike Shinoda']

const clock = fixedClock(new Date('2026-11-21T12:00:00Z'))
const later = fixedClock(new Date('2026-11-22T09:30:00Z'))
const content = ({ exportedAt: _, ...rest }: WorkspaceExport) => rest

let database: Database
let ws: string
const results = new Map<string, MusicBrainzImportResult>()

beforeAll(async () => {
  database = await freshDatabase()
  ws = await addWorkspace(database.db, 'mb-import')
  for (const path of CATALOG) results.set(path, await importMusicBrainz(database.db, { workspaceId: ws, document: sample(path), clock }))
}, 120_000)
afterAll(async () => {
  await database?.close()
})

async function groupNamed(title: string) {
  const [group] = await database.db
    .select()
    .from(releaseGroups)
    .where(and(eq(releaseGroups.workspaceId, ws), eq(releaseGroups.title, title)))
  expect(group, title).toBeDefined()
  const eds = await database.db
    .select()
    .from(editions)
    .where(and(eq(editions.workspaceId, ws), eq(editions.releaseGroupId, group!.id)))
    .orderBy(asc(editions.position))
  const [act] = await database.db
    .select()
    .from(acts)
    .where(and(eq(acts.workspaceId, ws), eq(acts.id, group!.actId)))
  return { group: group!, editions: eds, act: act! }
}

async function trackList(editionId: string) {
  return database.db
    .select({
      medium: tracks.medium,
      position: tracks.position,
      title: recordings.title,
      workTitle: works.title,
      durationSeconds: recordings.durationSeconds,
      recordingId: recordings.id,
    })
    .from(tracks)
    .innerJoin(recordings, and(eq(recordings.workspaceId, tracks.workspaceId), eq(recordings.id, tracks.recordingId)))
    .innerJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
    .where(and(eq(tracks.workspaceId, ws), eq(tracks.editionId, editionId)))
    .orderBy(asc(tracks.medium), asc(tracks.position))
}

async function writersOf(title: string) {
  const [work] = await database.db
    .select()
    .from(works)
    .where(and(eq(works.workspaceId, ws), eq(works.title, title)))
  expect(work, title).toBeDefined()
  const rows = await database.db
    .select({ name: people.name, role: workWriters.role, shareBp: workWriters.shareBp })
    .from(workWriters)
    .innerJoin(people, and(eq(people.workspaceId, workWriters.workspaceId), eq(people.id, workWriters.personId)))
    .where(and(eq(workWriters.workspaceId, ws), eq(workWriters.workId, work!.id)))
    .orderBy(asc(workWriters.position))
  return { work: work!, writers: rows }
}

describe('importing the real MusicBrainz ws/2 samples', () => {
  it('reads every catalog sample and refuses the others, naming the document', () => {
    expect(CATALOG).toHaveLength(13)
    for (const path of SAMPLES.filter((p) => !CATALOG.includes(p))) {
      expect(() => parseMusicBrainz(sample(path)), path).toThrow(DomainError)
      try {
        parseMusicBrainz(sample(path))
      } catch (err) {
        expect((err as DomainError).code).toBe('validation')
        expect((err as DomainError).details.errors).toEqual([
          { path: 'document', message: expect.stringMatching(/^a MusicBrainz (area|event|place|event search|place search) is not catalog data/) },
        ])
      }
    }
    expect([...results.values()].map((r) => r.kind)).toEqual([
      'artist',
      'artist',
      'recording',
      'release-group',
      'release',
      'release',
      'release',
      'release',
      'work',
      'work',
      'artist',
      'release-group',
      'work',
    ])
  })

  it('keeps Meteora: one album of Linkin Park, its Enhanced CD edition with date, barcode and 13 tracks in order', async () => {
    const { group, editions: eds, act } = await groupNamed('Meteora')
    expect(group.kind).toBe('album')
    expect(act).toMatchObject({ name: 'Linkin Park', kind: 'group', isInternal: false, slug: 'linkin-park' })
    expect(eds).toHaveLength(1)
    expect(eds[0]).toMatchObject({ name: 'Enhanced CD · XE', releaseDate: '2003-03-24', format: 'cd', barcode: '093624844426' })
    const list = await trackList(eds[0]!.id)
    expect(list.map((t) => [t.medium, t.position])).toEqual(Array.from({ length: 13 }, (_, i) => [1, i + 1]))
    expect(list.map((t) => t.workTitle)).toEqual([
      'Foreword',
      'Don’t Stay',
      'Somewhere I Belong',
      'Lying From You',
      'Hit the Floor',
      'Easier to Run',
      'Faint',
      'Figure.09',
      'Breaking the Habit',
      'From the Inside',
      'Nobody’s Listening',
      'Session',
      'Numb',
    ])
    expect(list[1]).toMatchObject({ title: null, durationSeconds: 188 }) // 187 933 ms
    expect(results.get(METEORA)!.warnings).toContain('"Meteora" (Enhanced CD · XE): 2 data or hidden pregap tracks are not part of the track list.')
  })

  it("credits the band's six writers on Meteora's songs with their roles and no splits, and flags them", async () => {
    for (const title of ['Numb', 'Don’t Stay', 'Hit the Floor', 'Breaking the Habit']) {
      const { writers } = await writersOf(title)
      // "writer", or composer and lyricist, is music and words: composer-lyricist.
      expect(writers, title).toEqual(LINKIN_PARK.map((name) => ({ name, role: 'composer-lyricist', shareBp: null })))
    }
    expect((await writersOf('Foreword')).writers).toEqual([])
    const r = results.get(METEORA)!
    expect(r.counts.works).toEqual({ created: 13, updated: 0, unchanged: 0 })
    expect(r.counts.people).toEqual({ created: 6, updated: 0, unchanged: 0 })
    expect(r.counts.recordings).toEqual({ created: 13, updated: 0, unchanged: 0 })
    expect(r.worksNeedingSplits).toBe(12)
    expect(r.warnings).toContain('12 works have writers without splits: fill them in under Songs ("splits to fill").')
    const work = await getWork(
      { db: database.db, clock, travel: DEFAULT_TRAVEL_POLICY },
      { userId: 'x', workspaceId: ws, role: 'member' },
      (await writersOf('Numb')).work.id,
    )
    expect(work.splitsPending).toBe(true)
    expect(work.writers.map((w) => w.sharePercent)).toEqual([null, null, null, null, null, null])
  })

  it('keeps the year-only date of The Cool Voice of Rita Reys, its 12 tracks, the recording dates and both Gershwins', async () => {
    const { group, editions: eds, act } = await groupNamed('The Cool Voice of Rita Reys')
    expect(act).toMatchObject({ name: 'Rita Reys', kind: 'solo' })
    expect(group.kind).toBe('album')
    expect(eds.map((e) => [e.name, e.releaseDate, e.format, e.barcode])).toEqual([['CD · JP', '2003', 'cd', null]])
    const list = await trackList(eds[0]!.id)
    expect(list).toHaveLength(12)
    // The recording's own title differs from the work's ("With" / "with"), so it is kept on the recording.
    expect(list[0]).toMatchObject({ position: 1, title: 'It’s All Right With Me', workTitle: 'It’s All Right with Me', durationSeconds: 161 })
    const [first] = await database.db
      .select()
      .from(recordings)
      .where(and(eq(recordings.workspaceId, ws), eq(recordings.id, list[0]!.recordingId)))
    expect(first).toMatchObject({ recordedOn: '1956-02-16', kind: 'master' })
    const featured = await database.db
      .select({ name: acts.name })
      .from(recordingFeatured)
      .innerJoin(acts, and(eq(acts.workspaceId, recordingFeatured.workspaceId), eq(acts.id, recordingFeatured.actId)))
      .where(and(eq(recordingFeatured.workspaceId, ws), eq(recordingFeatured.recordingId, list[0]!.recordingId)))
    expect(featured).toEqual([{ name: 'Wessel Ilcken Combo' }])
    expect((await writersOf('But Not for Me')).writers).toEqual([
      { name: 'George Gershwin', role: 'composer', shareBp: null },
      { name: 'Ira Gershwin', role: 'lyricist', shareBp: null },
    ])
    expect((await writersOf('It’s All Right with Me')).writers).toEqual([{ name: 'Cole Porter', role: 'composer-lyricist', shareBp: null }])
    const r = results.get(RITA_REYS)!
    // Three of the twelve recordings name their work; the other nine get a song of their own title, writers unknown.
    expect(r.counts.works).toEqual({ created: 12, updated: 0, unchanged: 0 })
    expect(r.warnings).toContain('9 recordings name no work in MusicBrainz: a song of the same title was created for each, its writers not known yet.')
    expect((await writersOf('Gone With the Wind')).writers).toEqual([])
  })

  it('keeps the two discs of æ³o & h³æ and the session dates of Become Desert', async () => {
    const autechre = await groupNamed('æ³o & h³æ')
    expect(autechre.act.name).toBe('Autechre')
    expect(autechre.editions.map((e) => [e.name, e.releaseDate, e.format])).toEqual([['2×CD · GB', '2003-12-04', 'cd']])
    expect((await trackList(autechre.editions[0]!.id)).map((t) => [t.medium, t.position, t.workTitle, t.durationSeconds])).toEqual([
      [1, 1, 'æ³o', 975],
      [2, 1, 'h³æ', 923],
    ])

    expect(results.get(AUTECHRE)!.warnings).toContain(
      '"æ³o & h³æ" does not name its release group; it is filed as an album of its own (a release-group document imported later joins it).',
    )
    expect(results.get(AUTECHRE)!.counts.acts).toEqual({ created: 2, updated: 0, unchanged: 0 }) // Autechre, and The Hafler Trio featured
    const desert = await groupNamed('Become Desert')
    expect(results.get(BECOME_DESERT)!.counts.people).toEqual({ created: 1, updated: 0, unchanged: 0 })
    expect(desert.editions.map((e) => [e.name, e.releaseDate, e.format])).toEqual([['Digital Media · XW', '2019-06-14', 'digital']])
    const [t] = await trackList(desert.editions[0]!.id)
    const [rec] = await database.db
      .select({ r: recordings, act: acts.name, kind: acts.kind })
      .from(recordings)
      .innerJoin(acts, and(eq(acts.workspaceId, recordings.workspaceId), eq(acts.id, recordings.actId)))
      .where(and(eq(recordings.workspaceId, ws), eq(recordings.id, t!.recordingId)))
    expect(rec).toMatchObject({ act: 'Seattle Symphony', kind: 'group', r: { recordedOn: '2018-09-25', durationSeconds: 2422 } })
    // Commissioned by and premiered by are not writing credits.
    expect((await writersOf('Become Desert')).writers).toEqual([{ name: 'John Luther Adams', role: 'composer', shareBp: null }])
  })

  it('keeps the editions of release groups: status, country and date of The Lost Tape, the single Main Tenance', async () => {
    const tape = await groupNamed('The Lost Tape')
    expect(tape.act.name).toBe('50 Cent')
    expect(tape.group).toMatchObject({ kind: 'album', notes: 'MusicBrainz: DJ-mix, Mixtape/Street.' })
    expect(tape.editions.map((e) => [e.name, e.releaseDate, e.format, e.barcode])).toEqual([['XW · Promotion', '2012-05-22', null, null]])
    expect(results.get(TENANCE_SEARCH)).toMatchObject({ kind: 'release-group', search: true, entities: 1 })
    const tenance = await groupNamed('Main Tenance')
    expect(tenance.group.kind).toBe('single')
    expect(tenance.act.name).toBe('Fred Giannelli')
    expect(tenance.editions.map((e) => e.name)).toEqual(['Main Tenance'])
  })

  it('imports a recording lookup with its featured artist and a work lookup with its ISWC and writer', async () => {
    const [angel] = await database.db
      .select({ r: recordings, act: acts })
      .from(recordings)
      .innerJoin(acts, and(eq(acts.workspaceId, recordings.workspaceId), eq(acts.id, recordings.actId)))
      .innerJoin(externalIds, and(eq(externalIds.workspaceId, recordings.workspaceId), eq(externalIds.entityId, recordings.id)))
      .where(and(eq(recordings.workspaceId, ws), eq(externalIds.externalId, 'b9ad642e-b012-41c7-b72a-42cf4911f9ff')))
    expect(angel).toMatchObject({ r: { durationSeconds: 230, kind: 'master' }, act: { name: '倖田來未', slug: 'koda-kumi', kind: 'solo' } })
    const feat = await database.db
      .select({ name: acts.name })
      .from(recordingFeatured)
      .innerJoin(acts, and(eq(acts.workspaceId, recordingFeatured.workspaceId), eq(acts.id, recordingFeatured.actId)))
      .where(and(eq(recordingFeatured.workspaceId, ws), eq(recordingFeatured.recordingId, angel!.r.id)))
    expect(feat).toEqual([{ name: '東方神起' }])
    expect(results.get(LAST_ANGEL)!.warnings).toContain(
      "The recording lists 15 releases without their track lists; they are not imported (import each release's own document).",
    )

    const hello = await writersOf('HELLO!また会おうね')
    expect(hello.work.iswc).toBe('T-101.690.320-9')
    expect(hello.writers).toEqual([{ name: 'つんく♂', role: 'composer-lyricist', shareBp: null }])
    expect(results.get(HELLO)!.worksNeedingSplits).toBe(1)
    expect((await writersOf('Sinfonie Nr. 1 c-Moll, op. 68')).writers).toEqual([])
    expect(results.get(BRAHMS)!.worksNeedingSplits).toBe(0)
    expect((await writersOf('Frozen Fred')).writers).toEqual([{ name: 'Michiel Peters', role: 'composer', shareBp: null }])
    expect(results.get(FROZEN_SEARCH)!.counts.works.created).toBe(1)
  })

  it('imports artists as external acts with their life span, and sixteen groups of a search with distinct addresses', async () => {
    const [nirvana] = await database.db
      .select()
      .from(acts)
      .where(and(eq(acts.workspaceId, ws), eq(acts.name, 'Nirvana')))
    expect(nirvana).toMatchObject({ kind: 'group', isInternal: false, description: '1980s~1990s US grunge band · 1987–1994-04-05' })
    const [rick] = await database.db
      .select()
      .from(acts)
      .where(and(eq(acts.workspaceId, ws), eq(acts.name, 'Rick Astley')))
    expect(rick).toMatchObject({ kind: 'solo', description: 'English singer, songwriter and radio personality · 1966-02-06–' })
    expect(results.get(RICK_ASTLEY)!.counts.acts).toEqual({ created: 1, updated: 0, unchanged: 0 })
    expect(results.get(FRED_SEARCH)!.counts.acts).toEqual({ created: 16, updated: 0, unchanged: 0 })
    const freds = await database.db
      .select({ slug: acts.slug, name: acts.name })
      .from(acts)
      .where(and(eq(acts.workspaceId, ws), eq(acts.kind, 'group')))
    expect(
      freds
        .filter((a) => a.name.toLowerCase() === 'fred')
        .map((a) => a.slug)
        .sort(),
    ).toEqual(['fred', 'fred-2', 'fred-3', 'fred-4'])
    expect(results.get(NIRVANA)!.entities).toBe(1)
  })

  it('imports every file a second time without changing anything', async () => {
    const before = await exportWorkspace(database.db, ws, { clock })
    for (const path of CATALOG) {
      const again = await importMusicBrainz(database.db, { workspaceId: ws, document: sample(path), clock: later })
      for (const [kind, c] of Object.entries(again.counts)) {
        expect(c.created, `${path} ${kind}`).toBe(0)
        expect(c.updated, `${path} ${kind}`).toBe(0)
      }
      // Found again, every one (songs made up for recordings without a work are reached through their recording).
      const first = results.get(path)!
      for (const kind of ['people', 'acts', 'memberships', 'recordings', 'releaseGroups', 'editions'] as const) {
        expect(again.counts[kind].unchanged, `${path} ${kind}`).toBe(first.counts[kind].created + first.counts[kind].unchanged)
      }
      expect(
        again.warnings.filter((w) => !w.includes('created')),
        path,
      ).toEqual(first.warnings.filter((w) => !w.includes('created')))
    }
    const after = await exportWorkspace(database.db, ws, { clock })
    expect(content(after)).toEqual(content(before))
    expect(after.tables.releaseGroups!.length).toBeGreaterThan(0)
  })
})

describe('re-importing after the band has worked on the data', () => {
  let db2: Database
  let ws2: string
  beforeAll(async () => {
    db2 = await freshDatabase()
    ws2 = await addWorkspace(db2.db, 'mb-edits')
  })
  afterAll(async () => {
    await db2?.close()
  })

  it("reuses the band's own act and people by name, keeps splits once filled, and the writers editor still wants 100 %", async () => {
    const now = clock.now()
    await db2.db.insert(acts).values({
      workspaceId: ws2,
      id: '0190a000-0000-7000-8000-000000000001',
      slug: 'lp',
      name: 'LINKIN PARK',
      kind: 'group',
      isInternal: true,
      createdAt: now,
      updatedAt: now,
    })
    await db2.db.insert(people).values({ workspaceId: ws2, id: '0190a000-0000-7000-8000-000000000002', name: 'Mike Shinoda', createdAt: now, updatedAt: now })
    const first = await importMusicBrainz(db2.db, { workspaceId: ws2, document: sample(METEORA), clock })
    expect(first.counts.acts).toEqual({ created: 0, updated: 0, unchanged: 1 })
    expect(first.counts.people).toEqual({ created: 5, updated: 0, unchanged: 1 })
    const [group] = await db2.db.select().from(releaseGroups).where(eq(releaseGroups.workspaceId, ws2))
    expect(group!.actId).toBe('0190a000-0000-7000-8000-000000000001')

    const [numb] = await db2.db
      .select()
      .from(works)
      .where(and(eq(works.workspaceId, ws2), eq(works.title, 'Numb')))
    const deps = { db: db2.db, clock: later, travel: DEFAULT_TRAVEL_POLICY }
    const actor = { userId: '0190a000-0000-7000-8000-0000000000ff', workspaceId: ws2, role: 'member' as const }
    const current = await getWork(deps, actor, numb!.id)
    const writers = current.writers.map((w) => ({ personId: w.personId, role: 'composer-lyricist' as const, sharePercent: 10 }))
    await expect(updateWork(deps, actor, numb!.id, { title: 'Numb', iswc: current.iswc, writers, version: current.version })).rejects.toMatchObject({
      code: 'validation',
      details: { errors: [{ path: 'writers', message: "the writers' shares total 60 %; they must total exactly 100 %" }] },
    })
    const shares = [20, 20, 15, 15, 15, 15]
    const saved = await updateWork(deps, actor, numb!.id, {
      title: 'Numb',
      iswc: current.iswc,
      writers: writers.map((w, i) => ({ ...w, sharePercent: shares[i]! })),
      version: current.version,
    })
    expect(saved.splitsPending).toBe(false)
    expect(saved.writers.map((w) => w.sharePercent)).toEqual(shares)

    const before = await exportWorkspace(db2.db, ws2, { clock })
    const again = await importMusicBrainz(db2.db, { workspaceId: ws2, document: sample(METEORA), clock: later })
    expect(again.counts.works).toEqual({ created: 0, updated: 0, unchanged: 13 })
    expect(again.worksNeedingSplits).toBe(11)
    expect(content(await exportWorkspace(db2.db, ws2, { clock }))).toEqual(content(before))
  })

  it('fills in the track list of an edition first imported from a lookup without recordings', async () => {
    const ws4 = await addWorkspace(db2.db, 'mb-tracks')
    const bare = structuredClone(sample(METEORA)) as { media: unknown[] }
    bare.media = []
    const first = await importMusicBrainz(db2.db, { workspaceId: ws4, document: bare, clock })
    expect(first.counts.editions).toEqual({ created: 1, updated: 0, unchanged: 0 })
    const [edition] = await db2.db.select().from(editions).where(eq(editions.workspaceId, ws4))
    expect(edition).toMatchObject({ name: 'XE', releaseDate: '2003-03-24', format: null })
    const full = await importMusicBrainz(db2.db, { workspaceId: ws4, document: sample(METEORA), clock: later })
    expect(full.counts).toMatchObject({
      releaseGroups: { created: 0, updated: 1, unchanged: 0 },
      editions: { created: 0, updated: 1, unchanged: 0 },
      recordings: { created: 13 },
    })
    const [filled] = await db2.db.select().from(editions).where(eq(editions.workspaceId, ws4))
    // The name stays as it was (the band may have renamed it); the empty format is filled in.
    expect(filled).toMatchObject({ id: edition!.id, name: 'XE', format: 'cd' })
    expect(await db2.db.select().from(tracks).where(eq(tracks.workspaceId, ws4))).toHaveLength(13)
    const [group] = await db2.db.select().from(releaseGroups).where(eq(releaseGroups.workspaceId, ws4))
    expect(group).toMatchObject({ version: 2, updatedAt: later.now() })
  })

  it('moves a recording imported without its work to the work a later release names, dropping the stand-in song', async () => {
    const ws5 = await addWorkspace(db2.db, 'mb-stand-in')
    const meteora = sample(METEORA) as { media: { tracks: { recording: Record<string, unknown> }[] }[] }
    // Numb as a recording lookup without inc=work-rels: no work is named, so a stand-in song is made.
    const numb = { ...meteora.media[0]!.tracks[12]!.recording, relations: [] }
    const alone = await importMusicBrainz(db2.db, { workspaceId: ws5, document: numb, clock })
    expect(alone.counts.works).toEqual({ created: 1, updated: 0, unchanged: 0 })
    const [standIn] = await db2.db.select().from(works).where(eq(works.workspaceId, ws5))
    const full = await importMusicBrainz(db2.db, { workspaceId: ws5, document: sample(METEORA), clock: later })
    expect(full.counts.recordings).toEqual({ created: 12, updated: 1, unchanged: 0 })
    const all = await db2.db.select({ id: works.id, title: works.title }).from(works).where(eq(works.workspaceId, ws5))
    expect(all).toHaveLength(13)
    expect(all.map((w) => w.id)).not.toContain(standIn!.id)
    const [rec] = await db2.db
      .select({ work: works.title, version: recordings.version })
      .from(recordings)
      .innerJoin(works, and(eq(works.workspaceId, recordings.workspaceId), eq(works.id, recordings.workId)))
      .where(and(eq(recordings.workspaceId, ws5), eq(works.title, 'Numb')))
    expect(rec).toEqual({ work: 'Numb', version: 2 })
    expect((await db2.db.select().from(workWriters).where(eq(workWriters.workspaceId, ws5))).length).toBe(12 * 6)
  })

  it('keeps at most 50 editions in a release group, as its editor does, and says so', async () => {
    const ws6 = await addWorkspace(db2.db, 'mb-many')
    const tape = sample(LOST_TAPE) as { releases: { id: string }[] }
    const release = tape.releases[0]!
    const many = { ...tape, releases: Array.from({ length: 52 }, (_, i) => ({ ...release, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` })) }
    const r = await importMusicBrainz(db2.db, { workspaceId: ws6, document: many, clock })
    expect(r.counts.editions.created).toBe(50)
    expect(r.warnings.filter((w) => w.includes('at most 50'))).toEqual([
      'A release group keeps at most 50 editions; "XW · Promotion" (00000000-0000-4000-8000-000000000050) and any further ones were left out.',
    ])
  })

  it('re-creates a record deleted since the last import', async () => {
    const [hello] = [await importMusicBrainz(db2.db, { workspaceId: ws2, document: sample(HELLO), clock })]
    expect(hello!.counts.works.created).toBe(1)
    await db2.db.delete(works).where(and(eq(works.workspaceId, ws2), eq(works.title, 'HELLO!また会おうね')))
    const back = await importMusicBrainz(db2.db, { workspaceId: ws2, document: sample(HELLO), clock: later })
    expect(back.counts.works).toEqual({ created: 1, updated: 0, unchanged: 0 })
    expect(back.counts.people).toEqual({ created: 0, updated: 0, unchanged: 1 })
  })
})

describe('members of a band, with partial dates', () => {
  // Artist lookups with inc=artist-rels carry "member of band" relations; the samples have none, so
  // these two documents are written here in the same ws/2 shape (a group's page and a member's page).
  const GROUP = 'a5e5e5e5-0000-4000-8000-000000000001'
  const ALEX = 'a5e5e5e5-0000-4000-8000-000000000002'
  const SAM = 'a5e5e5e5-0000-4000-8000-000000000003'
  const ref = (id: string, name: string, type: string) => ({ id, name, 'sort-name': name, type, 'type-id': null, disambiguation: '' })
  const member = (who: ReturnType<typeof ref>, begin: string | null, end: string | null, attributes: string[], direction: string) => ({
    type: 'member of band',
    'type-id': '5be4c609-9afa-4ea0-910b-12ffb71e3821',
    'target-type': 'artist',
    direction,
    begin,
    end,
    ended: end !== null,
    attributes,
    'attribute-values': {},
    'source-credit': '',
    'target-credit': '',
    artist: who,
  })
  const groupPage = {
    ...ref(GROUP, 'The Partial Dates', 'Group'),
    country: 'GB',
    'life-span': { begin: '2009-05', end: null, ended: false },
    relations: [
      member(ref(ALEX, 'Alex Example', 'Person'), '2009', '2012-03', ['original', 'lead vocals', 'guitar'], 'backward'),
      member(ref(SAM, 'Sam Example', 'Person'), '2012-04-01', null, ['drums (drum set)'], 'backward'),
    ],
  }
  const samPage = {
    ...ref(SAM, 'Sam Example', 'Person'),
    country: 'GB',
    gender: 'Female',
    relations: [member(ref(GROUP, 'The Partial Dates', 'Group'), '2012-04-01', '2014', [], 'forward')],
  }

  it('creates the group, its members as people and their memberships with partial dates, once', async () => {
    const db3 = await freshDatabase()
    try {
      const ws3 = await addWorkspace(db3.db, 'mb-members')
      const first = await importMusicBrainz(db3.db, { workspaceId: ws3, document: groupPage, clock })
      expect(first.counts).toMatchObject({ acts: { created: 1 }, people: { created: 2 }, memberships: { created: 2, updated: 0, unchanged: 0 } })
      const rows = await db3.db
        .select({
          name: people.name,
          role: actMemberships.role,
          instruments: actMemberships.instruments,
          beginDate: actMemberships.beginDate,
          endDate: actMemberships.endDate,
          act: acts.name,
          kind: acts.kind,
        })
        .from(actMemberships)
        .innerJoin(people, and(eq(people.workspaceId, actMemberships.workspaceId), eq(people.id, actMemberships.personId)))
        .innerJoin(acts, and(eq(acts.workspaceId, actMemberships.workspaceId), eq(acts.id, actMemberships.actId)))
        .where(eq(actMemberships.workspaceId, ws3))
        .orderBy(asc(actMemberships.beginDate))
      expect(rows).toEqual([
        {
          name: 'Alex Example',
          role: 'member',
          instruments: ['lead vocals', 'guitar'],
          beginDate: '2009',
          endDate: '2012-03',
          act: 'The Partial Dates',
          kind: 'group',
        },
        {
          name: 'Sam Example',
          role: 'member',
          instruments: ['drums (drum set)'],
          beginDate: '2012-04-01',
          endDate: null,
          act: 'The Partial Dates',
          kind: 'group',
        },
      ])
      // Sam's own page names the same membership (same group, person and start) and knows its end: it is filled in, not doubled.
      const fromSam = await importMusicBrainz(db3.db, { workspaceId: ws3, document: samPage, clock: later })
      expect(fromSam.counts.memberships).toEqual({ created: 0, updated: 1, unchanged: 0 })
      const sam = await db3.db
        .select({ endDate: actMemberships.endDate, version: actMemberships.version })
        .from(actMemberships)
        .where(and(eq(actMemberships.workspaceId, ws3), eq(actMemberships.beginDate, '2012-04-01')))
      expect(sam).toEqual([{ endDate: '2014', version: 2 }])
      const again = await importMusicBrainz(db3.db, { workspaceId: ws3, document: groupPage, clock: later })
      expect(again.counts.memberships).toEqual({ created: 0, updated: 0, unchanged: 2 })
    } finally {
      await db3.close()
    }
  })

  it('refuses a membership that ends before it begins, naming the relation', () => {
    const bad = { ...groupPage, relations: [member(ref(ALEX, 'Alex Example', 'Person'), '2012', '2009-06', [], 'backward')] }
    expect(() => parseMusicBrainz(bad)).toThrow(
      expect.objectContaining({ details: { errors: [{ path: 'relations.0.end', message: 'ends (2009-06) before it begins (2012)' }] } }),
    )
  })
})

describe('documents that are not right', () => {
  it('names the field of a date, a track position and a title that are wrong', () => {
    const meteora = sample(METEORA) as { date: string; media: { tracks: { position: number; recording: { title: string } }[] }[] }
    const broken = structuredClone(meteora)
    broken.date = '2003-02-30'
    expect(() => parseMusicBrainz(broken)).toThrow(
      expect.objectContaining({ details: { errors: [{ path: 'date', message: 'day 30 does not exist in 2003-02' }] } }),
    )
    const twice = structuredClone(meteora)
    twice.media[0]!.tracks[1]!.position = 1
    expect(() => parseMusicBrainz(twice)).toThrow(
      expect.objectContaining({ details: { errors: [expect.objectContaining({ path: 'media.0.tracks.1.position' })] } }),
    )
    const untitled = structuredClone(meteora)
    untitled.media[0]!.tracks[4]!.recording.title = ''
    expect(() => parseMusicBrainz(untitled)).toThrow(
      expect.objectContaining({ details: { errors: [{ path: 'media.0.tracks.4.recording.title', message: 'required' }] } }),
    )
    expect(() => parseMusicBrainz([1, 2])).toThrow(
      expect.objectContaining({ details: { errors: [{ path: 'document', message: 'a MusicBrainz ws/2 JSON object is expected' }] } }),
    )
  })
})
