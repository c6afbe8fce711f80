import type { MusicEvent, Offer, WithContext } from 'schema-dts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, type App } from '../http/app.ts'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import { googleEventProblems, jsonLdBlocks } from '../interop/schema-org/google-event.ts'
import { TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { loadDemoWorld } from './load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from './world-2013.ts'

/**
 * Issue 16, points 2 and 6: the business of the demo world read back through the served public
 * page (its JSON-LD parsed out of the HTML, every public show checked against Google's event
 * documentation) and through the API as the people of 2013 would read their money.
 */
describe('the 2013 demo world: tickets, structured data and settlements', () => {
  let database: Database
  let app: App
  let june: App
  const api = '/api/workspaces/demo'
  const as = async (login: string) => {
    const c = new TestClient(app)
    await c.post('/api/auth/login', { email: `${login}@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })
    return c
  }
  beforeAll(async () => {
    database = await freshDatabase()
    await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    // after São Paulo's embargo lifts (June 1, 12:00 there), before its presale opens (June 3)
    june = await buildApp({ database, clock: fixedClock(new Date('2013-06-02T12:00:00Z')), logLevel: 'silent' })
  }, 300_000)
  afterAll(async () => {
    await app?.close()
    await june?.close()
    await database?.close()
  })

  /** Every public show of the act's shows.json, with the MusicEvent the served page embeds for it. */
  const eventsOf = async (server: App, handle: string) => {
    const page = await server.inject({ method: 'GET', url: `/public/${handle}` })
    expect(page.statusCode).toBe(200)
    const listed = (await server.inject({ method: 'GET', url: `/public/${handle}/shows.json` })).json().shows as { id: string; venue: { city: string } }[]
    const events = jsonLdBlocks(page.body).flatMap((b) => (Array.isArray(b) ? b : [b])) as WithContext<MusicEvent>[]
    const byShow = new Map(events.map((e) => [String(e.url).split('#show-')[1], e]))
    return listed.map((s) => ({ show: s, event: byShow.get(s.id) }))
  }
  const offersOf = (e: WithContext<MusicEvent>) => ([] as Offer[]).concat((e.offers ?? []) as Offer | Offer[])

  it('embeds a MusicEvent meeting every required and recommended property of Google’s event documentation for every public show', async () => {
    for (const [server, handle] of [
      [app, 'big-time-rush'],
      [app, 'heffron-drive'],
      [june, 'big-time-rush'],
    ] as const) {
      const pairs = await eventsOf(server, handle)
      expect(pairs.length).toBeGreaterThan(0)
      for (const { show, event } of pairs) {
        expect(event, `${handle}: no JSON-LD for the show in ${show.venue.city}`).toBeDefined()
        expect(googleEventProblems(event!), `${handle}, ${show.venue.city}`).toEqual([])
      }
    }
  })

  it('puts the summer tour on sale with links on an example domain, Boston sold out; São Paulo only after its embargo, its presale as a pre-order', async () => {
    const spring = await eventsOf(app, 'big-time-rush')
    const summer = spring.filter(({ event }) => offersOf(event!).length > 0)
    expect(summer.length).toBeGreaterThanOrEqual(18)
    for (const { show, event } of summer) {
      const offers = offersOf(event!)
      expect(offers.every((o) => String(o.url).startsWith('https://tickets.example.com/'))).toBe(true)
      expect(offers.map((o) => o.availability)).toEqual(
        Array(offers.length).fill(show.venue.city === 'Boston' ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock'),
      )
    }
    expect(spring.some(({ show }) => show.venue.city === 'São Paulo')).toBe(false)
    const saoPaulo = (await eventsOf(june, 'big-time-rush')).find(({ show }) => show.venue.city === 'São Paulo')!
    expect(offersOf(saoPaulo.event!).map((o) => [o.availability, o.validFrom, o.price, o.priceCurrency])).toEqual([
      ['https://schema.org/PreOrder', '2013-06-03T10:00:00-03:00', '180.00', 'BRL'],
      ['https://schema.org/PreOrder', '2013-06-08T10:00:00-03:00', '220.00', 'BRL'],
    ])
  })

  it('settles Heffron Drive’s Amsterdam show in euros, approved by the manager, and drafts San Diego in dollars; the tour adds up in dollars', async () => {
    const sam = await as('sam')
    const shows = (await sam.get(`${api}/shows`)).json() as { id: string; localDate: string; city: string; actId: string }[]
    const amsterdam = shows.find((s) => s.localDate === '2013-03-10')!
    const sanDiego = shows.find((s) => s.localDate === '2013-06-28')!
    const settled = (await sam.get(`${api}/shows/${amsterdam.id}/settlement`)).json()
    expect(settled.approval.approvedBy.name).toBe('Nadia Ferreira')
    expect(settled.sheet.currency).toBe('EUR')
    expect(settled.sheet.lines.some((l: { key: string; label: string }) => l.key === 'adjustments.0' && l.label.includes('van broke down'))).toBe(true)
    expect(
      settled.sheet.artistTakeMinor +
        settled.sheet.promoterTakeMinor +
        settled.sheet.taxesMinor +
        settled.sheet.expensesBeforeSplitMinor +
        settled.sheet.expensesAfterSplitMinor,
    ).toBe(settled.sheet.grossMinor)
    const draft = (await sam.get(`${api}/shows/${sanDiego.id}/settlement`)).json()
    expect(draft).toMatchObject({ approval: null, sheet: { currency: 'USD', depositsPaidMinor: 3_750_000 } })
    const tours = (await sam.get(`${api}/tours`)).json() as { id: string; name: string }[]
    const hdTour = (await sam.get(`${api}/shows/${amsterdam.id}`)).json().tourId
    const money = (await sam.get(`${api}/tours/${hdTour}/money`)).json()
    expect(money).toMatchObject({ homeCurrency: 'USD', totals: { missingRates: 0 } })
    expect(money.totals.artistTotalMinor).toBeGreaterThan(settled.sheet.artistTotalMinor) // a euro was worth more than a dollar
    expect(tours.length).toBeGreaterThan(0)
    const pdf = await sam.get(`${api}/shows/${amsterdam.id}/settlement.pdf`)
    expect(pdf.statusCode).toBe(200)

    // Kendall plays Amsterdam and Heffron Drive shares its deals; Big Time Rush does not; Victoria (a viewer) sees none.
    const kendall = await as('kendall')
    const deal = await kendall.get(`${api}/shows/${amsterdam.id}/settlement`)
    expect(deal.statusCode).toBe(200)
    expect(deal.json()).toMatchObject({ deal: { currency: 'EUR', deal: { kind: 'versus' } }, sheet: null, terms: null })
    expect((await kendall.get(`${api}/shows/${sanDiego.id}/settlement`)).statusCode).toBe(403)
    const victoria = await as('victoria')
    expect((await victoria.get(`${api}/shows/${amsterdam.id}/settlement`)).statusCode).toBe(403)
  })
})
