import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

// The test clock is 2013-04-15T12:00Z (test-app.ts).
describe('ticket offers and public status', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let btr: { id: string }
  let chicago: { id: string }
  let chicagoClub: { id: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Tickets'))
    btr = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    chicago = await created(client, `${base}/venues`, { name: 'Lakeside Arena', city: 'Chicago', country: 'US', timeZone: 'America/Chicago' })
    chicagoClub = await created(client, `${base}/venues`, { name: 'North Side Club', city: 'Chicago', country: 'US', timeZone: 'America/Chicago' })
    expect((await client.put(`${base}/acts/${btr.id}/public-handle`, { handle: 'btr-tickets' })).statusCode).toBe(200)
  })
  afterAll(() => t.close())

  const addShow = (over: Record<string, unknown> = {}) =>
    created(client, `${base}/shows`, {
      actId: btr.id,
      venueId: chicago.id,
      localDate: '2013-07-12',
      doors: '19:00',
      curfew: '23:00',
      status: 'confirmed',
      announcement: 'announced',
      billing: [],
      lineup: [],
      ...over,
    })
  const offer = (over: Record<string, unknown> = {}) => ({ kind: 'tickets', url: 'https://tickets.example.com/btr/chicago', ...over })
  const publicJson = async () => (await t.app.inject({ method: 'GET', url: '/public/btr-tickets/shows.json' })).json().shows as any[]

  it('stores offers under the show’s version, with on-sale instants on the venue clock, and shows them publicly', async () => {
    const show = await addShow()
    const res = await client.put(`${base}/shows/${show.id}/tickets`, {
      version: show.version,
      lifecycle: 'scheduled',
      offers: [
        offer({ label: 'General admission', onSale: '2013-04-13T10:00', priceMinor: 4950, currency: 'USD' }),
        offer({ kind: 'vip', url: 'http://vip.example.com/btr', onSale: '2013-05-03T10:00' }),
      ],
    })
    expect(res.statusCode).toBe(200)
    const tickets = res.json()
    expect(tickets.version).toBe(show.version + 1)
    expect(tickets.status).toBe('on-sale')
    // 10:00 in Chicago in April is 15:00 UTC (CDT).
    expect(tickets.offers.map((o: any) => [o.onSaleAt, o.availability])).toEqual([
      ['2013-04-13T15:00:00.000Z', 'in-stock'],
      ['2013-05-03T15:00:00.000Z', 'pre-order'],
    ])
    expect((await client.get(`${base}/shows/${show.id}/tickets`)).json()).toEqual(tickets)
    const listed = (await publicJson()).find((s) => s.id === show.id)
    expect(listed).toMatchObject({ publicStatus: 'on-sale', sequence: 1 })
    expect(listed.offers).toEqual([
      expect.objectContaining({ kind: 'tickets', availability: 'in-stock', price: { amountMinor: 4950, currency: 'USD' } }),
      expect.objectContaining({ kind: 'vip', availability: 'pre-order', onSale: '2013-05-03T10:00' }),
    ])
    const page = (await t.app.inject({ method: 'GET', url: '/public/btr-tickets' })).body
    expect(page).toContain('href="https://tickets.example.com/btr/chicago"')
    expect(page).toContain('On sale')
    const ics = (await t.app.inject({ method: 'GET', url: '/public/btr-tickets/shows.ics' })).body.replace(/\r\n /g, '')
    expect(ics).toContain('VIP (on sale 2013-05-03 10:00): http://vip.example.com/btr')
    expect(ics).toMatch(/SEQUENCE:1/)

    const stale = await client.put(`${base}/shows/${show.id}/tickets`, { version: show.version, lifecycle: 'scheduled', offers: [] })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current.version).toBe(show.version + 1)
  })

  it('is sold out when every listed offer is, postponed when the band says so', async () => {
    const show = await addShow({ localDate: '2013-07-13' })
    const sold = await client.put(`${base}/shows/${show.id}/tickets`, { version: show.version, lifecycle: 'scheduled', offers: [offer({ soldOut: true })] })
    expect(sold.json().status).toBe('sold-out')
    const postponed = await client.put(`${base}/shows/${show.id}/tickets`, { version: sold.json().version, lifecycle: 'postponed', offers: [offer()] })
    expect(postponed.json().status).toBe('postponed')
    expect((await publicJson()).find((s) => s.id === show.id).publicStatus).toBe('postponed')
  })

  it('lists no offer of a show that is not public, and none is on sale before its embargo lifts', async () => {
    const secret = await addShow({ localDate: '2013-08-17', announcement: 'unannounced' })
    const embargoed = await addShow({ localDate: '2013-08-18', announcement: 'embargoed', announceAt: '2013-05-01T12:00:00Z' })
    for (const show of [secret, embargoed]) {
      const res = await client.put(`${base}/shows/${show.id}/tickets`, {
        version: show.version,
        lifecycle: 'scheduled',
        offers: [offer({ url: `https://tickets.example.com/secret/${show.id}`, onSale: '2013-04-01T10:00' })],
      })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toMatchObject({ isPublic: false, status: 'scheduled', offers: [{ availability: 'hidden' }] })
    }
    const outputs = await Promise.all(['', '/shows.json', '/shows.ics'].map((p) => t.app.inject({ method: 'GET', url: `/public/btr-tickets${p}` })))
    for (const out of outputs) expect(out.body).not.toContain('tickets.example.com/secret')
  })

  it('keeps every earlier date of a public show given a new one, and the earlier venue of a moved one', async () => {
    let show = await addShow({ localDate: '2013-07-20' })
    const edit = async (over: Record<string, unknown>) => {
      const res = await client.put(`${base}/shows/${show.id}`, {
        actId: btr.id,
        venueId: chicago.id,
        localDate: show.localDate,
        doors: '19:00',
        curfew: '23:00',
        status: 'confirmed',
        announcement: 'announced',
        billing: [],
        lineup: [],
        version: show.version,
        ...over,
      })
      expect(res.statusCode).toBe(200)
      show = res.json()
    }
    await edit({ localDate: '2013-07-21' })
    await edit({ localDate: '2013-07-22' })
    let tickets = (await client.get(`${base}/shows/${show.id}/tickets`)).json()
    expect(tickets.lifecycle).toBe('rescheduled')
    expect(tickets.previousDates.map((d: any) => d.localDate)).toEqual(['2013-07-20', '2013-07-21'])
    await edit({ localDate: '2013-07-22', venueId: chicagoClub.id })
    tickets = (await client.get(`${base}/shows/${show.id}/tickets`)).json()
    expect(tickets).toMatchObject({ lifecycle: 'moved', movedFrom: { name: 'Lakeside Arena', city: 'Chicago' } })
    const listed = (await publicJson()).find((s) => s.id === show.id)
    expect(listed).toMatchObject({ publicStatus: 'moved', movedFrom: { name: 'Lakeside Arena' } })
    expect(listed.previousDates).toHaveLength(2)
    // Rescheduled needs an earlier date: a show never moved in time cannot claim it.
    const fresh = await addShow({ localDate: '2013-07-25' })
    const refused = await client.put(`${base}/shows/${fresh.id}/tickets`, { version: fresh.version, lifecycle: 'rescheduled', offers: [] })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors[0].path).toBe('lifecycle')
  })

  it('refuses bad input naming the field, and writes nothing', async () => {
    const show = await addShow({ localDate: '2013-07-26' })
    const refused = async (o: Record<string, unknown>) => {
      const res = await client.put(`${base}/shows/${show.id}/tickets`, { version: show.version, lifecycle: 'scheduled', offers: [offer(o)] })
      expect(res.statusCode).toBe(400)
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
      return (res.json().errors as { path: string }[]).map((e) => e.path)
    }
    expect(await refused({ url: 'javascript:alert(1)' })).toEqual(['offers.0.url'])
    expect(await refused({ url: 'ftp://tickets.example.com/x' })).toEqual(['offers.0.url'])
    expect(await refused({ url: 'tickets.example.com' })).toEqual(['offers.0.url'])
    expect(await refused({ onSale: '2013-07-27T10:00' })).toEqual(['offers.0.onSale'])
    expect(await refused({ onSale: '2013-03-10T02:30' })).toEqual(['offers.0.onSale']) // does not exist in Chicago
    expect(await refused({ onSale: 'tomorrow' })).toEqual(['offers.0.onSale'])
    expect(await refused({ priceMinor: 100, currency: 'XYZ' })).toEqual(['offers.0.currency'])
    expect(await refused({ priceMinor: -1, currency: 'USD' })).toEqual(['offers.0.priceMinor'])
    expect(await refused({ kind: 'raffle' })).toEqual(['offers.0.kind'])
    expect((await client.get(`${base}/shows/${show.id}/tickets`)).json()).toMatchObject({ version: show.version, offers: [] })
  })

  it('lets a viewer read the offers of a public show only, and change none', async () => {
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    const open = await addShow({ localDate: '2013-07-28' })
    const secret = await addShow({ localDate: '2013-07-29', announcement: 'unannounced' })
    expect((await viewer.get(`${base}/shows/${open.id}/tickets`)).statusCode).toBe(200)
    expect((await viewer.get(`${base}/shows/${secret.id}/tickets`)).statusCode).toBe(404)
    expect((await viewer.put(`${base}/shows/${open.id}/tickets`, { version: open.version, lifecycle: 'scheduled', offers: [] })).statusCode).toBe(403)
  })
})
