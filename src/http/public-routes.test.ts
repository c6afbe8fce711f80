import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import { PublicShowsDocumentSchema } from '../contract/public-shows.ts'
import { readWithIcalJs } from '../test/ical-readers.ts'
import { addAct, addShow, addVenue, addWorkspace, claimHandle } from '../test/public-show-rows.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'

const NOW = new Date('2013-04-15T12:00:00Z')

describe('public pages and feeds of an act', () => {
  let database: Database
  let app: App
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    database = await freshDatabase()
    const db = database.db
    // An older workspace has an act with the same slug: slugs are not public addresses (ADR 015).
    const older = await addWorkspace(db, 'older', new Date('2011-01-01T00:00:00Z'))
    await addAct(db, older, { slug: 'big-time-rush', name: 'Not the band', isInternal: false, createdAt: new Date('2011-01-01T00:00:00Z') })
    const ws = await addWorkspace(db, 'btr')
    const btr = await addAct(db, ws, { slug: 'big-time-rush', name: 'Big Time Rush', createdAt: new Date('2012-02-01T00:00:00Z') })
    const vj = await addAct(db, ws, { slug: 'victoria-justice', name: 'Victoria Justice', isInternal: false })
    const hd = await addAct(db, ws, { slug: 'heffron-drive', name: 'Heffron Drive' })
    const quiet = await addAct(db, ws, { slug: 'quiet-act', name: 'Quiet Act' })
    // The owner claimed public handles for three of our acts; the handle is what the address says.
    await claimHandle(db, ws, btr, 'big-time-rush')
    await claimHandle(db, ws, hd, 'heffron-drive')
    await claimHandle(db, ws, quiet, 'quiet-act')
    const venue = await addVenue(db, ws, {
      name: 'Rosemont Theatre',
      city: 'Rosemont',
      country: 'US',
      timeZone: 'America/Chicago',
      latitude: 41.98,
      longitude: -87.87,
    })
    const show = (localDate: string, extra: object = {}) =>
      addShow(db, ws, {
        actId: btr,
        venueId: venue,
        timeZone: 'America/Chicago',
        localDate,
        doors: '18:30',
        setStart: '20:00',
        curfew: '23:00',
        billing: [{ actId: vj, role: 'support' }],
        ...extra,
      })
    ids.pastEarly = (await show('2013-02-01', { status: 'played' })).id
    ids.pastLate = (await show('2013-03-01', { status: 'played' })).id
    ids.soon = (await show('2013-07-12')).id
    ids.later = (await show('2013-07-20')).id
    ids.cancelled = (await show('2013-07-16', { status: 'cancelled' })).id
    ids.withHd = (await show('2013-07-14', { billing: [{ actId: hd, role: 'support' }] })).id
    ids.embargoLifted = (await show('2013-08-10', { announcement: 'embargoed', announceAt: new Date('2013-04-01T00:00:00Z') })).id
    ids.embargoed = (await show('2013-08-17', { announcement: 'embargoed', announceAt: new Date('2013-05-01T00:00:00Z') })).id
    ids.unannounced = (await show('2013-08-20', { announcement: 'unannounced' })).id
    ids.hold = (await show('2013-09-25', { status: 'hold' })).id
    // A later workspace's internal act with the same slug and no handle has no public page.
    const later = await addWorkspace(db, 'later', new Date('2012-06-01T00:00:00Z'))
    const copy = await addAct(db, later, { slug: 'big-time-rush', name: 'Copycat', createdAt: new Date('2012-06-01T00:00:00Z') })
    const copyVenue = await addVenue(db, later, { name: 'Elsewhere', city: 'Elsewhere', country: 'US', timeZone: 'America/Chicago' })
    ids.copycat = (await addShow(db, later, { actId: copy, venueId: copyVenue, timeZone: 'America/Chicago', localDate: '2013-07-13', doors: '19:00' })).id
    app = await buildApp({ database, clock: fixedClock(NOW), logLevel: 'silent' })
  })
  afterAll(async () => {
    await app.close()
    await database.close()
  })

  const get = (url: string) => app.inject({ method: 'GET', url })
  const publicIds = ['soon', 'withHd', 'cancelled', 'later', 'embargoLifted', 'pastLate', 'pastEarly']
  const hiddenIds = ['embargoed', 'unannounced', 'hold', 'copycat']

  it('serves a page of announced shows, upcoming (soonest first) above past (latest first)', async () => {
    const res = await get('/public/big-time-rush')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['cache-control']).toBe('public, max-age=300')
    expect(res.headers['content-security-policy']).toContain("default-src 'none'")
    const order = [...res.body.matchAll(/data-show-id="([^"]+)"/g)].map((m) => m[1])
    expect(order).toEqual(publicIds.map((k) => ids[k]))
    expect(res.body.indexOf('>Upcoming<')).toBeLessThan(res.body.indexOf('>Past<'))
    expect(res.body).toMatch(/class="show cancelled"[\s\S]*?Cancelled/)
    expect(res.body).toContain('href="/public/big-time-rush/shows.ics"')
    expect(res.body).toContain('href="/public/big-time-rush/shows.json"')
    expect(res.body).toContain('prefers-color-scheme:dark')
    expect(res.body).toContain('Doors 18:30 · Show 20:00 <abbr title="America/Chicago">CDT</abbr>')
    for (const key of hiddenIds) expect(res.body).not.toContain(ids[key])
  })

  it('says so plainly when an act has no public shows', async () => {
    const res = await get('/public/quiet-act')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('No shows announced right now.')
    expect(res.body).not.toContain('data-show-id')
  })

  it('lists a show on the page and feeds of an act billed on it', async () => {
    const doc = (await get('/public/heffron-drive/shows.json')).json()
    expect(doc.shows.map((s: { id: string }) => s.id)).toEqual([ids.withHd])
    expect(doc.shows[0].billing).toEqual([
      { name: 'Big Time Rush', role: 'headliner' },
      { name: 'Heffron Drive', role: 'support' },
    ])
  })

  it('serves the same shows as iCalendar and as documented JSON', async () => {
    const ics = await get('/public/big-time-rush/shows.ics')
    expect(ics.statusCode).toBe(200)
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(ics.headers['cache-control']).toBe('public, max-age=300')
    expect(ics.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    const json = await get('/public/big-time-rush/shows.json')
    expect(json.headers['content-type']).toMatch(/^application\/json/)
    const doc = PublicShowsDocumentSchema.parse(json.json())
    expect(doc.act).toEqual({ slug: 'big-time-rush', name: 'Big Time Rush' })
    expect(doc.shows.map((s) => `${s.id}@greenroom`).sort()).toEqual(
      readWithIcalJs(ics.body)
        .map((e) => e.uid)
        .sort(),
    )
    expect(doc.shows.find((s) => s.id === ids.soon)).toEqual({
      id: ids.soon,
      title: 'Big Time Rush with Victoria Justice',
      date: '2013-07-12',
      doors: '18:30',
      setStart: '20:00',
      curfew: '23:00',
      timeZone: 'America/Chicago',
      allDay: false,
      startsAt: '2013-07-12T23:30:00.000Z',
      endsAt: '2013-07-13T04:00:00.000Z',
      status: 'confirmed',
      venue: { name: 'Rosemont Theatre', address: '', city: 'Rosemont', country: 'US', latitude: 41.98, longitude: -87.87 },
      billing: [
        { name: 'Big Time Rush', role: 'headliner' },
        { name: 'Victoria Justice', role: 'support' },
      ],
      sequence: 0,
      publicStatus: 'scheduled',
      previousDates: [],
      movedFrom: null,
      offers: [],
    })
    for (const key of hiddenIds) expect(json.body + ics.body).not.toContain(ids[key])
  })

  it.each([
    '/public/no-such-act',
    '/public/victoria-justice',
    '/public/no-such-act/shows.ics',
    '/public/victoria-justice/shows.ics',
    '/public/victoria-justice/shows.json',
  ])('answers %s with a 404 problem', async (url) => {
    const res = await get(url)
    expect(res.statusCode).toBe(404)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json()).toMatchObject({ status: 404, code: 'not-found', instance: url })
  })

  it('documents the public routes in OpenAPI, outside /api and without a session', async () => {
    const doc = (await get('/api/openapi.json')).json()
    for (const path of ['/public/{handle}', '/public/{handle}/shows.ics', '/public/{handle}/shows.json', '/feeds/{token}.ics']) {
      expect(doc.paths[path]?.get?.tags, path).toEqual(['public'])
      expect(doc.paths[path].get.security, path).toEqual([])
    }
    expect(Object.keys(doc.paths['/public/{handle}/shows.ics'].get.responses['200'].content)).toEqual(['text/calendar'])
    expect(doc.paths['/public/{handle}/shows.json'].get.responses['200'].content['application/json'].schema.properties.shows).toBeDefined()
  })
})
