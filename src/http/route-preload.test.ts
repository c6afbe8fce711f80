import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { routePreloader } from './route-preload.ts'

// That these are the app's own first calls, written as it writes them: web/src/api/page-preload.test.ts.
describe('the page as the server answers it', () => {
  const dist = mkdtempSync(join(tmpdir(), 'greenroom-route-preload-'))
  afterEach(() => rmSync(dist, { recursive: true, force: true }))

  it('names the answers first, then the page’s own files, in its head', () => {
    mkdirSync(join(dist, '.vite'), { recursive: true })
    mkdirSync(join(dist, 'assets'))
    const manifest = {
      'index.html': { file: 'assets/index-A.js', isEntry: true, css: ['assets/index-A.css'] },
      'src/features/dashboard/dashboard-page.tsx': { file: 'assets/dashboard-B.js', imports: ['index.html'], css: ['assets/dashboard-B.css'] },
    }
    writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest))
    for (const file of ['assets/index-A.js', 'assets/dashboard-B.js', 'assets/dashboard-B.css']) writeFileSync(join(dist, file), '')
    writeFileSync(join(dist, 'index.html'), '<html><head><script type="module" src="/assets/index-A.js"></script></head><body></body></html>')
    const page = routePreloader(dist)

    const home = page('/w/demo')!
    const links = [...home.matchAll(/<link [^>]+>/g)].map((m) => m[0])
    expect(links).toEqual([
      '<link rel="preload" as="fetch" crossorigin href="/api/me">',
      '<link rel="preload" as="fetch" crossorigin href="/api/workspaces/demo">',
      '<link rel="preload" as="fetch" crossorigin href="/api/workspaces/demo/home">',
      '<link rel="modulepreload" crossorigin href="/assets/dashboard-B.js">',
      '<link rel="preload" as="style" crossorigin href="/assets/dashboard-B.css">',
    ])
    expect(home.indexOf('</head>')).toBeGreaterThan(home.lastIndexOf('<link '))
    // any other page: the answers only
    expect([...page('/w/demo/songs')!.matchAll(/<link [^>]+>/g)].map((m) => m[0])).toEqual([
      '<link rel="preload" as="fetch" crossorigin href="/api/me">',
      '<link rel="preload" as="fetch" crossorigin href="/api/workspaces/demo">',
    ])
  })

  it('answers nothing without a build', () => {
    expect(routePreloader(join(dist, 'missing'))('/w/demo')).toBeNull()
  })
})
