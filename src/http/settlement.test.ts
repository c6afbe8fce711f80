import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfPageTexts } from '../interop/split-sheet/pdf-text.ts'
import { convertMinor } from '../domain/settlement.ts'
import { ownerWithWorkspace, startTestApp, TEST_NOW, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { everyRole, type JoinedRole } from '../test/role-clients.ts'

describe('a show’s settlement (ADR 040, ADR 043)', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let show: { id: string }
  let other: { id: string }
  let act: { id: string }
  let tour: { id: string }
  let roles: Record<JoinedRole, TestClient>
  let memberPerson: string
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Settlements'))
    const joined = await everyRole(t.app, client, base)
    roles = joined.as
    memberPerson = joined.personIds.member
    act = await created(client, `${base}/acts`, { name: 'Heffron Drive', kind: 'group', isInternal: true })
    tour = await created(client, `${base}/tours`, { actId: act.id, name: 'Parallel Summer' })
    const venue = await created(client, `${base}/venues`, { name: 'Tivoli', city: 'Utrecht', country: 'NL', timeZone: 'Europe/Amsterdam' })
    const newShow = (localDate: string, lineup: { personId: string; role: string }[]) =>
      created(client, `${base}/shows`, {
        actId: act.id,
        tourId: tour.id,
        venueId: venue.id,
        localDate,
        doors: '19:00',
        curfew: '23:00',
        status: 'confirmed',
        announcement: 'announced',
        billing: [],
        lineup,
      })
    show = await newShow('2013-03-10', [{ personId: memberPerson, role: 'guitar' }])
    other = await newShow('2013-03-11', [])
  })
  afterAll(() => t.close())

  const terms = {
    currency: 'EUR',
    deal: { kind: 'versus', guaranteeMinor: 500_000, artistPercent: 85, promoterProfitPercent: 15 },
    tickets: [
      { type: 'GA', sold: 900, comps: 20, kills: 12, scanned: 890, priceMinor: 3_500 },
      { type: 'VIP', sold: 50, comps: 0, priceMinor: 9_999 },
    ],
    taxes: [
      { label: 'VAT', kind: 'percent', percent: 7 },
      { label: 'Ticketing fee', kind: 'fixed', amountMinor: 12_345 },
    ],
    expenses: [
      { label: 'Sound', kind: 'capped', actualMinor: 300_000, capMinor: 250_000, timing: 'before-split' },
      { label: 'Catering for the whole band', kind: 'fixed', amountMinor: 40_000, actualMinor: 38_250, timing: 'after-split' },
    ],
    merch: [{ label: 'Shirts', grossMinor: 410_000, venuePercent: 20 }],
    deposits: [
      { label: 'On signing', amountMinor: 250_000, dueDate: '2013-01-15', paidOn: '2013-01-14' },
      { label: 'Second', amountMinor: 100_000, dueDate: '2013-03-01', paidOn: null },
    ],
    adjustments: [{ reason: 'Parking tickets the promoter promised to cover', amountMinor: 7_500 }],
    exchangeRate: '1.3021',
  }
  const url = () => `${base}/shows/${show.id}/settlement`

  it('starts from zero: no settlement, the act’s default (members see no money), a tour with no home currency', async () => {
    expect((await client.get(url())).json()).toEqual({
      showId: show.id,
      version: 0,
      show: { actName: 'Heffron Drive', localDate: '2013-03-10', venueName: 'Tivoli', city: 'Utrecht' },
      deal: null,
      approval: null,
      terms: null,
      sheet: null,
    })
    expect((await client.get(`${base}/acts/${act.id}/money-settings`)).json()).toEqual({ actId: act.id, version: 0, membersSeeDeal: false })
    expect((await client.get(`${base}/tours/${tour.id}/money`)).json()).toMatchObject({ homeCurrency: null, shows: [], totals: null })
    const pdf = await client.get(`${url()}.pdf`)
    expect(pdf.statusCode).toBe(409)
  })

  it('answers the sheet computed by the domain with every line, each adjustment with its reason, under a version (409 when stale)', async () => {
    const res = await client.put(url(), { version: 0, ...terms })
    expect(res.statusCode).toBe(200)
    const written = res.json()
    expect(written.version).toBe(1)
    // 2,526,668 + 7,500 adjustment; 250,000 deposit paid; merch fee 82,000
    expect(written.sheet).toMatchObject({
      grossMinor: 3_649_950,
      taxesMinor: 267_841,
      artistTakeMinor: 2_534_168,
      promoterTakeMinor: 557_941,
      depositsPaidMinor: 250_000,
      merchVenueFeesMinor: 82_000,
      merchArtistMinor: 328_000,
      balanceDueMinor: 2_534_168 - 250_000 - 82_000,
      artistTotalMinor: 2_534_168 + 328_000,
    })
    const lines = written.sheet.lines as { key: string; label: string; amountMinor: number }[]
    expect(lines.find((l) => l.key === 'adjustments.0')).toEqual({
      key: 'adjustments.0',
      label: 'Adjustment: Parking tickets the promoter promised to cover',
      amountMinor: 7_500,
    })
    expect(lines.find((l) => l.key === 'tickets.0')!.label).toBe('GA: 900 sold × €35.00, 20 comps, 12 kills, 890 scanned')
    expect(lines.find((l) => l.key === 'deposits.1')).toMatchObject({ amountMinor: 0, label: 'Deposit: Second (due 2013-03-01, not paid)' })
    expect(written.deal).toEqual({ currency: 'EUR', deal: terms.deal })
    expect((await client.get(url())).json()).toEqual(written)

    const stale = await client.put(url(), { version: 0, ...terms, deal: { kind: 'flat', guaranteeMinor: 1 } })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current.version).toBe(1)
  })

  it('refuses hostile input naming the field, a problem+json 400 that writes nothing', async () => {
    const before = (await client.get(url())).json()
    const refused = async (body: Record<string, unknown>) => {
      const res = await client.put(url(), { version: before.version, ...terms, ...body })
      expect(res.statusCode).toBe(400)
      expect(res.headers['content-type']).toContain('application/problem+json')
      return (res.json().errors as { path: string }[]).map((e) => e.path)
    }
    expect(
      await refused({ currency: 'EUX', deal: { kind: 'door', artistPercent: 100.5 }, tickets: [{ type: 'GA', sold: -3, comps: 0, priceMinor: 100 }] }),
    ).toEqual(['currency', 'deal.artistPercent', 'tickets.0.sold'])
    expect(await refused({ currency: 'eur' })).toEqual(['currency'])
    expect(await refused({ adjustments: [{ reason: '', amountMinor: 100 }] })).toEqual(['adjustments.0.reason'])
    expect(await refused({ exchangeRate: '1,08' })).toEqual(['exchangeRate'])
    expect(await refused({ exchangeRate: '1e3' })).toEqual(['exchangeRate'])
    expect(await refused({ merch: [{ label: 'Shirts', grossMinor: 100, venuePercent: 120 }] })).toEqual(['merch.0.venuePercent'])
    expect(await refused({ deposits: [{ label: '', amountMinor: 5, dueDate: '2013-13-01', paidOn: null }] })).toEqual(['deposits.0.dueDate'])
    const wire = await client.put(url(), { version: before.version, ...terms, tickets: [{ type: 'GA', sold: 'many', comps: 0, priceMinor: 1 }] })
    expect(wire.statusCode).toBe(400)
    expect(JSON.stringify(wire.json())).toContain('tickets')
    const home = await client.put(`${base}/tours/${tour.id}/money`, { homeCurrency: 'ZZZ' })
    expect(home.statusCode).toBe(400)
    expect(home.json().errors.map((e: { path: string }) => e.path)).toEqual(['homeCurrency'])
    expect((await client.get(url())).json()).toEqual(before)
  })

  it('adds a tour up in its home currency at each settlement’s rate, rounded half to even, and counts the settlements without one', async () => {
    await client.put(`${base}/shows/${other.id}/settlement`, { version: 0, ...terms, exchangeRate: null })
    const res = await client.put(`${base}/tours/${tour.id}/money`, { homeCurrency: 'USD' })
    expect(res.statusCode).toBe(200)
    const money = res.json()
    const artistTotal = 2_534_168 + 328_000
    const converted = convertMinor(artistTotal, 'EUR', 'USD', '1.3021')
    expect(converted).toBe(3_726_829) // 28,621.68 × 1.3021 = 37,268.2895… → 37,268.29
    expect(money.shows.map((s: { showId: string; home: unknown }) => [s.showId, s.home])).toEqual([
      [show.id, { grossMinor: convertMinor(3_649_950, 'EUR', 'USD', '1.3021'), artistTotalMinor: converted }],
      [other.id, null],
    ])
    expect(money.totals).toEqual({ grossMinor: convertMinor(3_649_950, 'EUR', 'USD', '1.3021'), artistTotalMinor: converted, missingRates: 1 })
  })

  it('is approved by a manager (who and when), read-only until reopened, and prints the sheet as a PDF that says so', async () => {
    const current = (await client.get(url())).json()
    expect((await roles.member.post(`${url()}/approve`, { version: current.version })).statusCode).toBe(403)
    const approved = await roles.manager.post(`${url()}/approve`, { version: current.version })
    expect(approved.statusCode).toBe(200)
    expect(approved.json().approval).toEqual({ approvedAt: TEST_NOW.toISOString(), approvedBy: { userId: expect.any(String), name: 'A manager' } })
    const version = approved.json().version
    const edit = await client.put(url(), { version, ...terms, adjustments: [] })
    expect(edit.statusCode).toBe(409)
    expect(edit.headers['content-type']).toContain('application/problem+json')
    expect(edit.json().detail ?? edit.json().title).toMatch(/approved/)
    expect((await client.post(`${url()}/approve`, { version })).statusCode).toBe(409)

    const pdf = await client.get(`${url()}.pdf`)
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    const text = (await pdfPageTexts(new Uint8Array(pdf.rawPayload))).join('\n')
    for (const expected of [
      'SETTLEMENT SHEET',
      'Heffron Drive — Tivoli, Utrecht',
      'Adjustment: Parking tickets the promoter promised to cover',
      '€75.00',
      'Artist take',
      '€25,341.68',
      'Balance due to the artist tonight',
      'Approved by A manager',
      'Artist total in USD: $37,268.29 at 1 EUR = 1.3021 USD',
      'For the promoter',
    ])
      expect(text).toContain(expected)

    const reopened = await roles.manager.post(`${url()}/reopen`, { version })
    expect(reopened.statusCode).toBe(200)
    expect(reopened.json().approval).toBeNull()
    expect((await client.post(`${url()}/reopen`, { version: reopened.json().version })).statusCode).toBe(409)
    const after = await client.put(url(), { version: reopened.json().version, ...terms })
    expect(after.statusCode).toBe(200)
  })

  it('shows a viewer and crew no money; a member only the deal of a show on their lineup, and only when the act says so', async () => {
    for (const role of ['crew', 'viewer'] as const) {
      for (const path of [url(), `${url()}.pdf`, `${base}/tours/${tour.id}/money`, `${base}/acts/${act.id}/money-settings`])
        expect((await roles[role].get(path)).statusCode, `${role} ${path}`).toBe(403)
      expect((await roles[role].put(url(), { version: 0, ...terms })).statusCode).toBe(403)
    }
    const member = roles.member
    expect((await member.get(url())).statusCode).toBe(403) // the act's default: off
    expect((await member.put(`${base}/acts/${act.id}/money-settings`, { version: 0, membersSeeDeal: true })).statusCode).toBe(403)
    const on = await roles.manager.put(`${base}/acts/${act.id}/money-settings`, { version: 0, membersSeeDeal: true })
    expect(on.json()).toEqual({ actId: act.id, version: 1, membersSeeDeal: true })
    const seen = await member.get(url())
    expect(seen.statusCode).toBe(200)
    expect(seen.json()).toEqual({
      showId: show.id,
      version: 0,
      show: expect.any(Object),
      deal: { currency: 'EUR', deal: terms.deal },
      approval: null,
      terms: null,
      sheet: null,
    })
    expect(seen.body).not.toContain('Parking')
    expect(seen.body).not.toContain('Catering')
    // not on that show's lineup; never the sheet PDF or the tour's totals; never a write
    expect((await member.get(`${base}/shows/${other.id}/settlement`)).statusCode).toBe(403)
    expect((await member.get(`${url()}.pdf`)).statusCode).toBe(403)
    expect((await member.get(`${base}/tours/${tour.id}/money`)).statusCode).toBe(403)
    expect((await member.put(url(), { version: 0, ...terms })).statusCode).toBe(403)
    expect((await roles.viewer.get(url())).statusCode).toBe(403) // the setting is for members, never viewers
    const off = await client.put(`${base}/acts/${act.id}/money-settings`, { version: 1, membersSeeDeal: false })
    expect(off.json().version).toBe(2)
    expect((await member.get(url())).statusCode).toBe(403)
  })
})
