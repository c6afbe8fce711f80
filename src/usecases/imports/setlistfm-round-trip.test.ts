import { readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { and, eq } from 'drizzle-orm'
import type { Database } from '../../db/client.ts'
import { acts, playedSetlists, recordings, shows, tours, venues, works } from '../../db/schema/index.ts'
import { fixedClock } from '../../domain/clock.ts'
import { addDays, startOfLocalDay } from '../../domain/local-time.ts'
import { addAct, addWorkspace } from '../../test/public-show-rows.ts'
import { freshDatabase } from '../../test/test-database.ts'
import { exportSetlistFm } from '../played/export-setlistfm.ts'
import { importSetlistFm } from './setlistfm-document.ts'
import { parseSetlistFm } from '../../interop/setlistfm/parse.ts'

const PHISH = JSON.parse(readFileSync(new URL('../../../../shared/interop-samples/setlistfm/phish-setlists-response.json', import.meta.url), 'utf8')) as {
  setlist: { id: string; sets: { set: { song: unknown[] }[] } }[]
}
const clock = fixedClock(new Date('2026-11-21T12:00:00Z'))
const SONGS = PHISH.setlist.reduce((n, s) => n + s.sets.set.reduce((m, set) => m + set.song.length, 0), 0)
const SETS = PHISH.setlist.reduce((n, s) => n + s.sets.set.length, 0)

let first: Database
let second: Database
beforeAll(async () => {
  ;[first, second] = await Promise.all([freshDatabase(), freshDatabase()])
})
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()])
})

describe('importing the real Phish page from setlist.fm', () => {
  let workspaceId: string
  let result: Awaited<ReturnType<typeof importSetlistFm>>
  beforeAll(async () => {
    workspaceId = await addWorkspace(first.db)
    result = await importSetlistFm(first.db, { workspaceId, payload: PHISH, clock })
  })

  it('keeps all 20 set lists, one show each, with an entry per song and per set', async () => {
    expect(SONGS).toBe(369)
    expect(SETS).toBe(61)
    expect(result).toMatchObject({
      setlists: 20,
      imported: 20,
      alreadyHere: 0,
      skipped: 0,
      songsSkipped: 0,
      showsCreated: 20,
      entries: SONGS + SETS,
      actCreated: true,
    })
    expect(result.reports.map((r) => r.outcome)).toEqual(Array(20).fill('imported'))
    const rows = await first.db.select().from(playedSetlists).where(eq(playedSetlists.workspaceId, workspaceId))
    expect(rows).toHaveLength(20)
    expect(rows.every((r) => r.source === 'setlistfm')).toBe(true)
    expect(new Set(rows.map((r) => r.sourceId))).toEqual(new Set(PHISH.setlist.map((s) => s.id)))
  })

  it("creates the act as an external group with the artist's MusicBrainz id", async () => {
    const [act] = await first.db.select().from(acts).where(eq(acts.workspaceId, workspaceId))
    expect(act).toMatchObject({ name: 'Phish', slug: 'phish', kind: 'group', isInternal: false })
    expect(act!.description).toContain('e01646f2-2a04-450d-8bf2-0d993082e058')
  })

  it('keeps sets, encores, covers with MBIDs, segues and notes of the Hollywood Bowl show', async () => {
    const [row] = await first.db
      .select()
      .from(playedSetlists)
      .where(and(eq(playedSetlists.workspaceId, workspaceId), eq(playedSetlists.sourceId, '235d0827')))
    const entries = row!.entries as { type: string; section?: string; title?: string; segue?: string; cover?: unknown; notes?: string }[]
    expect(entries.filter((e) => e.type === 'section').map((e) => [e.section, e.title])).toEqual([
      ['main', 'Set 1'],
      ['main', 'Set 2'],
      ['encore', 'Encore 1'],
    ])
    expect(entries.find((e) => e.title === 'Hey Stranger')).toMatchObject({
      segue: '>',
      cover: { artist: 'Trey Anastasio', mbid: 'd942f71b-09d3-406c-8f7d-c52eba3135c1' },
    })
    expect(entries.find((e) => e.title === 'You Enjoy Myself')).toMatchObject({ segue: '->' })
    expect(entries.at(-1)).toMatchObject({ type: 'song', title: 'Fuego' })
  })

  it('keeps every remark in the info of a song as notes, without the segue marker', async () => {
    const notes = parseSetlistFm(PHISH).setlists.flatMap((s) => s.entries.map((e) => e.notes).filter(Boolean))
    expect(notes).toContain('without B&D section')
    expect(notes).toContain('ended with a Split Open and Melt jam.')
    expect(notes).toContain("Trey teased Dave's Energy Guide and Page teased Tweezer) (> 'Chalk Dust Torture' reprise")
  })

  it("gives each show the venue's zone from its coordinates and the whole local day", async () => {
    const [row] = await first.db
      .select({ show: shows, venue: venues, tour: tours.name })
      .from(shows)
      .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
      .innerJoin(tours, and(eq(tours.workspaceId, shows.workspaceId), eq(tours.id, shows.tourId)))
      .innerJoin(playedSetlists, and(eq(playedSetlists.workspaceId, shows.workspaceId), eq(playedSetlists.showId, shows.id)))
      .where(and(eq(shows.workspaceId, workspaceId), eq(playedSetlists.sourceId, '235d0827')))
    expect(row!.venue).toMatchObject({ name: 'Hollywood Bowl', city: 'Los Angeles', country: 'US', timeZone: 'America/Los_Angeles', address: 'California' })
    expect(row!.tour).toBe('Spring Tour 2025')
    expect(row!.show).toMatchObject({ localDate: '2025-04-27', status: 'played', announcement: 'announced', setStart: null })
    expect(row!.show.startsAt).toEqual(startOfLocalDay('2025-04-27', 'America/Los_Angeles'))
    expect(row!.show.endsAt).toEqual(startOfLocalDay(addDays('2025-04-27', 1), 'America/Los_Angeles'))
    const zones = await first.db.select({ zone: venues.timeZone, country: venues.country }).from(venues).where(eq(venues.workspaceId, workspaceId))
    expect(zones.filter((z) => z.country === 'MX').every((z) => z.zone === 'America/Cancun')).toBe(true)
  })

  it('changes nothing when the same file is imported again', async () => {
    const again = await importSetlistFm(first.db, { workspaceId, payload: PHISH, clock })
    expect(again).toMatchObject({ imported: 0, alreadyHere: 20, skipped: 0, showsCreated: 0, venuesCreated: 0, toursCreated: 0, actCreated: false })
    expect(await first.db.$count(shows, eq(shows.workspaceId, workspaceId))).toBe(20)
  })

  it('re-imports its own export losslessly: export, import elsewhere, export again is the same document', async () => {
    const exported = await exportSetlistFm(first.db, { workspaceId, actSlug: 'phish' })
    expect(exported).toMatchObject({ type: 'setlists', page: 1, total: 20, itemsPerPage: 20 })
    const otherWorkspace = await addWorkspace(second.db)
    const back = await importSetlistFm(second.db, { workspaceId: otherWorkspace, payload: JSON.parse(JSON.stringify(exported)), clock })
    expect(back).toMatchObject({ imported: 20, entries: SONGS + SETS })
    const again = await exportSetlistFm(second.db, { workspaceId: otherWorkspace, actSlug: 'phish' })
    expect(again).toEqual(exported)
  })

  it('exports the original page as it came: set names, song names, ids, sort names, URLs, versionId', async () => {
    const exported = await exportSetlistFm(first.db, { workspaceId, actSlug: 'phish' })
    expect(exported.setlist).toEqual(PHISH.setlist)
  })

  it('writes an entry edited after the import from Greenroom, and keeps the rest as given', async () => {
    const [row] = await first.db
      .select()
      .from(playedSetlists)
      .where(and(eq(playedSetlists.workspaceId, workspaceId), eq(playedSetlists.sourceId, '235d0827')))
    const entries = row!.entries as { title?: string; notes?: string }[]
    const edited = entries.map((e) => (e.title === 'Hey Stranger' ? { ...e, notes: 'with a new ending' } : e))
    await first.db
      .update(playedSetlists)
      .set({ entries: edited })
      .where(and(eq(playedSetlists.workspaceId, workspaceId), eq(playedSetlists.showId, row!.showId)))
    const exported = (await exportSetlistFm(first.db, { workspaceId, actSlug: 'phish' })).setlist.find((s) => s.id === '235d0827')!
    const songs = exported.sets.set[0]!.song
    expect(songs.find((s) => s.name === 'Hey Stranger')).toEqual({
      name: 'Hey Stranger',
      cover: { mbid: 'd942f71b-09d3-406c-8f7d-c52eba3135c1', name: 'Trey Anastasio' },
      info: 'with a new ending) (>',
    })
    expect(songs.find((s) => s.name === 'Timber')!.cover).toMatchObject({ sortName: 'White, Josh' })
    expect(exported.sets.set[0]!.name).toBe('Set 1:')
  })
})

describe('importing into a workspace that has the act', () => {
  it('files the set lists under it and matches songs to its recordings by title', async () => {
    const workspaceId = await addWorkspace(first.db)
    const actId = await addAct(first.db, workspaceId, { slug: 'the-phish', name: 'phish' })
    const workId = randomUUID()
    const at = new Date('2020-01-01T00:00:00Z')
    await first.db.insert(works).values({ workspaceId, id: workId, title: 'FUEGO', createdAt: at, updatedAt: at })
    const recordingId = randomUUID()
    await first.db.insert(recordings).values({ workspaceId, id: recordingId, workId, actId, kind: 'studio', createdAt: at, updatedAt: at })
    const one = PHISH.setlist[0]
    const result = await importSetlistFm(first.db, { workspaceId, actSlug: 'the-phish', payload: one, clock })
    expect(result).toMatchObject({ actId, actCreated: false, imported: 1 })
    expect(result.songsMatched).toBeGreaterThan(0)
    const [row] = await first.db.select().from(playedSetlists).where(eq(playedSetlists.workspaceId, workspaceId))
    expect((row!.entries as { recordingId?: string }[]).some((e) => e.recordingId === recordingId)).toBe(true)
    const exported = await exportSetlistFm(first.db, { workspaceId, actSlug: 'the-phish' })
    // Matched to the recording, the song keeps the name setlist.fm gave it.
    expect(exported.setlist[0]!.sets.set.at(-1)!.song[0]!.name).toBe('Fuego')
  })
})
