import { afterEach, describe, expect, it, vi } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import { prefetchPageData } from './page-prefetch.ts'
import { homeKeys } from './home-api.ts'
import { setlistKeys } from './setlists-api.ts'
import { showsApi } from './touring-api.ts'

/** Answers every request with its own address, and records the addresses asked for. */
function fakeFetch() {
  const asked: string[] = []
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url)
    return new Response(JSON.stringify({ url }), { status: 200, headers: { 'content-type': 'application/json' } })
  })
  return asked
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the opened page’s first answer, asked as the entry runs', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('puts it in the cache under the key the page itself reads', async () => {
    const cases = [
      { path: '/w/demo', url: '/api/workspaces/demo/home', key: homeKeys.all('demo') },
      { path: '/w/demo/setlists/p-1', url: '/api/workspaces/demo/setlists/proposals/p-1', key: setlistKeys.proposal('demo', 'p-1') },
      { path: '/w/demo/shows/s-1/', url: '/api/workspaces/demo/shows/s-1', key: showsApi.keys.one('demo', 's-1') },
    ]
    for (const c of cases) {
      const asked = fakeFetch()
      const client = new QueryClient()
      prefetchPageData(client, c.path)
      await settled()
      expect(asked).toEqual([c.url])
      expect(client.getQueryData(c.key)).toEqual({ url: c.url })
    }
  })

  it('asks nothing for a form or any other page', async () => {
    const asked = fakeFetch()
    for (const path of ['/w/demo/setlists/new', '/w/demo/shows/new', '/w/demo/setlists', '/w/demo/songs/w-1', '/login'])
      prefetchPageData(new QueryClient(), path)
    await settled()
    expect(asked).toEqual([])
  })
})
