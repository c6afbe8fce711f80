import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import type { TrustProxy } from '../config/env.ts'
import { freshDatabase } from '../test/test-database.ts'
import { ownerWithWorkspace, TEST_NOW } from '../test/test-app.ts'
import { addShow, addVenue } from '../test/public-show-rows.ts'
import { buildApp, type App } from './app.ts'

/** Absolute addresses the server prints: the public .ics (cached publicly) and a person's feed address. */
describe('public URLs never come from X-Forwarded-Host unless the proxy is trusted', () => {
  let database: Database
  const apps: App[] = []
  const start = async (opts: { trustProxy?: TrustProxy; publicUrl?: string } = {}) => {
    const app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent', ...opts })
    apps.push(app)
    return app
  }
  const forged = { host: 'greenroom.band.test', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }

  /** The act's public .ics and a fresh feed address, both asked with the forged headers. */
  async function printed(app: App) {
    const { client, base, workspaceId } = await ownerWithWorkspace(app)
    const act = await client.post(`${base}/acts`, { name: `Url Act ${Math.random().toString(36).slice(2, 7)}`, kind: 'group', isInternal: true })
    expect(act.statusCode).toBe(201)
    const handle = `url-act-${Math.random().toString(36).slice(2, 8)}`
    const claimed = await client.put(`${base}/acts/${act.json().id}/public-handle`, { handle })
    expect(claimed.statusCode).toBe(200)
    // One announced show, so the feed has an event carrying the page's address.
    const venue = await addVenue(database.db, workspaceId, { name: 'Rosemont Theatre', city: 'Rosemont', country: 'US', timeZone: 'America/Chicago' })
    await addShow(database.db, workspaceId, { actId: act.json().id, venueId: venue, timeZone: 'America/Chicago', localDate: '2013-07-12', doors: '18:30' })
    const person = (await client.post(`${base}/people`, { name: 'Feed Person' })).json()
    const cookie = (client as unknown as { cookie: string }).cookie
    const feed = await app.inject({
      method: 'POST',
      url: `${base}/people/${person.id}/feeds`,
      headers: { ...forged, cookie, 'content-type': 'application/json' },
      payload: '{}',
    })
    expect(feed.statusCode).toBe(201)
    const ics = await app.inject({ method: 'GET', url: `/public/${handle}/shows.ics`, headers: forged })
    expect(ics.statusCode).toBe(200)
    const url = /^URL[^:]*:(.*)$/m.exec(ics.body.replace(/\r\n /g, ''))?.[1]?.trim()
    return { icsUrl: url, feedUrl: feed.json().url as string, handle }
  }

  beforeAll(async () => {
    database = await freshDatabase()
  })
  afterAll(async () => {
    for (const app of apps) await app.close()
    await database.close()
  })

  it('uses the Host header when no proxy is trusted', async () => {
    const { icsUrl, feedUrl, handle } = await printed(await start())
    expect(icsUrl).toBe(`http://greenroom.band.test/public/${handle}`)
    expect(new URL(feedUrl).origin).toBe('http://greenroom.band.test')
  })

  it('uses GREENROOM_PUBLIC_URL whatever the headers say', async () => {
    const { icsUrl, feedUrl, handle } = await printed(await start({ publicUrl: 'https://greenroom.example.org', trustProxy: 1 }))
    expect(icsUrl).toBe(`https://greenroom.example.org/public/${handle}`)
    expect(new URL(feedUrl).origin).toBe('https://greenroom.example.org')
  })

  it('uses the forwarded host of a proxy trusted by hop count too', async () => {
    const { icsUrl } = await printed(await start({ trustProxy: 1 }))
    expect(icsUrl).toMatch(/^https:\/\/evil\.example\/public\//)
  })

  it('uses the forwarded host and protocol of a trusted proxy', async () => {
    const { icsUrl, feedUrl, handle } = await printed(await start({ trustProxy: ['127.0.0.1'] }))
    expect(icsUrl).toBe(`https://evil.example/public/${handle}`)
    expect(new URL(feedUrl).origin).toBe('https://evil.example')
  })
})
