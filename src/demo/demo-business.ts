import type { Db } from '../db/client.ts'
import { insertRows } from '../db/writes/bulk.ts'
import { checkOffers, type OfferInput } from '../domain/tickets.ts'
import { settlementIssues, type SettlementInput } from '../domain/settlement.ts'
import type { DemoWorldRows } from './demo-world-rows.ts'

/**
 * The business of the demo world's shows (issue 16, point 6; ADR 035, 040, 043). Invented, all of
 * it (world.md gives no ticketing or money): the summer tour's North American shows are on sale
 * with ticket links on an example domain (tickets.example.com), Boston sold out; the embargoed São
 * Paulo show has a fan-club presale that opens only after its announcement, then general sale; a
 * settlement for Heffron Drive's played Amsterdam show in euros, approved by the manager, with an
 * adjustment, merch and a deposit, in a tour whose home currency is the dollar at an entered rate;
 * and a draft settlement of the San Diego show in dollars (the deal and its deposits before the night).
 */
export async function loadBusinessDemo(db: Db, rows: DemoWorldRows, opts: { now: Date }): Promise<void> {
  const workspaceId = rows.workspaces[0]!.id
  const now = opts.now
  const actBySlug = new Map(rows.acts.map((a) => [a.slug, a.id!]))
  const btr = actBySlug.get('big-time-rush')!
  const hd = actBySlug.get('heffron-drive')!
  const venues = new Map(rows.venues.map((v) => [v.id!, v]))
  const summer = rows.tours.find((t) => t.name === 'Summer Break Tour 2013')!
  const showOf = (act: string, localDate: string) => {
    const show = rows.shows.find((s) => s.actId === act && s.localDate === localDate)
    if (!show) throw new Error(`demo business: no show of ${act} on ${localDate}`)
    return show
  }
  const slug = (city: string) =>
    city
      .normalize('NFD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '-')

  const offerRows: object[] = []
  const addOffers = (show: (typeof rows.shows)[number], offers: OfferInput[]) => {
    const venue = venues.get(show.venueId)!
    const checked = checkOffers(offers, { timeZone: venue.timeZone, endsAt: show.endsAt })
    if (checked.issues.length) throw new Error(`demo business: offers of ${show.localDate}: ${checked.issues[0]!.path} ${checked.issues[0]!.message}`)
    checked.offers.forEach((o, position) => offerRows.push({ workspaceId, showId: show.id, position, ...o }))
  }

  // North America: on sale since March 22 at 10:00 on each venue's clock; VIP packages beside general admission.
  const northAmerica = rows.shows.filter((s) => s.tourId === summer.id && s.announcement === 'announced' && s.status !== 'cancelled')
  for (const show of northAmerica) {
    const venue = venues.get(show.venueId)!
    const currency = venue.country === 'CA' ? 'CAD' : 'USD'
    const city = slug(venue.city)
    const soldOut = city === 'boston'
    addOffers(show, [
      {
        kind: 'tickets',
        label: 'General admission',
        url: `https://tickets.example.com/btr-summer-2013/${city}`,
        onSale: '2013-03-22T10:00',
        soldOut,
        priceMinor: 4_950,
        currency,
      },
      {
        kind: 'vip',
        label: 'VIP package: meet & greet, early entry',
        url: `https://tickets.example.com/btr-summer-2013/${city}/vip`,
        onSale: '2013-03-22T10:00',
        soldOut,
        priceMinor: 19_900,
        currency,
      },
    ])
  }

  // São Paulo: embargoed until June 1, 2013, 12:00 in São Paulo; the presale opens two days later, general sale the week after.
  const saoPaulo = rows.shows.find((s) => s.actId === btr && venues.get(s.venueId)?.city === 'São Paulo')!
  addOffers(saoPaulo, [
    {
      kind: 'presale',
      label: 'Fan club presale',
      url: 'https://tickets.example.com/btr-2013/sao-paulo/presale',
      onSale: '2013-06-03T10:00',
      soldOut: false,
      priceMinor: 18_000,
      currency: 'BRL',
    },
    {
      kind: 'tickets',
      label: 'Pista',
      url: 'https://tickets.example.com/btr-2013/sao-paulo',
      onSale: '2013-06-08T10:00',
      soldOut: false,
      priceMinor: 22_000,
      currency: 'BRL',
    },
  ])
  await insertRows(db, 'showOffers', offerRows)

  // Heffron Drive, Amsterdam, March 10: a versus deal, played and settled in euros, approved by the manager.
  const amsterdam = showOf(hd, '2013-03-10')
  const nadia = rows.users.find((u) => u.displayName === 'Nadia Ferreira')!
  const amsterdamTerms: SettlementInput = {
    currency: 'EUR',
    deal: { kind: 'versus', guaranteeMinor: 150_000, artistPercent: 80, promoterProfitPercent: 15 },
    tickets: [
      { type: 'Presale', sold: 180, comps: 0, kills: 0, scanned: 176, priceMinor: 1_800 },
      { type: 'Door', sold: 92, comps: 14, kills: 6, scanned: 101, priceMinor: 2_200 },
    ],
    taxes: [
      { label: 'BTW (VAT)', kind: 'percent', percent: 6 },
      { label: 'Ticketing fees', kind: 'fixed', amountMinor: 9_850 },
    ],
    expenses: [
      { label: 'Sound and light', kind: 'capped', actualMinor: 62_000, capMinor: 55_000, timing: 'before-split' },
      { label: 'Venue staff', kind: 'fixed', amountMinor: 35_000, actualMinor: 33_400, timing: 'before-split' },
      { label: 'Band catering and rider', kind: 'capped', actualMinor: 18_250, capMinor: 20_000, timing: 'after-split' },
    ],
    merch: [{ label: 'Shirts, vinyl and posters', grossMinor: 214_500, venuePercent: 15 }],
    deposits: [{ label: 'On signing', amountMinor: 75_000, dueDate: '2013-01-31', paidOn: '2013-01-29' }],
    adjustments: [{ reason: 'Extra hotel night for the crew the promoter agreed to cover after the van broke down', amountMinor: 11_900 }],
    exchangeRate: '1.3021',
  }
  // San Diego, June 28: the deal and the deposits before the night, in dollars; tickets are counted after the show.
  const sanDiego = rows.shows.find((s) => s.tourId === summer.id && venues.get(s.venueId)?.city === 'San Diego')!
  const sanDiegoTerms: SettlementInput = {
    currency: 'USD',
    deal: { kind: 'versus', guaranteeMinor: 7_500_000, artistPercent: 85, promoterProfitPercent: 15 },
    tickets: [
      { type: 'General admission', sold: 0, comps: 0, kills: 120, scanned: null, priceMinor: 4_950 },
      { type: 'VIP package', sold: 0, comps: 0, kills: 0, scanned: null, priceMinor: 19_900 },
    ],
    taxes: [{ label: 'Facility fee', kind: 'percent', percent: 3 }],
    expenses: [
      { label: 'Production', kind: 'capped', actualMinor: 0, capMinor: 2_500_000, timing: 'before-split' },
      { label: 'Advertising', kind: 'fixed', amountMinor: 1_200_000, actualMinor: null, timing: 'before-split' },
    ],
    merch: [],
    deposits: [
      { label: 'On signing (50 %)', amountMinor: 3_750_000, dueDate: '2013-03-01', paidOn: '2013-02-27' },
      { label: 'Thirty days out', amountMinor: 1_875_000, dueDate: '2013-05-29', paidOn: null },
    ],
    adjustments: [],
    exchangeRate: null,
  }
  for (const [name, terms] of [
    ['Amsterdam', amsterdamTerms],
    ['San Diego', sanDiegoTerms],
  ] as const) {
    const issues = settlementIssues(terms)
    if (issues.length) throw new Error(`demo business: the ${name} settlement: ${issues[0]!.path} ${issues[0]!.message}`)
  }
  const termsOf = ({ currency: _currency, ...terms }: SettlementInput) => terms
  await insertRows(db, 'showSettlements', [
    {
      workspaceId,
      id: amsterdam.id,
      version: 2,
      currency: 'EUR',
      terms: termsOf(amsterdamTerms),
      updatedAt: new Date('2013-03-11T01:10:00Z'),
      approvedAt: new Date('2013-03-11T01:10:00Z'),
      approvedBy: nadia.id,
    },
    { workspaceId, id: sanDiego.id, version: 1, currency: 'USD', terms: termsOf(sanDiegoTerms), updatedAt: now },
  ])
  const hdTour = rows.tours.find((t) => t.id === amsterdam.tourId)!
  await insertRows(db, 'tourHomeCurrencies', [
    { workspaceId, tourId: hdTour.id, currency: 'USD' },
    { workspaceId, tourId: summer.id, currency: 'USD' },
  ])
  // Heffron Drive shares its deals with the duo on the lineup; Big Time Rush keeps the default (members see no money).
  await insertRows(db, 'actMoneySettings', [{ workspaceId, actId: hd, membersSeeDeal: true, version: 1 }])
}
