import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'

/** Issue 10 point 2: hostile input is refused in one place, with a 400 (or 413) naming the field. */
describe('hostile input', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let ids: { personId: string; actId: string; actSlug: string; venueId: string; workId: string; showId: string }

  beforeAll(async () => {
    t = await startTestApp()
    const ws = await ownerWithWorkspace(t.app, 'Hostile')
    owner = ws.client
    base = ws.base
    const person = await created(owner, `${base}/people`, { name: 'Ana Writer' })
    const act = await created(owner, `${base}/acts`, { name: 'Hostile Act', kind: 'group', isInternal: true })
    const venue = await created(owner, `${base}/venues`, { name: 'Hall', city: 'Chicago', country: 'US', timeZone: 'America/Chicago' })
    const work = await created(owner, `${base}/works`, { title: 'Split Song', writers: [{ personId: person.id, sharePercent: 100 }] })
    const show = await created(owner, `${base}/shows`, {
      actId: act.id,
      venueId: venue.id,
      localDate: '2013-07-12',
      status: 'confirmed',
      announcement: 'announced',
      lineup: [{ personId: person.id, role: 'vocals' }],
    })
    ids = { personId: person.id, actId: act.id, actSlug: act.slug, venueId: venue.id, workId: work.id, showId: show.id }
  })
  afterAll(() => t.close())

  /** The answer is a 400 problem+json whose `errors` name `field`. */
  function expectRefused(res: { statusCode: number; headers: Record<string, unknown>; json(): any }, field: string, status = 400) {
    expect(res.statusCode).toBe(status)
    expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/)
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field)
  }

  describe('control characters', () => {
    it('refuses NUL in a name and in notes with a 400 naming the field', async () => {
      expectRefused(await owner.post(`${base}/people`, { name: 'Ana\u0000Writer' }), 'name')
      expectRefused(await owner.post(`${base}/people`, { name: 'Ana', notes: 'line\u0000' }), 'notes')
    })

    it('refuses escape and C1 controls in one-line text, and takes tab and line breaks in notes', async () => {
      expectRefused(
        await owner.post(`${base}/venues`, { name: 'Hall', address: 'ok', city: 'Chi\u001b[31mcago', country: 'US', timeZone: 'America/Chicago' }),
        'city',
      )
      expectRefused(await owner.post(`${base}/people`, { name: 'Ana\u0085' }), 'name')
      expectRefused(await owner.post(`${base}/people`, { name: 'Ana\tWriter' }), 'name')
      const ok = await owner.post(`${base}/people`, { name: 'Ana Notes', notes: 'first line\n\tsecond line\r\n' })
      expect(ok.statusCode).toBe(201)
    })

    it('refuses NUL inside nested fields and names the path', async () => {
      const res = await owner.put(`${base}/shows/${ids.showId}/played`, { entries: [{ id: 'e1', type: 'song', title: 'Song\u0000' }] })
      expectRefused(res, 'entries.0.title')
    })

    it('refuses NUL anywhere in an imported document, naming the path inside it', async () => {
      const res = await owner.post(`${base}/imports/setlistfm`, { name: 'page.json', document: { setlist: [{ artist: { name: 'Big\u0000Time' } }] } })
      expectRefused(res, 'document.setlist.0.artist.name')
    })

    it('answers NUL in a path or query with a 400, never a 500, also on public reads without login', async () => {
      const anonymous = await t.app.inject({ method: 'GET', url: '/public/big%00time' })
      expect(anonymous.statusCode).toBe(400)
      expect(String(anonymous.headers['content-type'])).toMatch(/^application\/problem\+json/)
      expectRefused(await owner.get('/api/workspaces/a%00b/people'), 'workspaceId')
      expectRefused(await owner.get(`${base}/people?q=a%00b`), 'querystring.q')
      expectRefused(await owner.get(`${base}/acts/a%00b`), 'params.actId')
    })

    it('answers a malformed or overlong address with problem+json', async () => {
      const bad = await owner.get(`${base}/acts/a%ED%A0%80b`)
      expect(bad.statusCode).toBe(400)
      expect(String(bad.headers['content-type'])).toMatch(/^application\/problem\+json/)
      const long = await owner.get(`${base}/acts/${'x'.repeat(5_000)}`)
      expect(long.statusCode).toBe(414)
      expect(String(long.headers['content-type'])).toMatch(/^application\/problem\+json/)
    })
  })

  describe('names that pass for others', () => {
    it('refuses bidi overrides and zero-width characters in names', async () => {
      expectRefused(await owner.post(`${base}/acts`, { name: 'Victoria \u202EecitsuJ', kind: 'solo', isInternal: false }), 'name')
      expectRefused(await owner.post(`${base}/people`, { name: 'Victoria\u200BJustice' }), 'name')
      expectRefused(await owner.post(`${base}/people`, { name: 'Vic\u200Dtoria' }), 'name')
      expectRefused(await owner.post(`${base}/works`, { title: '\u2066Song\u2069' }), 'title')
      expectRefused(await owner.post(`${base}/venues`, { name: 'Hall\u00AD', city: 'Chicago', country: 'US', timeZone: 'America/Chicago' }), 'name')
    })

    it('keeps the joiners scripts need: Persian ZWNJ, an emoji ZWJ sequence', async () => {
      expect((await owner.post(`${base}/people`, { name: 'نیلوفر می\u200Cخواند' })).statusCode).toBe(201)
      expect((await owner.post(`${base}/acts`, { name: 'Family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}', kind: 'group', isInternal: false })).statusCode).toBe(
        201,
      )
    })
  })

  describe('dates and instants from 1900 to 2200', () => {
    const show = (localDate: string, extra: Record<string, unknown> = {}) => ({
      actId: ids.actId,
      venueId: ids.venueId,
      localDate,
      status: 'hold',
      announcement: 'unannounced',
      ...extra,
    })

    it('refuses show dates in year 0, 1 and 9999 with a 400 naming the field', async () => {
      for (const date of ['0000-01-01', '0001-01-01', '9999-12-31', '1899-12-31', '2201-01-01'])
        expectRefused(await owner.post(`${base}/shows`, show(date)), 'localDate')
      expect((await owner.post(`${base}/shows`, show('1900-01-01'))).statusCode).toBe(201)
      expect((await owner.post(`${base}/shows`, show('2200-12-31'))).statusCode).toBe(201)
    })

    it('refuses an instant out of range', async () => {
      expectRefused(await owner.post(`${base}/shows`, show('2013-08-01', { announcement: 'embargoed', announceAt: '9999-12-31T23:59:59Z' })), 'announceAt')
    })

    it('refuses partial dates out of range', async () => {
      expectRefused(await owner.post(`${base}/acts/${ids.actId}/memberships`, { personId: ids.personId, role: 'member', beginDate: '0001' }), 'beginDate')
    })

    it('refuses query dates out of range', async () => {
      expectRefused(await owner.get(`${base}/commitments?from=0000-01-01`), 'querystring.from')
      expectRefused(await owner.get(`${base}/people/${ids.personId}/timeline?to=9999-12-31`), 'querystring.to')
    })
  })

  it('answers a body over the limit with 413 problem+json', async () => {
    const res = await owner.post(`${base}/people`, { name: 'Big', notes: 'x'.repeat(6 * 1024 * 1024) })
    expect(res.statusCode).toBe(413)
    expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/)
    expect(res.json().code).toBe('too-large')
  })

  describe('PUT replaces the whole resource, never deletes children by default', () => {
    it('refuses PUT /works/{id} without writers and keeps the writers and their splits', async () => {
      const res = await owner.put(`${base}/works/${ids.workId}`, { title: 'Split Song (renamed)', version: 1 })
      expectRefused(res, 'writers')
      const work = (await owner.get(`${base}/works/${ids.workId}`)).json()
      expect(work.title).toBe('Split Song')
      expect(work.writers.map((w: { personId: string; sharePercent: number }) => [w.personId, w.sharePercent])).toEqual([[ids.personId, 100]])
    })

    it('refuses PUT /shows/{id} without its lineup and billing, and keeps the lineup', async () => {
      const current = (await owner.get(`${base}/shows/${ids.showId}`)).json()
      const res = await owner.put(`${base}/shows/${ids.showId}`, {
        actId: ids.actId,
        venueId: ids.venueId,
        localDate: '2013-07-12',
        status: 'confirmed',
        announcement: 'announced',
        version: current.version,
      })
      expectRefused(res, 'lineup')
      expectRefused(res, 'billing')
      expect((await owner.get(`${base}/shows/${ids.showId}`)).json().lineup).toHaveLength(1)
    })

    it('refuses every other PUT that would drop a child list', async () => {
      const stay = await created(owner, `${base}/hotels`, {
        name: 'Hotel',
        timeZone: 'America/Chicago',
        checkInDate: '2013-07-12',
        checkOutDate: '2013-07-13',
        rooms: [{ guests: [{ personId: ids.personId }] }],
      })
      const hotel = { name: 'Hotel', timeZone: 'America/Chicago', checkInDate: '2013-07-12', checkOutDate: '2013-07-13', version: stay.version }
      expectRefused(await owner.put(`${base}/hotels/${stay.id}`, hotel), 'rooms')
      expectRefused(await owner.put(`${base}/hotels/${stay.id}`, { ...hotel, rooms: [{ id: stay.rooms[0].id }] }), 'rooms.0.guests')
      const tour = await created(owner, `${base}/tours`, { actId: ids.actId, name: 'Tour', legs: [{ name: 'Leg' }] })
      expectRefused(await owner.put(`${base}/tours/${tour.id}`, { actId: ids.actId, name: 'Tour', version: tour.version }), 'legs')
      const recording = await created(owner, `${base}/recordings`, { workId: ids.workId, actId: ids.actId, kind: 'master', leadPersonIds: [ids.personId] })
      const rec = await owner.put(`${base}/recordings/${recording.id}`, { workId: ids.workId, actId: ids.actId, kind: 'master', version: recording.version })
      for (const field of ['needs', 'leadPersonIds', 'featured']) expectRefused(rec, field)
      const release = await created(owner, `${base}/release-groups`, {
        actId: ids.actId,
        title: 'LP',
        kind: 'album',
        editions: [{ name: 'Standard', tracks: [{ recordingId: recording.id, position: 1 }] }],
      })
      expectRefused(
        await owner.put(`${base}/release-groups/${release.id}`, { actId: ids.actId, title: 'LP', kind: 'album', version: release.version }),
        'editions',
      )
      expectRefused(
        await owner.put(`${base}/release-groups/${release.id}`, {
          actId: ids.actId,
          title: 'LP',
          kind: 'album',
          editions: [{ id: release.editions[0].id, name: 'Standard' }],
          version: release.version,
        }),
        'editions.0.tracks',
      )
      const commitment = await created(owner, `${base}/commitments`, {
        kind: 'rehearsal',
        title: 'Rehearsal',
        timeZone: 'America/Chicago',
        startDate: '2013-07-10',
        endDate: '2013-07-10',
        personIds: [ids.personId],
      })
      expectRefused(
        await owner.put(`${base}/commitments/${commitment.id}`, {
          kind: 'rehearsal',
          title: 'Rehearsal',
          timeZone: 'America/Chicago',
          startDate: '2013-07-10',
          endDate: '2013-07-10',
          version: commitment.version,
        }),
        'personIds',
      )
      const membership = await created(owner, `${base}/acts/${ids.actId}/memberships`, { personId: ids.personId, role: 'member', instruments: ['voice'] })
      expectRefused(
        await owner.put(`${base}/acts/${ids.actId}/memberships/${membership.id}`, { personId: ids.personId, role: 'member', version: membership.version }),
        'instruments',
      )
    })
  })

  describe('the contract refuses control characters in every text field of every request', () => {
    it('gives every request string of the OpenAPI document an enum, or a pattern that refuses NUL', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
      const open: string[] = []
      const walk = (schema: any, where: string) => {
        if (!schema || typeof schema !== 'object') return
        if (schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'))) {
          const patterns = [schema.pattern, ...(schema.allOf ?? []).map((s: any) => s.pattern)].filter(Boolean) as string[]
          const refusesNul = patterns.some((p) => !new RegExp(p, 'u').test('a\u0000b'))
          if (!schema.enum && schema.const === undefined && !refusesNul) open.push(where)
        }
        for (const [key, value] of Object.entries(schema.properties ?? {})) walk(value, `${where}.${key}`)
        if (schema.items) walk(schema.items, `${where}[]`)
        for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) walk(option, where)
        if (schema.additionalProperties && typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${where}{}`)
      }
      for (const [path, item] of Object.entries<any>(doc.paths)) {
        for (const [method, op] of Object.entries<any>(item)) {
          // Routes without a params schema of their own: the workspace scope checks workspaceId with IdOrSlugSchema before any query (tested above).
          for (const p of op.parameters ?? [])
            if (!(p.in === 'path' && p.name === 'workspaceId' && p.schema?.type === 'string' && !p.schema.pattern))
              walk(p.schema, `${method.toUpperCase()} ${path} ${p.in}.${p.name}`)
          walk(op.requestBody?.content?.['application/json']?.schema, `${method.toUpperCase()} ${path} body`)
        }
      }
      expect(open).toEqual([])
    })
  })
})
