/**
 * The business of a show on the public page (issue 16; ADR 035, 043): the public page and
 * shows.json of an act with 500 shows and 3 offers each (tickets, presale, VIP), served through the
 * app (fresh in-memory PGlite), p50 per request, beside the same page and document of an act with the
 * same 500 shows and no offers; and the JSON-LD of the page parsed back and checked against Google's
 * event properties (googleEventProblems) on all 500 shows. Figures only.
 */
import type { MusicEvent, WithContext } from 'schema-dts'
import { createDb } from '../src/db/client.ts'
import { migrate } from '../src/db/migrate.ts'
import { insertRows } from '../src/db/writes/bulk.ts'
import { fixedClock } from '../src/domain/clock.ts'
import { checkOffers } from '../src/domain/tickets.ts'
import { buildApp } from '../src/http/app.ts'
import { googleEventProblems, jsonLdBlocks } from '../src/interop/schema-org/google-event.ts'
import { addAct, addShow, addVenue, addWorkspace, claimHandle } from '../src/test/public-show-rows.ts'

const SHOWS = 500
const RUNS = 30
const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Tokyo',
  'Australia/Sydney',
]

export interface BusinessBench {
  shows: number
  offersPerShow: number
  pageP50Ms: number
  pageBytes: number
  pageWithoutOffersP50Ms: number
  pageWithoutOffersBytes: number
  jsonP50Ms: number
  jsonBytes: number
  jsonWithoutOffersP50Ms: number
  jsonWithoutOffersBytes: number
  events: number
  validEvents: number
  offersInJsonLd: number
}

export async function benchBusiness(): Promise<BusinessBench> {
  const database = await createDb({ kind: 'pglite-memory' })
  const clock = fixedClock(new Date('2013-04-15T12:00:00Z'))
  try {
    await migrate(database)
    const db = database.db
    const ws = await addWorkspace(db, 'bench')
    const withOffers = await addAct(db, ws, { slug: 'with-offers', name: 'Big Time Rush' })
    const without = await addAct(db, ws, { slug: 'without-offers', name: 'Big Time Rush Again' })
    const support = await addAct(db, ws, { slug: 'victoria-justice', name: 'Victoria Justice', isInternal: false })
    await claimHandle(db, ws, withOffers, 'with-offers')
    await claimHandle(db, ws, without, 'without-offers')
    const venues = await Promise.all(
      ZONES.map((zone, i) =>
        addVenue(db, ws, {
          name: `Arena ${i + 1}`,
          address: `${i + 1} Main Street`,
          city: zone.split('/').pop()!.replace(/_/g, ' '),
          country: 'US',
          timeZone: zone,
          latitude: 10 + i,
          longitude: -60 + i * 5,
        }),
      ),
    )
    const offers: object[] = []
    for (const act of [withOffers, without]) {
      for (let i = 0; i < SHOWS; i++) {
        const day = new Date(Date.UTC(2013, 5, 1) + i * 86_400_000).toISOString().slice(0, 10)
        const zone = ZONES[i % ZONES.length]!
        const show = await addShow(db, ws, {
          actId: act,
          venueId: venues[i % ZONES.length]!,
          timeZone: zone,
          localDate: day,
          doors: '18:30',
          setStart: '20:00',
          curfew: '23:00',
          billing: [{ actId: support, role: 'support' }],
        })
        if (act !== withOffers) continue
        const url = `https://tickets.example.com/show-${i}`
        const checked = checkOffers(
          [
            { kind: 'presale', label: 'Fan club', url: `${url}/presale`, onSale: '2013-04-01T10:00', soldOut: false, priceMinor: 3_950, currency: 'USD' },
            { kind: 'tickets', label: 'General admission', url, onSale: '2013-05-01T10:00', soldOut: i % 10 === 0, priceMinor: 4_950, currency: 'USD' },
            { kind: 'vip', label: 'VIP', url: `${url}/vip`, onSale: null, soldOut: false, priceMinor: 19_900, currency: 'USD' },
          ],
          { timeZone: zone, endsAt: show.endsAt },
        )
        checked.offers.forEach((o, position) => offers.push({ workspaceId: ws, showId: show.id, position, ...o }))
      }
    }
    await insertRows(db, 'showOffers', offers)
    const app = await buildApp({ database, clock, logLevel: 'silent' })
    try {
      const get = async (url: string) => {
        const res = await app.inject({ method: 'GET', url })
        if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}`)
        return res.body
      }
      const p50 = async (url: string) => {
        for (let i = 0; i < 3; i++) await get(url)
        const times: number[] = []
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now()
          await get(url)
          times.push(performance.now() - started)
        }
        return Number(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!.toFixed(2))
      }
      const page = await get('/public/with-offers')
      const events = jsonLdBlocks(page).flatMap((b) => (Array.isArray(b) ? b : [b])) as WithContext<MusicEvent>[]
      return {
        shows: SHOWS,
        offersPerShow: 3,
        pageP50Ms: await p50('/public/with-offers'),
        pageBytes: Buffer.byteLength(page),
        pageWithoutOffersP50Ms: await p50('/public/without-offers'),
        pageWithoutOffersBytes: Buffer.byteLength(await get('/public/without-offers')),
        jsonP50Ms: await p50('/public/with-offers/shows.json'),
        jsonBytes: Buffer.byteLength(await get('/public/with-offers/shows.json')),
        jsonWithoutOffersP50Ms: await p50('/public/without-offers/shows.json'),
        jsonWithoutOffersBytes: Buffer.byteLength(await get('/public/without-offers/shows.json')),
        events: events.length,
        validEvents: events.filter((e) => googleEventProblems(e).length === 0).length,
        offersInJsonLd: events.reduce((n, e) => n + ([] as unknown[]).concat(e.offers ?? []).length, 0),
      }
    } finally {
      await app.close()
    }
  } finally {
    await database.close()
  }
}
