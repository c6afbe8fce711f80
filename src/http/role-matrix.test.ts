import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { fixedClock } from '../domain/clock.ts'
import { grantOf, readsContactDetails, readsEveryConfirmationNumber, type ReadScope } from '../domain/permissions.ts'
import { WORKSPACE_ROLES, type WorkspaceRole } from '../domain/roles.ts'
import type { Database } from '../db/client.ts'
import { TEST_NOW, TestClient } from '../test/test-app.ts'
import { demoRoleClients } from '../test/role-clients.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'
import { resourceOfRoute, WORKSPACE_PREFIX } from './route-resources.ts'

/**
 * Generated from the route table, on the demo world at its 2013 clock: every workspace route, as
 * each role (a real demo login per role), answers what the permission table (src/domain/permissions.ts)
 * says. A read the table refuses is a 403 problem+json; any other read answers as it does for the
 * owner (200 where the demo has the data), and its body holds none of the role's secrets, gathered
 * from the owner's view: shows that are not public, tour and leg notes, other people's emails and
 * notes, other parties' pitches, commitments the reader does not attend, other people's blockouts.
 * A write the table refuses is a 403 problem+json whatever the body; an allowed one is never a 403.
 */
const api = '/api/workspaces/demo'
/** Notes shorter than this are too generic to scan for (a word could appear anywhere). */
const MIN_SECRET = 20

type Res = Awaited<ReturnType<TestClient['request']>>
const isProblem = (res: Res, status: number) => res.statusCode === status && String(res.headers['content-type']).startsWith('application/problem+json')

describe('roles and privacy on every route (demo world, 2013-04-15)', () => {
  let database: Database
  let app: App
  const client = {} as Record<WorkspaceRole, TestClient>
  const personOf = {} as Record<WorkspaceRole, string>
  const secrets = {} as Record<WorkspaceRole, Map<string, string>>
  let params: Record<string, string>
  /** Ids a role reads its own of (the viewer's own pitch), instead of the common ones. */
  const ownParams: Partial<Record<WorkspaceRole, Record<string, string>>> = {}
  const probes: { role: WorkspaceRole; url: string; status: number; why: string }[] = []

  const scopedRoutes = () => app.routeTable.filter((r) => r.url.startsWith(WORKSPACE_PREFIX))
  const fill = (url: string, role: WorkspaceRole) =>
    url.replace(/:(\w+)/g, (_, name: string) => {
      if (name === 'workspaceId') return 'demo'
      // a person route is tried on the reader's own person: reading someone else's is a probe below
      const value = name === 'personId' ? personOf[role] : (ownParams[role]?.[name] ?? params[name])
      if (!value) throw new Error(`No demo fixture for :${name} in ${url}; add one to role-matrix.test.ts`)
      return value
    })

  beforeAll(async () => {
    database = await freshDatabase()
    // (the demo world and a login per role: argon2 on a busy machine takes a while)
    await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    const logins = await demoRoleClients(app)
    Object.assign(client, logins.client)
    Object.assign(personOf, logins.personOf)
    const owner = client.owner
    const list = async (path: string) => {
      const res = await owner.get(`${api}${path}`)
      if (res.statusCode !== 200) throw new Error(`GET ${path} → ${res.statusCode}`)
      return res.json()
    }
    const people = await list('/people')
    // the viewer (Victoria Justice, the support act) is pitched a song, so that a pitch of her own can be read
    const kendall = people.find((p: { name: string }) => p.name.startsWith('Kendall'))
    const song = await owner.post(`${api}/works`, { title: 'A Song for the Support Act', writers: [{ personId: kendall.id, sharePercent: 100 }] })
    const victoriaAct = await list('/acts/victoria-justice')
    const victoriaPitch = await owner.post(`${api}/works/${song.json().id}/pitches`, {
      actId: victoriaAct.id,
      pitchedOn: '2013-04-10',
      notes: 'Written with her voice in mind; the band would like to sing it with her on tour.',
    })
    if (victoriaPitch.statusCode !== 201) throw new Error(`pitch → ${victoriaPitch.statusCode} ${victoriaPitch.body}`)
    ownParams.viewer = { pitchId: victoriaPitch.json().id }
    const shows = await list('/shows')
    const showDetails = await Promise.all(shows.map((s: { id: string }) => list(`/shows/${s.id}`)))
    const publicShows = showDetails.filter((s) => s.isPublic)
    const hidden = showDetails.filter((s) => !s.isPublic)
    const tours = await Promise.all((await list('/tours')).map((t: { id: string }) => list(`/tours/${t.id}`)))
    const summer = tours.find(
      (t) =>
        t.shows.some((s: { id: string }) => publicShows.some((p) => p.id === s.id)) && t.shows.some((s: { id: string }) => hidden.some((h) => h.id === s.id)),
    )
    const pitches = await list('/pitches')
    const acts = await list('/acts')
    const ellenPitch = pitches.find((p: { artistName: string }) => p.artistName === 'Ellen Levann')
    const work = ellenPitch.workId as string
    const holds = await list(`/works/${work}/holds`)
    const commitments = await list('/commitments')
    const attended = commitments.find((c: { people: { personId: string }[] }) => c.people.some((p) => p.personId === personOf.viewer))
    const blockouts = await list('/blockouts')
    const proposals = await list('/setlists/proposals')
    const proposal = await list(`/setlists/proposals/${proposals[0].id}`)
    const btr = await list('/acts/big-time-rush')
    const run = await owner.post(`${api}/planner/runs`, { actId: btr.id, targetKind: 'show', targetId: publicShows[0].id, budgetMs: 100, seed: 1 })
    const feed = await owner.post(`${api}/people/${personOf.owner}/feeds`, {})
    const invite = await owner.post(`${api}/invites`, { role: 'viewer' })
    const members = await list('/members')
    // a day on the road the viewer (the support act) has lines on, and everything on the road she must not see
    const viewerDays = (await client.viewer.get(`${api}/days`)).json()
    const roadDay = await list(`/days/${viewerDays[0].id}`)
    const allDays = await list('/days')
    const dayDetails = await Promise.all(allDays.slice(0, 12).map((d: { id: string }) => list(`/days/${d.id}`)))
    // a hotel the viewer sleeps in, and every room's confirmation number (ADR 039)
    const viewerStays = (await client.viewer.get(`${api}/hotels`)).json()
    const stays = await list('/hotels')
    // every show's guest list as the owner reads it: other people's guests are the secrets (ADR 038)
    const guestRequests = (await Promise.all(showDetails.map((s) => list(`/shows/${s.id}/guests`)))).flatMap((g) => g.requests)
    const ownRequest = (role: WorkspaceRole) => guestRequests.find((r: { requesterPersonId: string | null }) => r.requesterPersonId === personOf[role])
    for (const role of ['member', 'crew'] as const) {
      const own = ownRequest(role)
      if (!own) throw new Error(`the demo has no guest request of the ${role}'s own`)
      ownParams[role] = { ...ownParams[role], guestRequestId: own.id }
    }
    // advancing (ADR 037): every show's and venue's contacts as the owner reads them, and each role's own view of each show
    const advances = await Promise.all(showDetails.map((s) => list(`/shows/${s.id}/advance`)))
    const venueAdvances = await Promise.all([...new Set(showDetails.map((s) => s.venueId as string))].map((v) => list(`/venues/${v}/advance`)))
    const linksByShow = await Promise.all(showDetails.map((s) => list(`/shows/${s.id}/promoter-links`)))
    const promoterLink = linksByShow.flat()[0]
    const detailsSeen = {} as Record<WorkspaceRole, Set<string>>
    for (const role of WORKSPACE_ROLES) {
      detailsSeen[role] = new Set()
      for (const a of advances) {
        const res = await client[role].get(`${api}/shows/${a.showId}/advance`)
        if (res.statusCode === 200 && !res.json().detailsHidden) for (const c of a.contacts) detailsSeen[role].add(c.phone).add(c.email)
      }
    }
    // a journey the viewer travels on (the support bus), and every journey's booking references (ADR 036)
    const viewerJourneys = (await client.viewer.get(`${api}/journeys`)).json()
    const journeys = await list('/journeys')
    // availability requests (ADR 042): one asking every role's person, so each reads it as someone asked;
    // the demo's South America request asks the band and Dustin, not the crew nor the viewer
    const availability = await list('/availability-requests')
    const southAmerica = availability.find((r: { title: string }) => r.title === 'South America leg')
    const asked = await owner.post(`${api}/availability-requests`, {
      title: 'Everyone: the role matrix',
      startDate: '2013-07-01',
      endDate: '2013-07-02',
      answerBy: '2013-06-01',
      personIds: [personOf.member, personOf.crew, personOf.viewer],
    })
    if (asked.statusCode !== 201) throw new Error(`availability request → ${asked.statusCode} ${asked.body}`)
    // what a settlement says beyond its deal: only owners and managers read it (ADR 043)
    const settled = await Promise.all(shows.map((s: { id: string }) => owner.get(`${api}/shows/${s.id}/settlement`)))
    const moneySecrets = settled
      .map((r) => r.json())
      .filter((v) => v.terms)
      .flatMap((v) => [...v.terms.adjustments.map((a: { reason: string }) => a.reason), ...v.terms.expenses.map((e: { label: string }) => `${e.label}`)])
    params = {
      actId: btr.id,
      membershipId: btr.memberships[0].id,
      workId: work,
      recordingId: (await list('/recordings'))[0].id,
      releaseGroupId: (await list('/release-groups'))[0].id,
      placementId: (await list('/placements'))[0].id,
      venueId: publicShows[0].venueId,
      tourId: summer.id,
      showId: publicShows.find((s) => s.actId === btr.id)?.id ?? publicShows[0].id,
      commitmentId: attended.id,
      blockoutId: blockouts[0].id,
      feedId: feed.json().id,
      organizationId: (await list('/organizations'))[0].id,
      holdId: holds[0].id,
      pitchId: ellenPitch.id,
      chartEntryId: (await list('/chart-entries'))[0].id,
      awardNominationId: (await list('/award-nominations'))[0].id,
      proposalId: proposal.id,
      versionId: proposal.latestVersion.id,
      runId: run.json().id,
      // nobody's inbox holds it: every role may mark its own (403 for none), and this one is a 404 to all (notifications.test.ts reads real ones)
      notificationId: '01900000-0000-7000-8000-000000000a0e',
      inviteId: invite.json().id,
      userId: members.find((m: { role: string }) => m.role === 'member').userId,
      dayId: roadDay.id,
      itemId: roadDay.items[0].id,
      templateId: (await list('/schedule-templates'))[0].id,
      hotelId: viewerStays[0].id,
      guestRequestId: guestRequests[0].id,
      linkId: promoterLink.id,
      journeyId: viewerJourneys[0].id,
      requestId: asked.json().id,
      // nobody's device: every role may remove its own (403 for none), and this one is a 404 to all (push.test.ts removes real ones)
      subscriptionId: '01900000-0000-7000-8000-0000000000d1',
    }

    // What each role must never read, whatever the route.
    const add = (map: Map<string, string>, value: unknown, why: string) => {
      if (typeof value === 'string' && value.trim().length >= MIN_SECRET) map.set(value, why)
      else if (typeof value === 'string' && /^[0-9a-f-]{36}$|@/.test(value)) map.set(value, why)
    }
    for (const role of WORKSPACE_ROLES) {
      const map = new Map<string, string>()
      const scope = (resource: Parameters<typeof grantOf>[1]): ReadScope => grantOf(role, resource).read
      if (scope('people') !== 'all') {
        for (const p of people) {
          if (p.id === personOf[role]) continue
          add(map, p.email, `${p.name}'s email`)
          // an act's description is the act's, readable by all: the same words in a person's notes are no secret
          if (!acts.some((a: { description: string }) => a.description === p.notes)) add(map, p.notes, `notes on ${p.name}`)
        }
      }
      if (scope('shows') !== 'all') {
        for (const s of hidden) {
          add(map, s.id, `the id of the show that is not public on ${s.localDate} in ${s.city}`)
          add(map, s.notes, `notes of the show on ${s.localDate}`)
        }
        for (const s of publicShows) add(map, s.notes, `notes of the show on ${s.localDate}`)
      }
      if (scope('venues') !== 'all') {
        for (const s of hidden)
          if (!publicShows.some((p) => p.venueId === s.venueId)) add(map, s.venueId, `the venue in ${s.city}, where only private shows are planned`)
      }
      if (scope('tours') !== 'all') {
        for (const t of tours) {
          add(map, t.notes, `notes of the tour ${t.name}`)
          for (const l of t.legs) {
            add(map, l.notes, `notes of the leg ${l.name}`)
            if (!t.shows.some((s: { id: string; legId: string }) => s.legId === l.id && publicShows.some((p) => p.id === s.id)))
              add(map, l.id, `the leg ${l.name}, which has no public show`)
          }
        }
      }
      if (scope('pitches') === 'own') {
        for (const p of pitches) if (p.id !== ownParams[role]?.pitchId) add(map, p.id, `the pitch of ${p.workTitle} to ${p.artistName}`)
        for (const p of pitches) add(map, p.notes, `notes of the pitch of ${p.workTitle}`)
      }
      if (scope('commitments') === 'own') {
        for (const c of commitments)
          if (!c.people.some((p: { personId: string }) => p.personId === personOf[role])) add(map, c.id, `the commitment ${c.title} on ${c.startDate}`)
      }
      if (scope('road') === 'own') {
        for (const d of dayDetails) {
          add(map, d.notes, `notes of the day ${d.localDate}`)
          for (const i of d.items)
            if (
              i.audience === 'band' ||
              i.audience === 'crew' ||
              (i.audience === 'people' && !i.people.some((p: { personId: string }) => p.personId === personOf[role]))
            )
              add(map, i.id, `the line ${i.title} on ${d.localDate}, for ${i.audience}`)
        }
      }
      if (!readsEveryConfirmationNumber(role)) {
        for (const st of stays)
          for (const room of st.rooms) {
            const guest = room.guests.some((g: { personId: string }) => g.personId === personOf[role])
            if (!guest) map.set(room.confirmationNumber, `the confirmation number of a room at ${st.name} on ${st.checkInDate}`)
            if (!guest && scope('road') === 'own') add(map, room.id, `a room at ${st.name} on ${st.checkInDate} the reader is not in`)
          }
        if (scope('road') === 'own') for (const st of stays) add(map, st.notes, `notes of the stay at ${st.name}`)
        for (const j of journeys) {
          const aboard = j.passengers.some((p: { personId: string }) => p.personId === personOf[role])
          if (!aboard) for (const seg of j.segments) map.set(seg.bookingReference, `the booking reference of ${j.title} (${seg.departureDate})`)
          if (!aboard && scope('road') === 'own') {
            add(map, j.id, `the journey ${j.title} the reader is not on`)
            add(map, j.notes, `notes of the journey ${j.title}`)
          }
        }
      }
      if (scope('guests') !== 'all') {
        for (const r of guestRequests) {
          if (r.requesterPersonId === personOf[role]) continue
          add(map, r.id, `the guest request for ${r.name}`)
          add(map, r.note, `the note on the guest request for ${r.name}`)
          if (r.name.length >= 12) map.set(r.name, `the name of someone else's guest, ${r.name}`)
        }
      }
      // a contact's phone and email outside a show the role is on, a venue's wifi and a promoter's answer (ADR 037)
      if (!readsContactDetails(role, false)) {
        for (const a of [...advances, ...venueAdvances])
          for (const c of a.contacts)
            for (const detail of [c.phone, c.email])
              if (detail && !detailsSeen[role].has(detail)) map.set(detail, `${c.name}'s ${detail === c.phone ? 'phone' : 'email'}`)
        for (const v of venueAdvances) if (v.facts.wifi) map.set(v.facts.wifi, 'the wifi of a venue')
        for (const ch of promoterLink.changes) add(map, ch.after, `a promoter's waiting answer (${ch.label})`)
      }
      if (scope('availability') === 'own') {
        for (const a of southAmerica.answers) if (a.personId !== personOf[role]) add(map, a.comment, `${a.personName}'s comment on ${southAmerica.title}`)
        if (!southAmerica.answers.some((a: { personId: string }) => a.personId === personOf[role]))
          add(map, southAmerica.id, `${southAmerica.title}, not asked`)
      }
      if (scope('money') !== 'all') for (const reason of moneySecrets) add(map, reason, 'an adjustment or expense of a settlement')
      if (scope('blockouts') === 'own') for (const b of blockouts) if (b.personId !== personOf[role]) add(map, b.id, `${b.personName ?? b.personId}'s blockout`)
      secrets[role] = map
    }
    // Direct reads of what the viewer must not see: not found, as in another workspace.
    for (const s of hidden)
      probes.push({ role: 'viewer', url: `${api}/shows/${s.id}`, status: 404, why: `the ${s.announcement} show on ${s.localDate} in ${s.city}` })
    for (const c of commitments.filter((c: { people: { personId: string }[] }) => !c.people.some((p) => p.personId === personOf.viewer)).slice(0, 5))
      probes.push({ role: 'viewer', url: `${api}/commitments/${c.id}`, status: 404, why: `a commitment the viewer does not attend: ${c.title}` })
    for (const p of pitches.filter((p: { id: string }) => p.id !== ownParams.viewer!.pitchId))
      probes.push({ role: 'viewer', url: `${api}/pitches/${p.id}`, status: 404, why: `the pitch of ${p.workTitle} to ${p.artistName}` })
    probes.push({ role: 'viewer', url: `${api}/people/${personOf.member}/timeline`, status: 403, why: "another person's timeline" })
    for (const role of ['viewer', 'crew'] as const)
      probes.push({ role, url: `${api}/availability-requests/${southAmerica.id}`, status: 404, why: 'an availability request the reader is not asked in' })
    const privateVenue = hidden.find((s) => !publicShows.some((p) => p.venueId === s.venueId))
    if (privateVenue)
      probes.push({
        role: 'viewer',
        url: `${api}/venues/${privateVenue.venueId}`,
        status: 404,
        why: `the venue in ${privateVenue.city}, where only private shows are planned`,
      })
  }, 300_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  it('has a demo login for every role and a resource in the table for every workspace route', () => {
    expect(Object.keys(client).sort()).toEqual([...WORKSPACE_ROLES].sort())
    const unmapped = scopedRoutes().filter((r) => !resourceOfRoute(r.url))
    expect(unmapped).toEqual([])
    expect(secrets.viewer!.size).toBeGreaterThan(20)
  })

  it('answers every GET route as the table says, for every role, leaking none of its secrets', async () => {
    const wrong: string[] = []
    let cells = 0
    let exercised = 0
    const gets = scopedRoutes().filter((r) => r.method === 'GET')
    const reference = new Map<string, number>()
    for (const route of gets) reference.set(route.url, (await client.owner.get(fill(route.url, 'owner'))).statusCode)
    for (const role of WORKSPACE_ROLES) {
      for (const route of gets) {
        cells++
        const resource = resourceOfRoute(route.url)!
        const scope = grantOf(role, resource).read
        const res = await client[role].get(fill(route.url, role))
        if (scope === 'none') {
          if (!isProblem(res, 403)) wrong.push(`${role} GET ${route.url} (${resource}: none) → ${res.statusCode}, expected 403`)
          continue
        }
        const expected = reference.get(route.url)!
        if (expected === 200) exercised++
        // a member reads money only for a show on their lineup whose act shares deals (ADR 043): elsewhere a 403, never data
        if (resource === 'money' && scope === 'own' && isProblem(res, 403)) continue
        if (res.statusCode !== expected) {
          wrong.push(`${role} GET ${route.url} (${resource}: ${scope}) → ${res.statusCode}, the owner gets ${expected}: ${res.body.slice(0, 120)}`)
          continue
        }
        const leaked = [...secrets[role]!].filter(([secret]) => res.body.includes(secret)).map(([, why]) => why)
        if (leaked.length > 0)
          wrong.push(
            `${role} GET ${route.url} (${resource}: ${scope}) shows ${leaked.slice(0, 4).join('; ')}${leaked.length > 4 ? ` and ${leaked.length - 4} more` : ''}`,
          )
      }
    }
    for (const probe of probes) {
      cells++
      const res = await client[probe.role].get(probe.url)
      if (!isProblem(res, probe.status)) wrong.push(`${probe.role} GET ${probe.url} (${probe.why}) → ${res.statusCode}, expected ${probe.status}`)
    }
    console.log(
      `role matrix (GET): ${WORKSPACE_ROLES.length} roles × ${gets.length} GET routes + ${probes.length} direct probes = ${cells} cells, ${exercised} answered with data; wrong: ${wrong.length}`,
    )
    expect(wrong).toEqual([])
    expect(exercised).toBeGreaterThan(gets.length * 3)
  }, 600_000)

  it("shows the viewer the splits of no song and only the pitches to the viewer's own party", async () => {
    const work = (await client.viewer.get(`${api}/works/${params.workId}`)).json()
    expect(work.writers.length).toBeGreaterThan(0)
    expect(work.writers.every((w: { sharePercent: unknown }) => w.sharePercent === null)).toBe(true)
    expect((await client.member.get(`${api}/works/${params.workId}`)).json().writers.some((w: { sharePercent: unknown }) => w.sharePercent !== null)).toBe(true)
    const ellen = new TestClient(app)
    await ellen.post('/api/auth/login', { email: `ellen@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })
    const own = (await ellen.get(`${api}/pitches`)).json()
    expect(own.map((p: { id: string }) => p.id)).toEqual([params.pitchId])
    const victorias = (await client.viewer.get(`${api}/pitches`)).json()
    expect(victorias.map((p: { id: string }) => p.id)).toEqual([ownParams.viewer!.pitchId])
    expect(victorias[0].notes).toBe('')
    const all = (await client.member.get(`${api}/pitches`)).json().map((p: { id: string }) => p.id)
    expect(all).toEqual(expect.arrayContaining([params.pitchId, ownParams.viewer!.pitchId]))
  })

  it('refuses every write route the table refuses (403 problem+json before validation) and never refuses one it allows', async () => {
    const wrong: string[] = []
    let cells = 0
    const writes = scopedRoutes().filter((r) => r.method !== 'GET')
    const depth = (url: string) => url.split('/').length
    // the owner last and removals last, deepest first, so that a removal never hides a route from a later role
    const order = [...writes.filter((r) => r.method !== 'DELETE'), ...writes.filter((r) => r.method === 'DELETE').sort((a, b) => depth(b.url) - depth(a.url))]
    for (const role of ['viewer', 'crew', 'member', 'manager', 'owner'] as const) {
      for (const route of order) {
        cells++
        const resource = resourceOfRoute(route.url)!
        const scope = grantOf(role, resource).write
        const res = await client[role].request(route.method, fill(route.url, role), route.method === 'DELETE' ? undefined : {})
        if (res.statusCode >= 500) wrong.push(`${role} ${route.method} ${route.url} → ${res.statusCode}`)
        else if (scope === 'none' && !isProblem(res, 403))
          wrong.push(`${role} ${route.method} ${route.url} (${resource}: none) → ${res.statusCode}, expected 403`)
        else if (scope === 'all' && res.statusCode === 403)
          wrong.push(`${role} ${route.method} ${route.url} (${resource}: all) → 403: ${res.body.slice(0, 120)}`)
      }
    }
    console.log(`role matrix (writes): 5 roles × ${writes.length} write routes = ${cells} cells; wrong: ${wrong.length}`)
    expect(wrong).toEqual([])
  }, 600_000)
})
