import { joinedClient } from './role-clients.ts'
import type { TestClient } from './test-app.ts'

export async function created(client: TestClient, url: string, body: unknown): Promise<any> {
  const res = await client.post(url, body)
  if (res.statusCode !== 201) throw new Error(`POST ${url} → ${res.statusCode}: ${res.body}`)
  return res.json()
}

/** Places a commitment can be at (the conflict check's travel estimate reads their coordinates and zones). */
export const PLACES = {
  london: { locationName: 'London', latitude: 51.5074, longitude: -0.1278, timeZone: 'Europe/London' },
  dallas: { locationName: 'Dallas', latitude: 32.7767, longitude: -96.797, timeZone: 'America/Chicago' },
  burbank: { locationName: 'Burbank', latitude: 34.1808, longitude: -118.309, timeZone: 'America/Los_Angeles' },
  newYork: { locationName: 'New York', latitude: 40.7128, longitude: -74.006, timeZone: 'America/New_York' },
} as const

/** A one-day commitment of one person at a place, its conflicts acknowledged (the test then reads them). */
export function commitmentAt(
  client: TestClient,
  base: string,
  c: { title: string; personId: string; place: (typeof PLACES)[keyof typeof PLACES]; date: string; start: string; end: string },
) {
  return created(client, `${base}/commitments`, {
    kind: 'other',
    title: c.title,
    ...c.place,
    startDate: c.date,
    startTime: c.start,
    endDate: c.date,
    endTime: c.end,
    personIds: [c.personId],
    acknowledgeConflicts: true,
  })
}

/**
 * Big Time Rush's show at Toyota Park on 12 July 2013 (confirmed and announced), with the act and the
 * venue it needs: the one show a test of a show's own business (guests, tickets) starts from.
 */
export async function summerShow(client: TestClient, base: string): Promise<{ actId: string; venueId: string; showId: string }> {
  const act = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
  const venue = await created(client, `${base}/venues`, {
    name: 'Toyota Park',
    city: 'Bridgeview',
    country: 'US',
    latitude: 41.86,
    longitude: -87.8,
    timeZone: 'America/Chicago',
  })
  const show = await created(client, `${base}/shows`, {
    actId: act.id,
    venueId: venue.id,
    localDate: '2013-07-12',
    doors: '18:00',
    setStart: '20:30',
    curfew: '23:00',
    status: 'confirmed',
    announcement: 'announced',
  })
  return { actId: act.id, venueId: venue.id, showId: show.id }
}

/** A set list the owner alone decides (as the act's only decider), agreed on creation and applied to the show. */
async function agreedShowSetlist(client: TestClient, base: string, ids: { actId: string; recordingId: string; showId: string }) {
  const ownPersonId = (await client.get(base)).json().personId
  const settings = await client.put(`${base}/acts/${ids.actId}/setlist-settings`, { consensus: 'deciders', deciderPersonIds: [ownPersonId], rules: {} })
  if (settings.statusCode !== 200) throw new Error(`setlist settings → ${settings.statusCode}: ${settings.body}`)
  const proposal = await created(client, `${base}/setlists/proposals`, {
    actId: ids.actId,
    title: 'Fixture Set',
    targetKind: 'show',
    targetId: ids.showId,
    entries: [{ id: 'e1', type: 'song', recordingId: ids.recordingId }],
  })
  const applied = await client.post(`${base}/setlists/apply`, { versionId: proposal.latestVersion.id, targetKind: 'show', targetId: ids.showId })
  if (applied.statusCode !== 200) throw new Error(`apply → ${applied.statusCode}: ${applied.body}`)
  return { proposalId: proposal.id as string, versionId: proposal.latestVersion.id as string }
}

/**
 * One of every resource in a workspace, keyed by the path parameter that names it. The isolation
 * test fills route parameters from this map; a route with a parameter missing here fails it.
 */
export async function buildWorkspaceFixtures(client: TestClient, base: string): Promise<Record<string, string>> {
  const me = (await client.get('/api/me')).json()
  const person = await created(client, `${base}/people`, { name: 'Fixture Person' })
  const act = await created(client, `${base}/acts`, { name: 'Fixture Act', kind: 'group', isInternal: true })
  const membership = await created(client, `${base}/acts/${act.id}/memberships`, { personId: person.id, role: 'member', instruments: ['voice'] })
  const invite = await created(client, `${base}/invites`, { role: 'viewer' })
  const work = await created(client, `${base}/works`, { title: 'Fixture Song', writers: [{ personId: person.id, sharePercent: 100 }] })
  const recording = await created(client, `${base}/recordings`, { workId: work.id, actId: act.id, kind: 'master', durationSeconds: 200 })
  const releaseGroup = await created(client, `${base}/release-groups`, {
    actId: act.id,
    title: 'Fixture Album',
    kind: 'album',
    editions: [{ name: 'Standard', releaseDate: '2013-06-11', tracks: [{ recordingId: recording.id, position: 1 }] }],
  })
  const placement = await created(client, `${base}/placements`, { recordingId: recording.id, series: 'Fixture Series', season: 4, episodeNumber: 1 })
  const venue = await created(client, `${base}/venues`, {
    name: 'Fixture Hall',
    city: 'Chicago',
    country: 'US',
    latitude: 41.88,
    longitude: -87.63,
    timeZone: 'America/Chicago',
  })
  const tour = await created(client, `${base}/tours`, { actId: act.id, name: 'Fixture Tour', legs: [{ name: 'Fixture Leg' }] })
  const show = await created(client, `${base}/shows`, {
    actId: act.id,
    tourId: tour.id,
    legId: tour.legs[0].id,
    venueId: venue.id,
    localDate: '2013-07-12',
    doors: '19:00',
    curfew: '23:00',
    status: 'confirmed',
    announcement: 'announced',
  })
  const commitment = await created(client, `${base}/commitments`, {
    kind: 'rehearsal',
    title: 'Fixture Rehearsal',
    timeZone: 'America/Chicago',
    startDate: '2013-07-10',
    startTime: '10:00',
    endDate: '2013-07-10',
    endTime: '14:00',
    personIds: [person.id],
  })
  const blockout = await created(client, `${base}/blockouts`, { personId: person.id, startDate: '2013-08-01', endDate: '2013-08-02', reason: 'Fixture reason' })
  const feed = await created(client, `${base}/people/${person.id}/feeds`, {})
  const organization = await created(client, `${base}/organizations`, { name: 'Fixture Label', kind: 'label' })
  // the CWR export needs a submitting publisher with an IPI name number
  const submitter = await created(client, `${base}/organizations`, { name: 'Fixture Publisher', kind: 'publisher', ipiNameNumber: '00000000020' })
  const publishing = await client.put(`${base}/publishing/settings`, { version: 0, submitterId: submitter.id, senderCode: 'FIX' })
  if (publishing.statusCode !== 200) throw new Error(`publishing settings → ${publishing.statusCode}: ${publishing.body}`)
  const hold = await created(client, `${base}/works/${work.id}/holds`, {
    holder: { kind: 'organization', id: organization.id },
    kind: 'option',
    startsOn: '2013-01-01',
    period: { months: 6 },
  })
  const pitch = await created(client, `${base}/works/${work.id}/pitches`, { artistName: 'Fixture Artist', pitchedOn: '2013-08-01' })
  const chartEntry = await created(client, `${base}/chart-entries`, {
    chart: 'Fixture Chart',
    kind: 'pre-order',
    position: 5,
    chartDate: '2013-06-04',
    releaseGroupId: releaseGroup.id,
  })
  const awardNomination = await created(client, `${base}/award-nominations`, { award: 'Fixture Awards', category: 'Fixture Group', year: 2013, actId: act.id })
  const setlist = await agreedShowSetlist(client, base, { actId: act.id, recordingId: recording.id, showId: show.id })
  const plannerRun = await client.post(`${base}/planner/runs`, { actId: act.id, targetKind: 'show', targetId: show.id, budgetMs: 100, seed: 1 })
  if (plannerRun.statusCode !== 202) throw new Error(`planner run → ${plannerRun.statusCode}: ${plannerRun.body}`)
  const notificationId = await ownNotification(client, base, { actId: act.id, recordingId: recording.id })
  // a settlement of the show, so its sheet PDF prints (ADR 043)
  const settlement = await client.put(`${base}/shows/${show.id}/settlement`, {
    version: 0,
    currency: 'USD',
    deal: { kind: 'flat', guaranteeMinor: 100_000 },
    tickets: [{ type: 'GA', sold: 10, comps: 0, priceMinor: 2_000 }],
    taxes: [],
    expenses: [],
    merch: [],
    deposits: [],
    adjustments: [],
    exchangeRate: null,
  })
  if (settlement.statusCode !== 200) throw new Error(`PUT settlement → ${settlement.statusCode}: ${settlement.body}`)
  const played = await client.put(`${base}/shows/${show.id}/played`, {})
  if (played.statusCode !== 200) throw new Error(`record played → ${played.statusCode}: ${played.body}`)
  // the road (issue 15): the show's day, a line on it, a default schedule
  const day = await created(client, `${base}/days`, {
    actId: act.id,
    tourId: tour.id,
    localDate: '2013-07-12',
    type: 'show',
    city: 'Chicago',
    timeZone: 'America/Chicago',
  })
  const item = await created(client, `${base}/days/${day.id}/items`, { title: 'Fixture bus call', kind: 'bus-call', startTime: '14:00' })
  const template = await created(client, `${base}/schedule-templates`, { name: 'Fixture day', items: [{ title: 'Doors', kind: 'doors', anchor: 'doors' }] })
  const hotel = await created(client, `${base}/hotels`, {
    tourId: tour.id,
    name: 'Fixture Hotel',
    timeZone: 'America/Chicago',
    checkInDate: '2013-07-12',
    checkOutDate: '2013-07-13',
    rooms: [{ confirmationNumber: 'FIX-1', guests: [{ personId: person.id }] }],
  })
  const guestRequest = await created(client, `${base}/shows/${show.id}/guests/requests`, { name: 'Fixture Guest', plusN: 1 })
  // advancing (ADR 037): a promoter link of the show
  const promoterLink = await created(client, `${base}/shows/${show.id}/promoter-links`, {})
  const journey = await created(client, `${base}/journeys`, {
    tourId: tour.id,
    passengerIds: [person.id],
    segments: [
      {
        mode: 'air',
        from: { iata: 'DFW' },
        to: { iata: 'IAH' },
        departureDate: '2013-07-12',
        departureTime: '09:00',
        arrivalDate: '2013-07-12',
        arrivalTime: '10:05',
        bookingReference: 'FIX-J1',
      },
    ],
  })
  const availabilityRequest = await created(client, `${base}/availability-requests`, {
    title: 'Fixture shoot',
    startDate: '2013-07-12',
    endDate: '2013-07-13',
    answerBy: '2013-07-01',
    personIds: [person.id],
  })
  return {
    userId: me.user.id,
    personId: person.id,
    actId: act.id,
    membershipId: membership.id,
    inviteId: invite.id,
    workId: work.id,
    recordingId: recording.id,
    releaseGroupId: releaseGroup.id,
    placementId: placement.id,
    venueId: venue.id,
    tourId: tour.id,
    legId: tour.legs[0].id,
    showId: show.id,
    commitmentId: commitment.id,
    blockoutId: blockout.id,
    feedId: feed.id,
    organizationId: organization.id,
    holdId: hold.id,
    pitchId: pitch.id,
    chartEntryId: chartEntry.id,
    awardNominationId: awardNomination.id,
    proposalId: setlist.proposalId,
    versionId: setlist.versionId,
    runId: plannerRun.json().id,
    notificationId,
    dayId: day.id,
    itemId: item.id,
    templateId: template.id,
    hotelId: hotel.id,
    guestRequestId: guestRequest.id,
    linkId: promoterLink.id,
    journeyId: journey.id,
    requestId: availabilityRequest.id,
    subscriptionId: (await created(client, `${base}/me/push-subscriptions`, FIXTURE_PUSH_SUBSCRIPTION)).id,
  }
}

/** A device of the owner that takes pushes (ADR 044): a well-formed subscription at a push service that does not exist. */
const FIXTURE_PUSH_SUBSCRIPTION = {
  endpoint: `https://push.greenroom.invalid/fixture/${Math.random().toString(36).slice(2, 10)}`,
  keys: {
    p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
    auth: 'tBHItJI5svbpez7KI4CCXg',
  },
}

/**
 * A notification in the owner's inbox, made the way the product makes them: a member joins, takes
 * part in the act (whose set lists the owner decides alone) and sends a proposal round; the notify
 * job tells the owner.
 */
async function ownNotification(owner: TestClient, base: string, ids: { actId: string; recordingId: string }): Promise<string> {
  const member = await joinedClient(owner.appUnderTest, owner, base, 'member')
  const personId = (await member.get(base)).json().personId as string
  await created(owner, `${base}/acts/${ids.actId}/memberships`, { personId, role: 'member', instruments: [] })
  await created(member, `${base}/setlists/proposals`, {
    actId: ids.actId,
    title: 'Fixture Proposal',
    entries: [{ id: 'e1', type: 'song', recordingId: ids.recordingId }],
  })
  for (let i = 0; i < 300; i++) {
    const [note] = (await owner.get(`${base}/notifications`)).json() as { id: string }[]
    if (note) return note.id
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('the owner was never told of the fixture proposal')
}
