import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('tours and their legs', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let btr: { id: string }
  let chicago: { id: string }
  let saoPaulo: { id: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Tours'))
    btr = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    chicago = await created(client, `${base}/venues`, {
      name: 'Lakeside Arena',
      city: 'Chicago',
      country: 'US',
      latitude: 41.88,
      longitude: -87.63,
      timeZone: 'America/Chicago',
    })
    saoPaulo = await created(client, `${base}/venues`, {
      name: 'Example Hall',
      city: 'São Paulo',
      country: 'BR',
      latitude: -23.55,
      longitude: -46.63,
      timeZone: 'America/Sao_Paulo',
    })
  })
  afterAll(() => t.close())

  const summer = (legs: unknown[] = [{ name: 'North America' }, { name: 'South America', notes: 'not announced yet' }]) => ({
    actId: btr.id,
    name: 'Summer Break Tour',
    legs,
  })
  const show = (tour: { id: string }, legId: string, venueId: string, localDate: string) =>
    created(client, `${base}/shows`, {
      actId: btr.id,
      tourId: tour.id,
      legId,
      venueId,
      localDate,
      doors: '19:00',
      curfew: '23:00',
      status: 'confirmed',
      announcement: 'unannounced',
    })

  it('adds a tour with its legs in order and reads it back empty', async () => {
    const res = await client.post(`${base}/tours`, summer())
    expect(res.statusCode).toBe(201)
    const tour = res.json()
    expect(tour).toMatchObject({ actId: btr.id, actName: 'Big Time Rush', name: 'Summer Break Tour', notes: '', version: 1, shows: [] })
    expect(tour.legs.map((l: { name: string; notes: string; showCount: number; firstDate: null }) => [l.name, l.notes, l.showCount, l.firstDate])).toEqual([
      ['North America', '', 0, null],
      ['South America', 'not announced yet', 0, null],
    ])
    expect((await client.get(`${base}/tours/${tour.id}`)).json()).toEqual(tour)
  })

  it('shows every show of the tour in time order with coordinates, and counts per leg and per tour', async () => {
    const tour = await created(client, `${base}/tours`, summer())
    const [na, sa] = tour.legs
    await show(tour, sa.id, saoPaulo.id, '2013-08-10')
    await show(tour, na.id, chicago.id, '2013-07-12')
    await show(tour, na.id, chicago.id, '2013-07-13')
    const full = (await client.get(`${base}/tours/${tour.id}`)).json()
    expect(full.shows.map((s: { localDate: string; city: string; latitude: number; legId: string }) => [s.localDate, s.city, s.latitude, s.legId])).toEqual([
      ['2013-07-12', 'Chicago', 41.88, na.id],
      ['2013-07-13', 'Chicago', 41.88, na.id],
      ['2013-08-10', 'São Paulo', -23.55, sa.id],
    ])
    expect(full.legs.map((l: { showCount: number; firstDate: string; lastDate: string }) => [l.showCount, l.firstDate, l.lastDate])).toEqual([
      [2, '2013-07-12', '2013-07-13'],
      [1, '2013-08-10', '2013-08-10'],
    ])
    const entry = (await client.get(`${base}/tours`)).json().find((e: { id: string }) => e.id === tour.id)
    expect(entry).toEqual({ id: tour.id, name: 'Summer Break Tour', actName: 'Big Time Rush', showCount: 3, firstDate: '2013-07-12', lastDate: '2013-08-10' })
    expect((await client.get(`${base}/shows?tourId=${tour.id}&from=2013-08-01`)).json().map((s: { city: string }) => s.city)).toEqual(['São Paulo'])
  })

  it('keeps leg ids on edit, renames and reorders them, and adds new ones', async () => {
    const tour = await created(client, `${base}/tours`, summer())
    const [na, sa] = tour.legs
    await show(tour, na.id, chicago.id, '2013-07-20')
    const legs = [{ id: sa.id, name: 'South America (August)' }, { id: na.id, name: 'North America' }, { name: 'Back in the US' }]
    const res = await client.put(`${base}/tours/${tour.id}`, { ...summer(legs), version: tour.version })
    expect(res.statusCode).toBe(200)
    const edited = res.json()
    expect(edited.version).toBe(tour.version + 1)
    expect(edited.legs.map((l: { id: string; name: string; showCount: number }) => [l.name, l.showCount])).toEqual([
      ['South America (August)', 0],
      ['North America', 1],
      ['Back in the US', 0],
    ])
    expect(edited.legs.slice(0, 2).map((l: { id: string }) => l.id)).toEqual([sa.id, na.id])
  })

  it('refuses to remove a leg that has shows, naming legs, and removes an empty one', async () => {
    const tour = await created(client, `${base}/tours`, summer())
    const [na, sa] = tour.legs
    await show(tour, na.id, chicago.id, '2013-07-25')
    const refused = await client.put(`${base}/tours/${tour.id}`, { ...summer([{ id: sa.id, name: 'South America' }]), version: tour.version })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().errors).toEqual([
      { path: 'legs', message: 'the leg "North America" has 1 show; move them to another leg or remove them before removing the leg' },
    ])
    const removed = await client.put(`${base}/tours/${tour.id}`, { ...summer([{ id: na.id, name: 'North America' }]), version: tour.version })
    expect(removed.statusCode).toBe(200)
    expect(removed.json().legs.map((l: { id: string }) => l.id)).toEqual([na.id])
  })

  it('refuses a leg id of another tour and an act of another workspace', async () => {
    const other = await created(client, `${base}/tours`, summer())
    const tour = await created(client, `${base}/tours`, summer())
    const wrongLeg = await client.put(`${base}/tours/${tour.id}`, { ...summer([{ id: other.legs[0].id, name: 'Borrowed' }]), version: tour.version })
    expect(wrongLeg.statusCode).toBe(400)
    expect(wrongLeg.json().errors).toEqual([{ path: 'legs.0.id', message: 'not a leg of this tour; omit the id for a new leg' }])
    const elsewhere = await ownerWithWorkspace(t.app, 'Elsewhere')
    const strangers = await created(elsewhere.client, `${elsewhere.base}/acts`, { name: 'Strangers', kind: 'group', isInternal: true })
    const wrongAct = await client.post(`${base}/tours`, { ...summer(), actId: strangers.id })
    expect(wrongAct.statusCode).toBe(400)
    expect(wrongAct.json().errors).toEqual([{ path: 'actId', message: 'no such act in this workspace' }])
  })

  it('answers a stale edit with 409 and the current tour', async () => {
    const tour = await created(client, `${base}/tours`, summer())
    expect((await client.put(`${base}/tours/${tour.id}`, { ...summer(), name: 'Renamed', version: tour.version })).statusCode).toBe(200)
    const stale = await client.put(`${base}/tours/${tour.id}`, { ...summer(), name: 'Lost', version: tour.version })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ name: 'Renamed', version: tour.version + 1 })
  })

  it('refuses to delete a tour with shows and deletes one without', async () => {
    const busy = await created(client, `${base}/tours`, summer())
    await show(busy, busy.legs[0].id, chicago.id, '2013-07-30')
    const refused = await client.delete(`${base}/tours/${busy.id}`)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().detail).toMatch(/shows/)
    const idle = await created(client, `${base}/tours`, summer())
    expect((await client.delete(`${base}/tours/${idle.id}`)).statusCode).toBe(204)
    expect((await client.get(`${base}/tours/${idle.id}`)).statusCode).toBe(404)
  })

  it('lets a viewer read tours but not change them', async () => {
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    expect((await viewer.get(`${base}/tours`)).statusCode).toBe(200)
    expect((await viewer.post(`${base}/tours`, summer())).statusCode).toBe(403)
  })
})
