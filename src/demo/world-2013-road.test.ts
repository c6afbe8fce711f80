import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, type App } from '../http/app.ts'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import { TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { doubleBookedGuests, stayDateProblems } from '../domain/hotels.ts'
import { loadDemoWorld } from './load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from './world-2013.ts'

/** Issue 15, point 8: the road in the demo world, read through the API as the people of 2013 would. */
describe('the 2013 demo world: days on the road', () => {
  let database: Database
  let app: App
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
  }, 300_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  it('gives every summer-tour show day the standard show day, from bus call to the last bus call, and lists the tour’s gaps', async () => {
    const sam = await as('sam')
    const tours = (await sam.get(`${api}/tours`)).json()
    const summer = tours.find((t: { name: string }) => t.name === 'Summer Break Tour 2013')
    const list = (await sam.get(`${api}/tours/${summer.id}/days`)).json()
    const showDays = list.dates.filter((d: { shows: unknown[] }) => d.shows.length > 0)
    expect(showDays.length).toBeGreaterThanOrEqual(12)
    expect(showDays.every((d: { dayId: string | null; itemCount: number }) => d.dayId !== null && d.itemCount >= 9)).toBe(true)
    expect(list.gaps).toBeGreaterThan(0)
    const first = (await sam.get(`${api}/days/${showDays[0].dayId}`)).json()
    const titles = first.items.map((i: { title: string }) => i.title)
    expect(titles[0]).toBe('Bus call')
    expect(titles).toEqual(expect.arrayContaining(['Load-in', 'Soundcheck', 'Doors', 'Support set', 'Set', 'Curfew']))
    expect(titles.at(-1)).toBe('Bus call')
    expect((await sam.get(`${api}/schedule-templates`)).json().map((t: { name: string }) => t.name)).toEqual(['Standard show day'])
  })

  it('has Tess join Dustin and Kendall’s journey at the connection: the second flight only, with its booking reference and not the first’s (ADR 050 amended)', async () => {
    const sam = await as('sam')
    const journeys = (await sam.get(`${api}/journeys`)).json() as {
      id: string
      title: string
      passengers: { personName: string }[]
      segments: { number: string; passengerIds: string[] }[]
    }[]
    const london = journeys.find((j) => j.title.includes('London to Burbank'))!
    expect(london.passengers.map((p) => p.personName)).toEqual(['Dustin Belt', 'Kendall Schmidt', 'Tess Marlowe'])
    expect(london.segments.map((s) => s.passengerIds.length)).toEqual([2, 3])
    const tess = await as('tess')
    const tessJourney = (await tess.get(`${api}/journeys/${london.id}`)).json()
    expect(tessJourney.segments.map((s: { bookingReference: string | null }) => s.bookingReference)).toEqual([null, 'HDQ7PL'])
  })

  it('has the New York promo trip as promo days with five interviews', async () => {
    const sam = await as('sam')
    const promo = (await sam.get(`${api}/days?from=2013-06-01&to=2013-06-10`)).json().filter((d: { type: string }) => d.type === 'promo')
    expect(promo.every((d: { city: string; timeZone: string }) => d.city === 'New York' && d.timeZone === 'America/New_York')).toBe(true)
    const items = (await Promise.all(promo.map(async (d: { id: string }) => (await sam.get(`${api}/days/${d.id}`)).json().items))).flat()
    expect(items.filter((i: { kind: string }) => i.kind === 'interview')).toHaveLength(5)
  })

  it('shows Victoria Justice her party’s lines and everyone’s on a summer day, never the band’s, the crew’s or Dustin’s', async () => {
    const victoria = await as('victoria')
    const days = (await victoria.get(`${api}/days`)).json()
    expect(days.length).toBeGreaterThanOrEqual(12)
    expect(days.every((d: { type: string }) => d.type === 'show')).toBe(true)
    const sheet = (await victoria.get(`${api}/days/${days[0].id}/sheet`)).json()
    const titles: string[] = sheet.items.map((i: { title: string }) => i.title)
    expect(titles).toEqual(expect.arrayContaining(['Victoria Justice: meet and greet', 'Support soundcheck', 'Doors']))
    for (const other of ['Load-in', 'Soundcheck', 'Acoustic section run-through']) expect(titles).not.toContain(other)
    const dustin = await as('dustin')
    const his = (await dustin.get(`${api}/days/${days[0].id}/sheet`)).json().items.map((i: { title: string }) => i.title)
    expect(his).toEqual(expect.arrayContaining(['Acoustic section run-through', 'Soundcheck']))
    expect(his).not.toContain('Victoria Justice: meet and greet')
  })

  it('keeps every hotel stay as the API would: dates in order, nobody in two rooms on one night', async () => {
    const sam = await as('sam')
    type Stay = Parameters<typeof stayDateProblems>[0] & { rooms: { guests: { personId: string; fromDate: string | null; toDate: string | null }[] }[] }
    const stays = (await sam.get(`${api}/hotels`)).json() as Stay[]
    expect(stays.length).toBeGreaterThanOrEqual(12)
    for (const stay of stays) expect([...stayDateProblems(stay, stay.rooms), ...doubleBookedGuests(stay, stay.rooms)]).toEqual([])
  })
})
