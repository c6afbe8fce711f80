import { afterEach, describe, expect, it, vi } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import { dataPreloads } from '../../../src/http/route-preload.ts'
import { fetchMe, workspaceApi } from './account-api.ts'
import { prefetchPageData } from './page-prefetch.ts'
import { setlistsApi } from './setlists-api.ts'

// The server names in a page's head the API answers the app asks for first there (src/http/route-preload.ts,
// ADR 055); a preload the app does not ask for in the same words is a request made twice.
/** The addresses the web app's code asks for while `run` runs (every answer an empty object). */
async function askedBy(run: () => unknown): Promise<string[]> {
  const asked: string[] = []
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url)
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } })
  })
  await run()
  await new Promise((resolve) => setTimeout(resolve, 0))
  return asked
}

describe('the API answers a page names in its head', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('are the app’s own first calls at that address, written as the app writes them', async () => {
    const me = await askedBy(() => fetchMe())
    const workspace = await askedBy(() => workspaceApi.get('demo'))
    const page = (path: string) => askedBy(() => prefetchPageData(new QueryClient(), path))
    const setlists = await askedBy(() => setlistsApi.listProposals('demo'))
    expect(me).toEqual(['/api/me'])
    expect(workspace).toEqual(['/api/workspaces/demo'])

    for (const path of ['/login', '/', '/signup', '/workspaces', '/invite/abc']) expect(dataPreloads(path), path).toEqual(me)
    for (const path of ['/w/demo/songs', '/w/demo/setlists/new', '/w/demo/shows/new', '/w/demo/shows/s-1/door', '/w/demo/settings'])
      expect(dataPreloads(path), path).toEqual([...me, ...workspace])

    // home: its own answer; the acts and the holds ending soon (its lower part) the entry asks for as before
    const home = await page('/w/demo')
    expect(dataPreloads('/w/demo')).toEqual([...me, ...workspace, '/api/workspaces/demo/home'])
    expect(dataPreloads('/w/demo/')).toEqual(dataPreloads('/w/demo'))
    expect(home).toContain('/api/workspaces/demo/home')
    // the set lists: the list its page asks for
    expect(dataPreloads('/w/demo/setlists')).toEqual([...me, ...workspace, ...setlists])
    // a proposal and a show: what page-prefetch.ts asks for
    for (const path of ['/w/demo/setlists/p-1', '/w/demo/shows/s-1/']) {
      const asked = await page(path)
      expect(asked, path).toHaveLength(1)
      expect(dataPreloads(path), path).toEqual([...me, ...workspace, ...asked])
    }
    // an id is written as the app writes it (decoded from the address, then encoded)
    expect(dataPreloads('/w/demo/setlists/a%20b').at(-1)).toBe('/api/workspaces/demo/setlists/proposals/a%20b')
    expect(await page('/w/demo/setlists/a%20b')).toEqual(['/api/workspaces/demo/setlists/proposals/a%20b'])
    expect(dataPreloads('/w/demo/setlists/%E0%A4%A')).toEqual([...me, ...workspace])
  })
})
