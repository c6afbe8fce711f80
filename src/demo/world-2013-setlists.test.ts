import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { and, eq } from 'drizzle-orm'
import type { Database } from '../db/client.ts'
import * as schema from '../db/schema/index.ts'
import { EntriesSchema, SetlistEntrySchema, SetlistRulesSchema } from '../contract/setlists.ts'
import { fixedClock } from '../domain/clock.ts'
import { freshDatabase } from '../test/test-database.ts'
import { loadDemoWorld, type LoadedDemoWorld } from './load-demo-world.ts'
import { world2013 as world } from './world-2013.ts'

/** Spring 2013: the set list for the summer tour has just been agreed. */
const SPRING_2013 = new Date('2013-05-20T17:00:00.000Z')
const data = world.setlists!

describe('the 2013 demo set lists, as data', () => {
  it('uses only recordings of Big Time Rush, and stable entry ids within each list', () => {
    const btrRecordings = new Set(world.recordings.filter((r) => r.act === 'btr').map((r) => r.ref))
    const lists = [...data.proposals.flatMap((p) => p.versions.map((v) => v.entries)), ...data.pastTours.flatMap((t) => t.shows.map((s) => s.played))]
    for (const entries of lists) {
      for (const e of entries) if (e.recording) expect(btrRecordings).toContain(e.recording)
      expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
    }
  })

  it("keeps the ids of the entries Carlos's amendment keeps, and plays at least six songs released with 24/Seven", () => {
    const [v1, v2] = data.proposals[0]!.versions
    expect(v2!.entries.map((e) => e.id).sort()).toEqual(v1!.entries.map((e) => e.id).sort())
    const album = new Set(world.releaseGroups.find((g) => g.title === '24/Seven')!.editions.flatMap((e) => e.tracks.map((t) => t.recording)))
    expect(v2!.entries.filter((e) => e.recording && album.has(e.recording)).length).toBeGreaterThanOrEqual(6)
  })
})

describe('the 2013 demo set lists, loaded', () => {
  let database: Database
  let loaded: LoadedDemoWorld
  const db = () => database.db
  const personName = async (id: string) => (await db().select({ name: schema.people.name }).from(schema.people).where(eq(schema.people.id, id)))[0]!.name

  beforeAll(async () => {
    database = await freshDatabase()
    loaded = await loadDemoWorld(database.db, { clock: fixedClock(SPRING_2013) })
  })
  afterAll(async () => {
    await database?.close()
  })

  it('gives Big Time Rush a consensus of all members and rules the contract accepts', async () => {
    const [act] = await db().select().from(schema.acts).where(eq(schema.acts.slug, 'big-time-rush'))
    const [settings] = await db().select().from(schema.actSetlistSettings).where(eq(schema.actSetlistSettings.actId, act!.id))
    expect(settings).toMatchObject({ consensus: 'all', countTouringMusicians: false, deciderPersonIds: [] })
    const rules = SetlistRulesSchema.parse(settings!.rules)
    expect(rules).toMatchObject({
      newSongs: { count: 6, mode: 'at-least', sinceDate: '2013-06-11' },
      acousticSection: { playerRole: 'acoustic-guitar', midSet: true },
      guestSongsNeedBilledGuest: true,
      maxLeadRun: 3,
      durationWindow: { minSeconds: 75 * 60, maxSeconds: 95 * 60 },
      differFromLastTourPct: 40,
    })
  })

  it("agrees Kendall's proposal for the summer tour on version 2, Carlos's amendment, approved by all four members", async () => {
    const proposals = await db().select().from(schema.setlistProposals)
    const [tour] = await db().select().from(schema.tours).where(eq(schema.tours.name, 'Summer Break Tour 2013'))
    const agreed = proposals.find((p) => p.status === 'agreed')!
    expect(agreed).toMatchObject({ targetKind: 'tour', tourId: tour!.id })
    expect(await personName(agreed.authorPersonId)).toBe('Kendall Schmidt')

    const versions = await db().select().from(schema.setlistVersions).where(eq(schema.setlistVersions.proposalId, agreed.id))
    const v1 = versions.find((v) => v.number === 1)!
    const v2 = versions.find((v) => v.number === 2)!
    expect(agreed.agreedVersionId).toBe(v2.id)
    expect(v2).toMatchObject({ kind: 'amendment', parentVersionId: v1.id })
    expect(await personName(v2.authorPersonId)).toBe('Carlos PenaVega')

    const approvals = await db()
      .select()
      .from(schema.setlistAnswers)
      .where(and(eq(schema.setlistAnswers.versionId, v2.id), eq(schema.setlistAnswers.kind, 'approve')))
    const approvers = await Promise.all(approvals.map((a) => personName(a.personId)))
    expect(approvers.sort()).toEqual(['Carlos PenaVega', 'James Maslow', 'Kendall Schmidt', 'Logan Henderson'])
    // Agreed when the last of the four approved, not before.
    expect(agreed.agreedAt!.getTime()).toBe(Math.max(...approvals.map((a) => a.createdAt.getTime())))
    const james = approvals.find((a) => a.text === 'Sounds good.')
    expect(james && (await personName(james.personId))).toBe('James Maslow')

    const [amend] = await db()
      .select()
      .from(schema.setlistAnswers)
      .where(and(eq(schema.setlistAnswers.versionId, v1.id), eq(schema.setlistAnswers.kind, 'amend')))
    expect(amend).toMatchObject({ resultVersionId: v2.id })
  })

  it("keeps Logan's counter-proposal, based on version 1, with his reason", async () => {
    const agreed = (await db().select().from(schema.setlistProposals)).find((p) => p.status === 'agreed')!
    const [v1] = await db()
      .select()
      .from(schema.setlistVersions)
      .where(and(eq(schema.setlistVersions.proposalId, agreed.id), eq(schema.setlistVersions.number, 1)))
    const [counter] = await db().select().from(schema.setlistProposals).where(eq(schema.setlistProposals.basedOnVersionId, v1!.id))
    expect(await personName(counter!.authorPersonId)).toBe('Logan Henderson')
    const [counterV1] = await db().select().from(schema.setlistVersions).where(eq(schema.setlistVersions.proposalId, counter!.id))
    expect(counterV1).toMatchObject({ kind: 'counter', number: 1 })
    const [answer] = await db()
      .select()
      .from(schema.setlistAnswers)
      .where(and(eq(schema.setlistAnswers.versionId, v1!.id), eq(schema.setlistAnswers.kind, 'counter')))
    expect(answer).toMatchObject({ personId: counter!.authorPersonId, text: "I don't like it at all, let's do this.", resultVersionId: counterV1!.id })
  })

  it('stores entries the contract parses, with a mid-set acoustic section and the Taylor Swift cover with Victoria Justice in the encore', async () => {
    const versions = await db().select().from(schema.setlistVersions)
    expect(versions).toHaveLength(4)
    for (const v of versions) {
      for (const e of v.entries as unknown[]) expect(SetlistEntrySchema.safeParse(e).success).toBe(true)
      expect(EntriesSchema.safeParse(v.entries).success).toBe(true)
    }
    const agreed = (await db().select().from(schema.setlistProposals)).find((p) => p.status === 'agreed')!
    const draft = EntriesSchema.parse(versions.find((v) => v.proposalId === agreed.id && v.kind === 'draft')!.entries)
    const sections = draft.filter((e) => e.type === 'section').map((e) => e.section)
    expect(sections).toEqual(['main', 'acoustic', 'main', 'encore'])
    const acoustic = draft.findIndex((e) => e.section === 'acoustic')
    expect(acoustic).toBeGreaterThan(draft.length / 4)
    expect(acoustic).toBeLessThan((draft.length * 3) / 4)
    expect(draft.some((e) => e.type === 'other' && e.otherKind === 'dj-interlude')).toBe(true)
    const encore = draft.slice(draft.findIndex((e) => e.section === 'encore'))
    expect(encore).toContainEqual(
      expect.objectContaining({ title: 'I Knew You Were Trouble', cover: { artist: 'Taylor Swift' }, guests: ['Victoria Justice'] }),
    )
  })

  it("keeps the last tour's set list as recorded history", async () => {
    const [tour] = await db().select().from(schema.tours).where(eq(schema.tours.name, 'Better with U Tour'))
    const shows = await db().select().from(schema.shows).where(eq(schema.shows.tourId, tour!.id))
    expect(shows).toHaveLength(1)
    expect(shows[0]).toMatchObject({ localDate: '2012-02-18', status: 'played' })
    const [played] = await db().select().from(schema.playedSetlists).where(eq(schema.playedSetlists.showId, shows[0]!.id))
    expect(played).toMatchObject({ source: 'recorded' })
    expect(EntriesSchema.parse(played!.entries).filter((e) => e.type === 'song').length).toBeGreaterThanOrEqual(10)
    expect(loaded.rows).toMatchObject({ setlistProposals: 3, setlistVersions: 4, playedSetlists: 1, actSetlistSettings: 1 })
  })

  it("keeps Carlos's South America list open, for its leg, without Victoria Justice, and applies the agreed list to the North America leg", async () => {
    const [leg] = await db().select().from(schema.tourLegs).where(eq(schema.tourLegs.name, 'South America'))
    const [open] = await db().select().from(schema.setlistProposals).where(eq(schema.setlistProposals.status, 'open'))
    expect(open).toMatchObject({ targetKind: 'leg', legId: leg!.id, tourId: null, agreedVersionId: null })
    expect(await personName(open!.authorPersonId)).toBe('Carlos PenaVega')
    const [version] = await db().select().from(schema.setlistVersions).where(eq(schema.setlistVersions.proposalId, open!.id))
    const entries = EntriesSchema.parse(version!.entries)
    expect(entries.filter((e) => e.guests?.length)).toEqual([])
    expect(entries.some((e) => e.cover)).toBe(false)

    const agreed = (await db().select().from(schema.setlistProposals)).find((p) => p.status === 'agreed')!
    const [northAmerica] = await db().select().from(schema.tourLegs).where(eq(schema.tourLegs.name, 'North America'))
    const legShows = await db().select().from(schema.shows).where(eq(schema.shows.legId, northAmerica!.id))
    const applied = await db().select().from(schema.showSetlists)
    expect(applied.map((a) => a.showId).sort()).toEqual(legShows.map((s) => s.id).sort())
    expect(new Set(applied.map((a) => a.versionId))).toEqual(new Set([agreed.agreedVersionId]))
    expect(await personName(applied[0]!.appliedBy)).toBe('Kendall Schmidt')
    expect(loaded.rows.showSetlists).toBe(18)
  })
})
