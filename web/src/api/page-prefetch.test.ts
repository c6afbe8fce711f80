import { afterEach, describe, expect, it, vi } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import { prefetchPageData } from './page-prefetch.ts'
import { homeKeys } from './home-api.ts'
import { setlistKeys } from './setlists-api.ts'
import { showsApi, toursApi } from './touring-api.ts'
import { showPageEntries } from './show-page-seed.ts'
import type { ShowPage } from './show-page-api.ts'
import { guestKeys } from './guests-api.ts'
import { playedKeys } from './played-api.ts'
import { actsApi } from './catalog-api.ts'
import { rightsApi } from './rights-api.ts'
import { EXPIRING_WITHIN_DAYS } from '../features/rights/expiring-holds-card.tsx'

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
    const cases = [{ path: '/w/demo/setlists/p-1', url: '/api/workspaces/demo/setlists/proposals/p-1', key: setlistKeys.proposal('demo', 'p-1') }]
    for (const c of cases) {
      const asked = fakeFetch()
      const client = new QueryClient()
      prefetchPageData(client, c.path)
      await settled()
      expect(asked).toEqual([c.url])
      expect(client.getQueryData(c.key)).toEqual({ url: c.url })
    }
  })

  it('asks home with the acts and the holds ending soon its lower part shows, each under the key the dashboard reads', async () => {
    const asked = fakeFetch()
    const client = new QueryClient()
    prefetchPageData(client, '/w/demo')
    await settled()
    const cases = [
      { url: '/api/workspaces/demo/home', key: homeKeys.all('demo') },
      { url: '/api/workspaces/demo/acts', key: actsApi.keys.list('demo', {}) },
      { url: `/api/workspaces/demo/rights/expiring?withinDays=${EXPIRING_WITHIN_DAYS}`, key: rightsApi.keys.expiring('demo', EXPIRING_WITHIN_DAYS) },
    ]
    expect(asked.sort()).toEqual(cases.map((c) => c.url).sort())
    for (const c of cases) expect(client.getQueryData(c.key)).toEqual({ url: c.url })
  })

  it('asks a show with its panels in one answer and puts each part under the key its panel reads', async () => {
    const show = { id: 's-1', actId: 'a-1', tourId: 't-1', localDate: '2013-05-01' }
    const answer = { show, tour: { id: 't-1' }, days: [], played: { showId: 's-1' }, playHistory: { actId: 'a-1' }, guests: { showId: 's-1' } }
    const asked: string[] = []
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url)
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } })
    })
    const client = new QueryClient()
    prefetchPageData(client, '/w/demo/shows/s-1/')
    await vi.waitFor(() => expect(client.getQueryData(showsApi.keys.one('demo', 's-1'))).toEqual(show))
    expect(asked).toEqual(['/api/workspaces/demo/shows/s-1/page'])
    expect(client.getQueryData(toursApi.keys.one('demo', 't-1'))).toEqual(answer.tour)
    expect(client.getQueryData(playedKeys.show('demo', 's-1'))).toEqual(answer.played)
    expect(client.getQueryData(playedKeys.act('demo', 'a-1'))).toEqual(answer.playHistory)
    expect(client.getQueryData(guestKeys.show('demo', 's-1'))).toEqual(answer.guests)
    // the parts the answer leaves out (the role may not read them, nothing applied) are not seeded: their panels ask as before
    const seeded = showPageEntries('demo', answer as unknown as ShowPage).map(([key]) => JSON.stringify(key))
    expect(seeded).toHaveLength(6)
    expect(client.getQueryCache().findAll({ queryKey: ['ws', 'demo'] }).length).toBe(seeded.length + 1)
  })

  it('leaves alone a key refreshed after the page was asked for', async () => {
    let answer!: (r: Response) => void
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (answer = resolve)))
    const client = new QueryClient()
    prefetchPageData(client, '/w/demo/shows/s-1')
    // (a moment later, so that the fresher key is strictly newer than the question)
    await new Promise((resolve) => setTimeout(resolve, 5))
    client.setQueryData(guestKeys.show('demo', 's-1'), { fresher: true })
    const page = { show: { id: 's-1', actId: 'a-1', tourId: null, localDate: '2013-05-01' }, guests: { stale: true } }
    answer(new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } }))
    await vi.waitFor(() => expect(client.getQueryData(showsApi.keys.one('demo', 's-1'))).toEqual(page.show))
    expect(client.getQueryData(guestKeys.show('demo', 's-1'))).toEqual({ fresher: true })
  })

  it('asks nothing for a form or any other page', async () => {
    const asked = fakeFetch()
    for (const path of ['/w/demo/setlists/new', '/w/demo/shows/new', '/w/demo/setlists', '/w/demo/songs/w-1', '/login'])
      prefetchPageData(new QueryClient(), path)
    await settled()
    expect(asked).toEqual([])
  })

  it('asks nothing, and does not throw, for an id that is not valid percent-encoding', async () => {
    const asked = fakeFetch()
    // a thrown URIError here ran before createRoot in main.tsx and left a blank page instead of the not-found page
    for (const path of ['/w/demo/shows/%E0%A4%A', '/w/demo/setlists/%', '/w/demo/shows/%zz/'])
      expect(() => prefetchPageData(new QueryClient(), path), path).not.toThrow()
    await settled()
    expect(asked).toEqual([])
  })
})
