import fc from 'fast-check'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { showOffers, shows } from '../db/schema/index.ts'
import { ANNOUNCEMENT_STATES, SHOW_STATUSES, type AnnouncementState, type ShowStatus } from '../domain/touring.ts'
import { addAct, addShow, addVenue, addWorkspace, claimHandle } from '../test/public-show-rows.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'

/**
 * Whatever the shows and whatever the time: an unannounced show, a show still under embargo, a
 * hold and an offer appear in NO public output. Written from the words, not from isPublic.
 */
function mustStayPrivate(show: { status: ShowStatus; announcement: AnnouncementState; announceAt: Date | null }, now: Date): boolean {
  if (show.status === 'hold' || show.status === 'offer') return true
  if (show.announcement === 'unannounced') return true
  return show.announcement === 'embargoed' && (show.announceAt === null || show.announceAt > now)
}

const YEAR_2013 = { min: new Date('2013-01-01T00:00:00Z'), max: new Date('2013-12-31T00:00:00Z'), noInvalidDate: true }
const ZONES = ['America/Chicago', 'America/Sao_Paulo', 'Europe/Berlin', 'Asia/Tokyo'] as const

const showArb = fc.record({
  status: fc.constantFrom(...SHOW_STATUSES),
  announcement: fc.constantFrom(...ANNOUNCEMENT_STATES),
  announceAt: fc.option(fc.date(YEAR_2013), { nil: null }),
  zone: fc.constantFrom(...ZONES),
  localDate: fc.date(YEAR_2013).map((d) => d.toISOString().slice(0, 10)),
  doors: fc.option(fc.constantFrom('18:00', '19:30', '21:00'), { nil: null }),
  billed: fc.boolean(),
  // A ticket offer (issue 16): on sale from some instant (or at once), maybe sold out.
  offer: fc.option(fc.record({ onSaleAt: fc.option(fc.date(YEAR_2013), { nil: null }), soldOut: fc.boolean() }), { nil: null }),
})

// `now` is random, or exactly at / just before an announce time, where an embargo lifts.
const caseArb = fc.array(showArb, { minLength: 1, maxLength: 8 }).chain((list) => {
  const edges = list.flatMap((s) => (s.announceAt ? [s.announceAt, new Date(s.announceAt.getTime() - 1)] : []))
  return fc.tuple(fc.constant(list), edges.length ? fc.oneof(fc.date(YEAR_2013), fc.constantFrom(...edges)) : fc.date(YEAR_2013))
})

describe('public visibility', () => {
  let database: Database
  let app: App
  let now = new Date('2013-04-15T12:00:00Z')
  let workspaceId: string
  let actId: string
  let supportId: string
  const venues = new Map<string, string>()

  beforeAll(async () => {
    database = await freshDatabase()
    workspaceId = await addWorkspace(database.db)
    actId = await addAct(database.db, workspaceId, { slug: 'big-time-rush', name: 'Big Time Rush' })
    await claimHandle(database.db, workspaceId, actId, 'big-time-rush')
    const headliner = await addAct(database.db, workspaceId, { slug: 'someone-else', name: 'Someone Else' })
    supportId = headliner
    for (const zone of ZONES)
      venues.set(
        zone,
        await addVenue(database.db, workspaceId, {
          name: `Hall in ${zone}`,
          city: zone.split('/')[1]!,
          country: 'US',
          timeZone: zone,
          latitude: 10,
          longitude: 20,
        }),
      )
    app = await buildApp({ database, clock: { now: () => now }, logLevel: 'silent' })
  })
  afterAll(async () => {
    await app.close()
    await database.close()
  })

  it('never shows an unannounced, embargoed, held or offered show, nor its ticket offers, in the .ics, the .json, the page or its JSON-LD', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ([list, at]) => {
        await database.db.delete(shows).where(eq(shows.workspaceId, workspaceId))
        const created = []
        for (const s of list) {
          // Billed shows are headlined by another act, so the billing path is checked too.
          const { id } = await addShow(database.db, workspaceId, {
            actId: s.billed ? supportId : actId,
            billing: s.billed ? [{ actId, role: 'support' }] : [],
            venueId: venues.get(s.zone)!,
            timeZone: s.zone,
            localDate: s.localDate,
            doors: s.doors,
            curfew: s.doors ? '23:30' : null,
            status: s.status,
            announcement: s.announcement,
            announceAt: s.announceAt,
          })
          if (s.offer)
            await database.db.insert(showOffers).values({
              workspaceId,
              showId: id,
              position: 0,
              kind: 'tickets',
              url: `https://tickets.example.com/${id}`,
              onSaleAt: s.offer.onSaleAt,
              soldOut: s.offer.soldOut,
            })
          created.push({ ...s, id })
        }
        now = at
        const [ics, json, page] = await Promise.all(
          ['/shows.ics', '/shows.json', ''].map((p) => app.inject({ method: 'GET', url: `/public/big-time-rush${p}` })),
        )
        const listedInJson = new Set((json!.json().shows as { id: string }[]).map((s) => s.id))
        const listedInIcs = new Set([...ics!.body.matchAll(/^UID:(.+)@greenroom\r$/gm)].map((m) => m[1]))
        const listedOnPage = new Set([...page!.body.matchAll(/data-show-id="([^"]+)"/g)].map((m) => m[1]))
        // The page's schema.org JSON-LD for search engines: one MusicEvent per public show, named by its anchor.
        const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page!.body)
        const listedInJsonLd = new Set(jsonLd ? (JSON.parse(jsonLd[1]!) as { url: string }[]).map((e) => e.url.split('#show-')[1]) : [])
        for (const show of created) {
          const hidden = mustStayPrivate(show, now)
          for (const [where, listed] of [
            ['ics', listedInIcs],
            ['json', listedInJson],
            ['page', listedOnPage],
            ['json-ld', listedInJsonLd],
          ] as const) {
            expect(listed.has(show.id), `${where}: ${JSON.stringify(show)} at ${now.toISOString()}`).toBe(!hidden)
          }
          if (hidden) expect(ics!.body + json!.body + page!.body).not.toContain(show.id)
          // Its offer: listed only with a public show that is neither cancelled nor over; on sale only from its on-sale instant.
          const listedShow = (json!.json().shows as { id: string; endsAt: string; offers: { url: string; availability: string }[] }[]).find(
            (j) => j.id === show.id,
          )
          if (!listedShow || !show.offer) continue
          const over = new Date(listedShow.endsAt) <= now
          const offers = listedShow.offers
          if (show.status === 'cancelled' || over) expect(offers).toEqual([])
          else {
            const expected = show.offer.soldOut ? 'sold-out' : show.offer.onSaleAt && show.offer.onSaleAt > now ? 'pre-order' : 'in-stock'
            expect(offers.map((o) => o.availability)).toEqual([expected])
            // The page's HTML links an offer until it is sold out (its JSON-LD lists a sold-out offer as SoldOut).
            const html = page!.body.replace(/<script type="application\/ld\+json">.*?<\/script>/s, '')
            expect(html.includes(`https://tickets.example.com/${show.id}`)).toBe(expected !== 'sold-out')
          }
        }
      }),
      { numRuns: 40 },
    )
    // 40 runs of up to 8 shows and offers each, written and read through every public output: slow on a shared machine.
  }, 180_000)

  it('lifts an embargo at its announce time without anyone acting', async () => {
    await database.db.delete(shows).where(eq(shows.workspaceId, workspaceId))
    const announceAt = new Date('2013-06-01T15:00:00Z')
    const { id } = await addShow(database.db, workspaceId, {
      actId,
      venueId: venues.get('America/Sao_Paulo')!,
      timeZone: 'America/Sao_Paulo',
      localDate: '2013-08-17',
      doors: '19:00',
      announcement: 'embargoed',
      announceAt,
    })
    const listed = async (at: Date) => {
      now = at
      return (await app.inject({ method: 'GET', url: '/public/big-time-rush/shows.ics' })).body.includes(id)
    }
    expect(await listed(new Date(announceAt.getTime() - 1))).toBe(false)
    expect(await listed(announceAt)).toBe(true)
  })
})
