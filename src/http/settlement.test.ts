import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created, joinedClient } from '../test/workspace-fixtures.ts'

describe('a show’s settlement (ADR 040)', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let show: { id: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Settlements'))
    const act = await created(client, `${base}/acts`, { name: 'Heffron Drive', kind: 'group', isInternal: true })
    const venue = await created(client, `${base}/venues`, { name: 'Tivoli', city: 'Utrecht', country: 'NL', timeZone: 'Europe/Amsterdam' })
    show = await created(client, `${base}/shows`, {
      actId: act.id,
      venueId: venue.id,
      localDate: '2013-03-10',
      doors: '19:00',
      curfew: '23:00',
      status: 'confirmed',
      announcement: 'announced',
      billing: [],
      lineup: [],
    })
  })
  afterAll(() => t.close())

  const terms = {
    currency: 'EUR',
    deal: { kind: 'versus', guaranteeMinor: 500_000, artistPercent: 85, promoterProfitPercent: 15 },
    tickets: [
      { type: 'GA', sold: 900, comps: 20, priceMinor: 3_500 },
      { type: 'VIP', sold: 50, comps: 0, priceMinor: 9_999 },
    ],
    taxes: [
      { label: 'VAT', kind: 'percent', percent: 7 },
      { label: 'Ticketing fee', kind: 'fixed', amountMinor: 12_345 },
    ],
    expenses: [
      { label: 'Sound', kind: 'capped', actualMinor: 300_000, capMinor: 250_000, timing: 'before-split' },
      { label: 'Catering', kind: 'fixed', amountMinor: 40_000, timing: 'after-split' },
    ],
  }

  it('is empty until written, then answers the sheet computed by the domain, under a version (409 when stale)', async () => {
    const url = `${base}/shows/${show.id}/settlement`
    expect((await client.get(url)).json()).toEqual({ showId: show.id, version: 0, terms: null, sheet: null })
    const res = await client.put(url, { version: 0, ...terms })
    expect(res.statusCode).toBe(200)
    const written = res.json()
    expect(written.version).toBe(1)
    expect(written.sheet).toMatchObject({ grossMinor: 3_649_950, taxesMinor: 267_841, artistTakeMinor: 2_526_668, promoterTakeMinor: 565_441 })
    expect(written.sheet.lines.at(-1)).toEqual({ key: 'promoterTake', label: 'Promoter take', amountMinor: 565_441 })
    expect((await client.get(url)).json()).toEqual(written)

    const stale = await client.put(url, { version: 0, ...terms, deal: { kind: 'flat', guaranteeMinor: 1 } })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current.version).toBe(1)
    const next = await client.put(url, { version: 1, ...terms, deal: { kind: 'door', artistPercent: 70 } })
    expect(next.json()).toMatchObject({ version: 2, terms: { deal: { kind: 'door', artistPercent: 70 } } })
  })

  it('refuses a percentage over 100, negative tickets and a currency that is not ISO 4217, naming each field, writing nothing', async () => {
    const url = `${base}/shows/${show.id}/settlement`
    const before = (await client.get(url)).json()
    const res = await client.put(url, {
      version: before.version,
      ...terms,
      currency: 'EUX',
      deal: { kind: 'door', artistPercent: 100.5 },
      tickets: [{ type: 'GA', sold: -3, comps: 0, priceMinor: 100 }],
    })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['currency', 'deal.artistPercent', 'tickets.0.sold'])
    expect((await client.get(url)).json()).toEqual(before)
  })

  it('shows money to owners and managers only', async () => {
    const url = `${base}/shows/${show.id}/settlement`
    const manager = await joinedClient(t.app, client, base, 'manager')
    expect((await manager.get(url)).statusCode).toBe(200)
    for (const role of ['member', 'crew', 'viewer'] as const) {
      const other = await joinedClient(t.app, client, base, role)
      expect((await other.get(url)).statusCode, role).toBe(403)
      expect((await other.put(url, { version: 0, ...terms })).statusCode, role).toBe(403)
    }
  })
})
