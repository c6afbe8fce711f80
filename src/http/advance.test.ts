import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { TEST_NOW, ownerWithWorkspace, type TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { created } from '../test/workspace-fixtures.ts'
import { everyRole, type JoinedRole } from '../test/role-clients.ts'
import { buildApp, type App } from './app.ts'

/**
 * Issue 15 point 6 and issue 16 point 4 (ADR 037): a show's advance checklist and contacts, a venue's
 * facts, who reads a phone number, and the promoter's private link (no account, expires, revocable,
 * GET changes nothing, the answer waits as a diff for the tour manager).
 */
describe('advancing a show', () => {
  let database: Database
  let app: App
  let offsetMs = 0
  let owner: TestClient
  let base: string
  let as: Record<JoinedRole, TestClient>
  const id: Record<string, string> = {}
  /** Every body the app answered after the link was made, except the answer that made it. */
  const seen: string[] = []
  const anonymous = {
    get: async (url: string) => app.inject({ method: 'GET', url }),
    form: async (url: string, fields: Record<string, string>) =>
      app.inject({ method: 'POST', url, payload: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
  }

  beforeAll(async () => {
    database = await freshDatabase()
    app = await buildApp({ database, clock: { now: () => new Date(TEST_NOW.getTime() + offsetMs) }, logLevel: 'silent' })
    ;({ client: owner, base } = await ownerWithWorkspace(app, 'Advance'))
    const roles = await everyRole(app, owner, base)
    as = roles.as
    Object.assign(id, roles.personIds)
    const act = await created(owner, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    id.act = act.id
    id.venue = (await created(owner, `${base}/venues`, { name: 'Nikon at Jones Beach', city: 'Wantagh', country: 'US', timeZone: 'America/New_York' })).id
    const show = (localDate: string, lineup: string[]) =>
      created(owner, `${base}/shows`, {
        actId: act.id,
        venueId: id.venue,
        localDate,
        doors: '18:00',
        curfew: '23:00',
        status: 'confirmed',
        announcement: 'announced',
        lineup: lineup.map((personId) => ({ personId, role: 'vocals' })),
      })
    id.show = (await show('2013-07-12', [id.member!])).id
    id.later = (await show('2013-08-20', [id.viewer!])).id
  })
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  const contacts = [
    { role: 'promoter', name: 'Dana Promoter', phone: '+1 516 555 0101', email: 'dana@live-nation.example' },
    { role: 'production', name: 'Pat Production', phone: '+1 516 555 0102', email: 'pat@jonesbeach.example' },
  ]

  it('gives a band from zero the default checklist, due before the show, and empty venue facts', async () => {
    const res = await owner.get(`${base}/shows/${id.show}/advance`)
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ showId: id.show, venueId: id.venue, version: 0, contacts: [], detailsHidden: false, updatedAt: null })
    expect(body.checklist.map((i: { category: string }) => i.category)).toEqual([
      'production',
      'production',
      'hospitality',
      'security',
      'merch',
      'settlement',
      'travel',
    ])
    expect(body.checklist[0]).toMatchObject({ id: 'default-stage-plot', dueDate: '2013-06-21', status: 'todo', doneBy: null })
    const venue = (await owner.get(`${base}/venues/${id.venue}/advance`)).json()
    expect(venue).toMatchObject({ version: 0, contacts: [], facts: { loadInAddress: '', wifi: '' } })
  })

  it('saves the checklist under its version, signs who did an item, and answers 409 to a stale version', async () => {
    const read = (await owner.get(`${base}/shows/${id.show}/advance`)).json()
    const checklist = read.checklist.map((i: { id: string; category: string; title: string; dueDate: string }, n: number) => ({
      id: i.id,
      category: i.category,
      title: i.title,
      dueDate: i.dueDate,
      status: n === 0 ? 'done' : 'todo',
    }))
    checklist.push({ category: 'merch', title: 'Count in and count out with the seller', dueDate: '2013-07-12', status: 'asked' })
    const res = await owner.put(`${base}/shows/${id.show}/advance`, { version: 0, checklist, contacts })
    expect(res.statusCode, res.body).toBe(200)
    const saved = res.json()
    expect(saved.version).toBe(1)
    expect(saved.checklist[0]).toMatchObject({ id: 'default-stage-plot', status: 'done', doneBy: { name: 'Advance Owner' }, doneAt: TEST_NOW.toISOString() })
    expect(saved.checklist[7]).toMatchObject({ category: 'merch', status: 'asked', doneBy: null })
    expect(saved.contacts).toEqual(contacts.map((c) => ({ ...c, source: 'show' })))
    // a member keeps the owner's signature on an item that stays done, and signs the one they do
    const next = saved.checklist.map((i: { id: string; category: string; title: string; dueDate: string; status: string }, n: number) => ({
      id: i.id,
      category: i.category,
      title: i.title,
      dueDate: i.dueDate,
      status: n === 1 ? 'done' : i.status,
    }))
    const byMember = await as.member.put(`${base}/shows/${id.show}/advance`, { version: 1, checklist: next, contacts })
    expect(byMember.statusCode, byMember.body).toBe(200)
    expect(byMember.json().checklist[0].doneBy.name).toBe('Advance Owner')
    expect(byMember.json().checklist[1].doneBy).toEqual({ personId: id.member, name: 'A member' })
    const stale = await owner.put(`${base}/shows/${id.show}/advance`, { version: 1, checklist: [], contacts: [] })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ version: 2 })
    expect((await owner.get(`${base}/shows/${id.show}/advance`)).json().checklist).toHaveLength(8)
  })

  it('shows phone and email to owners, managers and those on the show; a viewer not on it gets names only and no checklist', async () => {
    const phones = (body: { contacts: { phone: string | null }[] }) => body.contacts.map((c) => c.phone)
    for (const c of [owner, as.manager, as.member, as.crew]) {
      const res = await c.get(`${base}/shows/${id.show}/advance`)
      expect(res.statusCode).toBe(200)
      expect(phones(res.json())).toEqual(['+1 516 555 0101', '+1 516 555 0102'])
    }
    const viewer = await as.viewer.get(`${base}/shows/${id.show}/advance`)
    expect(viewer.statusCode).toBe(200)
    expect(viewer.json()).toMatchObject({ checklist: [], detailsHidden: true })
    expect(viewer.json().contacts[0]).toEqual({ role: 'promoter', name: 'Dana Promoter', phone: null, email: null, source: 'show' })
    for (const secret of ['555 0101', 'dana@', 'Count in']) expect(viewer.body).not.toContain(secret)
    // on a show of their own, the viewer reads the details; the member, not on it, does not
    await owner.put(`${base}/shows/${id.later}/advance`, { version: 0, checklist: [], contacts: [contacts[0]] })
    expect(phones((await as.viewer.get(`${base}/shows/${id.later}/advance`)).json())).toEqual(['+1 516 555 0101'])
    expect(phones((await as.member.get(`${base}/shows/${id.later}/advance`)).json())).toEqual([null])
    expect((await as.viewer.put(`${base}/shows/${id.show}/advance`, { version: 2, checklist: [], contacts: [] })).statusCode).toBe(403)
    expect((await as.crew.put(`${base}/shows/${id.show}/advance`, { version: 2, checklist: [], contacts: [] })).statusCode).toBe(403)
  })

  it('keeps venue facts for next time; phone, email and wifi only for owners and managers, kept when an editor leaves them out', async () => {
    const facts = {
      loadInAddress: 'Dock B, Ocean Parkway',
      parking: 'Two buses behind the stage',
      power: '400 A three-phase',
      stageSize: '18 × 12 m',
      wifi: 'JB-Crew / surf2013',
      hospitality: 'Catering at 17:00',
    }
    const res = await owner.put(`${base}/venues/${id.venue}/advance`, { version: 0, facts, contacts: [contacts[1]] })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ version: 1, facts })
    const member = (await as.member.get(`${base}/venues/${id.venue}/advance`)).json()
    expect(member).toMatchObject({ detailsHidden: true, facts: { wifi: null, parking: 'Two buses behind the stage' } })
    expect(member.contacts).toEqual([{ role: 'production', name: 'Pat Production', phone: null, email: null, source: 'venue' }])
    const { wifi: _wifi, ...withoutWifi } = facts
    const edit = await as.member.put(`${base}/venues/${id.venue}/advance`, {
      version: 1,
      facts: { ...withoutWifi, parking: 'One bus behind the stage' },
      contacts: [{ role: 'production', name: 'Pat Production' }],
    })
    expect(edit.statusCode, edit.body).toBe(200)
    const now = (await owner.get(`${base}/venues/${id.venue}/advance`)).json()
    expect(now).toMatchObject({ version: 2, facts: { wifi: 'JB-Crew / surf2013', parking: 'One bus behind the stage' } })
    expect(now.contacts[0]).toMatchObject({ phone: '+1 516 555 0102', email: 'pat@jonesbeach.example' })
    // the show's advance lists the venue's people after the show's
    expect((await owner.get(`${base}/shows/${id.show}/advance`)).json().contacts.map((c: { source: string }) => c.source)).toEqual(['show', 'show', 'venue'])
  })

  it('refuses hostile input with a 400 naming the field, and stores nothing', async () => {
    const before = (await owner.get(`${base}/shows/${id.show}/advance`)).json()
    const refused = async (url: string, body: unknown, path: string) => {
      const res = await owner.put(url, body)
      expect(res.statusCode, res.body).toBe(400)
      expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/)
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path)
    }
    const show = `${base}/shows/${id.show}/advance`
    await refused(show, { version: 2, checklist: [], contacts: [{ role: 'promoter', name: 'X', email: 'not-an-email' }] }, 'contacts.0.email')
    await refused(show, { version: 2, checklist: [], contacts: [{ role: 'manager', name: 'X' }] }, 'contacts.0.role')
    await refused(show, { version: 2, checklist: [], contacts: [{ role: 'promoter', name: 'X', phone: 'call me maybe' }] }, 'contacts.0.phone')
    await refused(show, { version: 2, checklist: [], contacts: [{ role: 'promoter', name: '   ' }] }, 'contacts.0.name')
    await refused(show, { version: 2, checklist: [{ category: 'catering', title: 'X' }], contacts: [] }, 'checklist.0.category')
    await refused(show, { version: 2, checklist: [{ category: 'merch', title: 'X', dueDate: '2013-02-30' }], contacts: [] }, 'checklist.0.dueDate')
    await refused(show, { version: 2, checklist: [{ category: 'merch', title: 'X', status: 'finished' }], contacts: [] }, 'checklist.0.status')
    await refused(show, { version: 2, checklist: [{ id: 'no-such-item', category: 'merch', title: 'X' }], contacts: [] }, 'checklist.0.id')
    await refused(show, { version: -1, checklist: [], contacts: [] }, 'version')
    await refused(`${base}/venues/${id.venue}/advance`, { version: 2, facts: { wifi: 'a\u0000b' }, contacts: [] }, 'facts.wifi')
    expect((await owner.get(`${base}/shows/${id.show}/advance`)).json()).toEqual(before)
    expect((await owner.get(`${base}/shows/${id.show}/promoter-links/00000000-0000-7000-8000-000000000000`)).statusCode).toBe(404)
  })

  it('gives the promoter a private link: the token only to its maker, GET changes nothing, the answer waits as a diff to accept', async () => {
    expect((await as.member.post(`${base}/shows/${id.show}/promoter-links`, {})).statusCode).toBe(403)
    expect((await as.viewer.get(`${base}/shows/${id.show}/promoter-links`)).statusCode).toBe(403)
    const made = await as.manager.post(`${base}/shows/${id.show}/promoter-links`, { expiresInDays: 7 })
    expect(made.statusCode, made.body).toBe(201)
    const link = made.json()
    id.link = link.id
    id.token = link.token
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(link.url).toMatch(new RegExp(`/advance/${link.token}$`))
    expect(link).toMatchObject({ state: 'open', decision: null, changes: [], expiresAt: '2013-04-22T12:00:00.000Z' })
    const record = async <T extends { body: string }>(res: Promise<T>) => {
      const r = await res
      seen.push(r.body)
      return r
    }

    const form = await record(anonymous.get(`/advance/${id.token}`))
    expect(form.statusCode).toBe(200)
    expect(form.headers['content-type']).toMatch(/^text\/html/)
    expect(form.headers['content-security-policy']).toContain("default-src 'none'")
    expect(form.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(form.headers['cache-control']).toBe('no-store')
    expect(form.body).toContain('Big Time Rush at Nikon at Jones Beach, Wantagh, on 2013-07-12')
    expect(form.body).toContain('One bus behind the stage') // what the band keeps of the venue, to confirm
    expect(form.body).not.toContain('<script')
    // a GET (a mail scanner's prefetch) changes nothing
    expect((await record(owner.get(`${base}/shows/${id.show}/promoter-links`))).json()[0]).toMatchObject({ id: id.link, decision: null, submittedAt: null })

    const answer = {
      loadInAddress: 'Dock B, Ocean Parkway',
      parking: 'Two buses and a trailer behind the stage',
      power: '400 A three-phase',
      stageSize: '18 × 12 m',
      hospitality: 'Catering at 17:00',
      wifi: 'JB-Crew / summer2013',
      'contacts.0.role': 'production',
      'contacts.0.name': 'Pat Production',
      'contacts.0.phone': '+1 516 555 0102',
      'contacts.0.email': 'pat@jonesbeach.example',
      'contacts.1.role': 'security',
      'contacts.1.name': 'Sam Security',
      'contacts.1.phone': '+1 516 555 0199',
      'contacts.1.email': '',
    }
    const bad = await record(
      anonymous.form(`/advance/${id.token}`, { ...answer, 'contacts.1.email': 'sam at example', 'contacts.2.role': 'boss', 'contacts.2.name': 'X' }),
    )
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('contacts.1.email')
    expect(bad.body).toContain('contacts.2.role')
    expect(bad.body).toContain('aria-invalid="true"')
    expect((await record(owner.get(`${base}/shows/${id.show}/promoter-links`))).json()[0].submittedAt).toBeNull()

    const sent = await record(anonymous.form(`/advance/${id.token}`, answer))
    expect(sent.statusCode, sent.body).toBe(200)
    expect(sent.body).toContain('Thank you')
    const [waiting] = (await record(owner.get(`${base}/shows/${id.show}/promoter-links`))).json()
    expect(waiting).toMatchObject({ decision: 'waiting', submittedAt: TEST_NOW.toISOString() })
    expect(waiting.changes).toEqual([
      { field: 'facts.parking', label: 'Parking (bus, trailer, cars)', before: 'One bus behind the stage', after: 'Two buses and a trailer behind the stage' },
      { field: 'facts.wifi', label: 'Wifi (network and password)', before: 'JB-Crew / surf2013', after: 'JB-Crew / summer2013' },
      { field: 'contacts.security', label: 'Security', before: '', after: 'Sam Security · +1 516 555 0199' },
    ])

    const venue = (await record(owner.get(`${base}/venues/${id.venue}/advance`))).json()
    const accept = `${base}/shows/${id.show}/promoter-links/${id.link}/accept`
    expect((await as.member.post(accept, { venueVersion: venue.version })).statusCode).toBe(403)
    expect((await record(owner.post(accept, { venueVersion: venue.version - 1 }))).statusCode).toBe(409)
    const badField = await record(owner.post(accept, { venueVersion: venue.version, fields: ['facts.power'] }))
    expect(badField.statusCode).toBe(400)
    expect(badField.json().errors[0].path).toBe('fields.0')
    const accepted = await record(owner.post(accept, { venueVersion: venue.version, fields: ['facts.parking', 'contacts.security'] }))
    expect(accepted.statusCode, accepted.body).toBe(200)
    expect(accepted.json()).toMatchObject({ decision: 'accepted', changes: [] })
    const kept = (await record(owner.get(`${base}/venues/${id.venue}/advance`))).json()
    expect(kept).toMatchObject({ version: venue.version + 1, facts: { parking: 'Two buses and a trailer behind the stage', wifi: 'JB-Crew / surf2013' } })
    expect(kept.contacts.map((c: { name: string }) => c.name)).toEqual(['Pat Production', 'Sam Security'])
    expect((await record(owner.post(accept, { venueVersion: kept.version }))).statusCode).toBe(409)

    // the next visit: a link for another show at the venue opens with what was accepted
    const second = (await as.manager.post(`${base}/shows/${id.later}/promoter-links`, {})).json()
    const nextForm = await anonymous.get(`/advance/${second.token}`)
    expect(nextForm.body).toContain('Two buses and a trailer behind the stage')
    expect(nextForm.body).toContain('Sam Security')
  })

  it('answers 410 with a clear page to a revoked or expired link, and 404 to one that never was', async () => {
    const revoke = await owner.post(`${base}/shows/${id.show}/promoter-links/${id.link}/revoke`, {})
    seen.push(revoke.body)
    expect(revoke.statusCode, revoke.body).toBe(200)
    expect(revoke.json()).toMatchObject({ state: 'revoked', revokedAt: TEST_NOW.toISOString() })
    for (const res of [await anonymous.get(`/advance/${id.token}`), await anonymous.form(`/advance/${id.token}`, { parking: 'Revoked' })]) {
      seen.push(res.body)
      expect(res.statusCode).toBe(410)
      expect(res.headers['content-type']).toMatch(/^text\/html/)
      expect(res.body).toContain('withdrawn by the tour manager')
    }
    const fresh = (await owner.post(`${base}/shows/${id.show}/promoter-links`, { expiresInDays: 1 })).json()
    offsetMs = 2 * 86_400_000
    try {
      const expired = await anonymous.get(`/advance/${fresh.token}`)
      expect(expired.statusCode).toBe(410)
      expect(expired.body).toContain('has expired')
      expect((await anonymous.form(`/advance/${fresh.token}`, { parking: 'Late' })).statusCode).toBe(410)
      const list = await owner.get(`${base}/shows/${id.show}/promoter-links`)
      seen.push(list.body)
      expect(list.json().find((l: { id: string }) => l.id === fresh.id)).toMatchObject({ state: 'expired', submittedAt: null })
    } finally {
      offsetMs = 0
    }
    expect((await anonymous.get(`/advance/${'x'.repeat(43)}`)).statusCode).toBe(404)
    expect((await anonymous.get('/advance/not a token')).statusCode).toBe(404)
    expect((await anonymous.form('/advance/short', {})).statusCode).toBe(404)
  })

  it('never shows a token again: not in lists, answers, the form or the export', async () => {
    const exported = await owner.get(`${base}/export`)
    seen.push(exported.body, (await as.manager.get(`${base}/shows/${id.show}/promoter-links`)).body)
    expect(seen.length).toBeGreaterThan(10)
    for (const body of seen) expect(body).not.toContain(id.token)
  })

  it('puts the show’s people on the day sheet, one tap away for those on the show', async () => {
    const day = await created(owner, `${base}/days`, { actId: id.act, localDate: '2013-07-12', type: 'show', city: 'Wantagh', timeZone: 'America/New_York' })
    await created(owner, `${base}/days/${day.id}/items`, { title: 'Bus call', kind: 'bus-call', startTime: '09:00', audience: 'everyone' })
    const mine = await as.member.get(`${base}/days/${day.id}/sheet`)
    expect(mine.statusCode, mine.body).toBe(200)
    expect(mine.json().contacts.map((c: { name: string; phone: string | null }) => [c.name, c.phone])).toEqual([
      ['Dana Promoter', '+1 516 555 0101'],
      ['Pat Production', '+1 516 555 0102'],
      ['Pat Production', '+1 516 555 0102'],
      ['Sam Security', '+1 516 555 0199'],
    ])
  })
})
