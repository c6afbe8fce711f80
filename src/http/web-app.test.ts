import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { buildApp, type App } from './app.ts'
import { WEB_DIST } from './web-app.ts'
import { PRELOADED_PAGES } from './route-preload.ts'
import { pageAt } from '../contract/page-addresses.ts'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import { freshDatabase } from '../test/test-database.ts'
import { TEST_NOW } from '../test/test-app.ts'

// The built web app (npm test builds it first: scripts/test-all.sh, ensure-web-built.mjs).
describe('the built web app as a phone downloads it', () => {
  let database: Database
  let app: App
  let script: string
  beforeAll(async () => {
    database = await freshDatabase()
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent', serveWebApp: true })
    script = /<script type="module"[^>]*src="([^"]+)"/.exec(readFileSync(join(WEB_DIST, 'index.html'), 'utf8'))![1]!
  })
  afterAll(async () => {
    await app.close()
    await database.close()
  })

  it('sends the compressed copy the build wrote, by Accept-Encoding, and the same bytes once decoded', async () => {
    const original = readFileSync(join(WEB_DIST, script))
    const br = await app.inject({ method: 'GET', url: script, headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(br.statusCode).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['vary']).toContain('accept-encoding')
    expect(br.rawPayload.length).toBeLessThan(original.length / 2)
    expect(brotliDecompressSync(br.rawPayload).equals(original)).toBe(true)
    const gz = await app.inject({ method: 'GET', url: script, headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.rawPayload).equals(original)).toBe(true)
    const plain = await app.inject({ method: 'GET', url: script })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.rawPayload.equals(original)).toBe(true)
  })

  it('caches a file named by its content hash for a year, and the page itself never without asking', async () => {
    const asset = await app.inject({ method: 'GET', url: script })
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const page = await app.inject({ method: 'GET', url: '/w/demo/setlists', headers: { 'accept-encoding': 'br' } })
    expect(page.statusCode).toBe(200)
    expect(page.headers['cache-control']).toBe('no-cache')
    const manifest = await app.inject({ method: 'GET', url: '/manifest.webmanifest' })
    expect(manifest.headers['cache-control']).not.toContain('immutable')
  })

  it('names the opened page’s own chunks beside the entry, every one of them served, from the build’s manifest', async () => {
    const examples = [
      '/login',
      '/w/demo',
      '/w/demo/setlists',
      '/w/demo/setlists/2f1c7a52-0000-4000-8000-000000000001',
      '/w/demo/shows/2f1c7a52-0000-4000-8000-000000000002/',
    ]
    const router = readFileSync(join(WEB_DIST, '..', 'src', 'router.tsx'), 'utf8')
    const entry = readFileSync(join(WEB_DIST, 'index.html'), 'utf8')
    const linked = (html: string, rel: string) => [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="([^"]+)"`, 'g'))].map((m) => m[1]!)
    for (const [i, page] of PRELOADED_PAGES.entries()) {
      // the table names what the router loads for that address
      expect(router).toContain(`'./${page.module.replace(/^src\//, '')}'`)
      expect(pageAt(examples[i]!).page).toBe(page.page)
      const answer = await app.inject({ method: 'GET', url: examples[i]! })
      expect(answer.statusCode).toBe(200)
      expect(answer.headers['content-type']).toContain('text/html')
      expect(answer.headers['cache-control']).toBe('no-cache')
      const scripts = linked(answer.body, 'modulepreload').filter((href) => !linked(entry, 'modulepreload').includes(href))
      expect(scripts.length, page.page).toBeGreaterThan(0)
      // the entry and everything index.html names are still there
      expect(answer.body).toContain(/<script type="module"[^>]*>/.exec(entry)![0])
      // the build's files (the `fetch` preloads of API answers are the session's: route-preload.test.ts)
      const files = linked(answer.body, 'preload').filter((href) => !href.startsWith('/api/'))
      for (const href of [...scripts, ...files]) {
        const file = await app.inject({ method: 'GET', url: href })
        expect(file.statusCode, href).toBe(200)
      }
    }
    // a form under the same areas is another page: the plain index.html
    for (const url of ['/w/demo/setlists/new', '/w/demo/shows/new', '/w/demo/songs']) {
      const answer = await app.inject({ method: 'GET', url })
      expect(answer.statusCode).toBe(200)
      expect(linked(answer.body, 'modulepreload').sort()).toEqual(linked(entry, 'modulepreload').sort())
    }
  })
})
