import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('venues', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let btr: { id: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Venues'))
    btr = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
  })
  afterAll(() => t.close())

  const arena = {
    name: 'Lakeside Arena',
    address: '1 Example Way',
    city: 'Chicago',
    country: 'US',
    latitude: 41.88,
    longitude: -87.63,
    timeZone: 'America/Chicago',
  }

  it('adds a venue, reads it back, finds it by name or city and edits it under its version', async () => {
    const res = await client.post(`${base}/venues`, arena)
    expect(res.statusCode).toBe(201)
    const venue = res.json()
    expect(venue).toEqual({ id: venue.id, ...arena, version: 1 })
    expect((await client.get(`${base}/venues/${venue.id}`)).json()).toEqual(venue)
    expect((await client.get(`${base}/venues?q=lakeside`)).json().map((v: { id: string }) => v.id)).toEqual([venue.id])
    expect((await client.get(`${base}/venues?q=chica`)).json().map((v: { id: string }) => v.id)).toContain(venue.id)

    const edited = await client.put(`${base}/venues/${venue.id}`, { ...arena, name: 'Lakeside Arena (renamed)', latitude: null, longitude: null, version: 1 })
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({ name: 'Lakeside Arena (renamed)', latitude: null, longitude: null, version: 2 })
    const stale = await client.put(`${base}/venues/${venue.id}`, { ...arena, version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ name: 'Lakeside Arena (renamed)', version: 2 })
  })

  it('refuses an unknown time zone, naming timeZone', async () => {
    const res = await client.post(`${base}/venues`, { ...arena, timeZone: 'America/Atlantis' })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json().errors).toEqual([{ path: 'timeZone', message: 'unknown time zone "America/Atlantis"' }])
  })

  it('refuses a latitude out of range and a latitude without its longitude', async () => {
    const outOfRange = await client.post(`${base}/venues`, { ...arena, latitude: 91 })
    expect(outOfRange.statusCode).toBe(400)
    expect(outOfRange.json().errors).toEqual([{ path: 'latitude', message: 'latitude is between -90 and 90' }])
    const half = await client.post(`${base}/venues`, { ...arena, longitude: null })
    expect(half.statusCode).toBe(400)
    expect(half.json().errors).toEqual([{ path: 'longitude', message: 'give both latitude and longitude, or neither' }])
  })

  it('refuses to delete a venue a show uses, and deletes one no show uses', async () => {
    const used = await created(client, `${base}/venues`, arena)
    await created(client, `${base}/shows`, { actId: btr.id, venueId: used.id, localDate: '2013-07-12', status: 'confirmed', announcement: 'announced' })
    const refused = await client.delete(`${base}/venues/${used.id}`)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().detail).toMatch(/shows/)
    const unused = await created(client, `${base}/venues`, { ...arena, name: 'Empty Hall' })
    expect((await client.delete(`${base}/venues/${unused.id}`)).statusCode).toBe(204)
    expect((await client.get(`${base}/venues/${unused.id}`)).statusCode).toBe(404)
  })

  it("derives its shows' instants again, with a new version, when its zone is corrected", async () => {
    const venue = await created(client, `${base}/venues`, { ...arena, name: 'Wrong Zone Club', timeZone: 'America/New_York' })
    const show = await created(client, `${base}/shows`, {
      actId: btr.id,
      venueId: venue.id,
      localDate: '2013-07-20',
      doors: '19:00',
      curfew: '23:00',
      status: 'confirmed',
      announcement: 'announced',
    })
    expect(show.startsAt).toBe('2013-07-20T23:00:00.000Z')
    expect((await client.put(`${base}/venues/${venue.id}`, { ...arena, name: 'Wrong Zone Club', version: venue.version })).statusCode).toBe(200)
    expect((await client.get(`${base}/shows/${show.id}`)).json()).toMatchObject({
      startsAt: '2013-07-21T00:00:00.000Z',
      endsAt: '2013-07-21T04:00:00.000Z',
      timeZone: 'America/Chicago',
      version: show.version + 1,
    })
  })

  it('answers 404 for a venue that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000'
    expect((await client.get(`${base}/venues/${missing}`)).statusCode).toBe(404)
    expect((await client.put(`${base}/venues/${missing}`, { ...arena, version: 1 })).statusCode).toBe(404)
    expect((await client.delete(`${base}/venues/${missing}`)).statusCode).toBe(404)
  })

  it('lets a viewer read venues but not change them', async () => {
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    expect((await viewer.get(`${base}/venues`)).statusCode).toBe(200)
    const res = await viewer.post(`${base}/venues`, arena)
    expect(res.statusCode).toBe(403)
    expect(res.json().detail).toMatch(/viewer.*may not change venues/)
  })
})
