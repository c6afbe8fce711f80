import { lazy, StrictMode, Suspense } from 'react'
import { z } from 'zod'
import { createRoot } from 'react-dom/client'
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import { fetchMe, meKey, workspaceApi } from './api/account-api.ts'
import { ApiProblem, isProblem } from './api/api-problem.ts'
import { prefetchPageData } from './api/page-prefetch.ts'
import { workspaceAt } from '../../src/contract/page-addresses.ts'
import { createAppRouter } from './router.tsx'
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/forms.css'
import './styles/search-and-dialog.css'
import './styles/pages.css'
import './styles/tables.css'
import './styles/catalog.css'

// No code from strings: zod would otherwise probe `new Function` to compile its parsers, which
// the Content-Security-Policy (script-src 'self', no 'unsafe-eval') reports as a violation.
z.config({ jitless: true })

const queryClient: QueryClient = new QueryClient({
  // A session that ends mid-visit (expired, logged out in another tab) sends the user to log in.
  queryCache: new QueryCache({
    onError: (error) => {
      if (isProblem(error, 401)) queryClient.setQueryData(meKey, null)
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A 4xx will not get better by asking again; a dropped connection might.
      retry: (count, error) => count < 2 && !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
    },
    // Offline, a change is tried at once rather than paused in memory (lost on reload): set-list
    // answers and edits go to the outbox (web/src/offline/), anything else says it cannot connect.
    mutations: { networkMode: 'always' },
  },
})

// Every page asks who is signed in (useMe); asked here, the answer travels while the page's own
// chunk loads instead of after it (ADR 026). Same query, same key: the page then reads it from the cache.
void queryClient.prefetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 })
// Likewise the workspace of a /w/<slug> address, which the workspace frame (and so every page in it)
// waits for: asked at once, it travels beside /api/me instead of after it and the frame's chunk.
const workspaceSlug = workspaceAt(location.pathname)
if (workspaceSlug) void queryClient.prefetchQuery({ queryKey: workspaceApi.key(workspaceSlug), queryFn: () => workspaceApi.get(workspaceSlug) })
// And the opened page's own first answer (home, a proposal, a show), which otherwise waits for both.
prefetchPageData(queryClient, location.pathname)

// Service worker, offline outbox and its banner: loaded after the first render, off the critical path.
const OfflineLayer = lazy(() => import('./offline/offline-layer.tsx'))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

/** Lets the browser run what waits (a paint, an answer, an input) before the next step: a task of its own each. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

// The entry's work in three tasks rather than one (ADR 058): the modules' evaluation and the requests above, then
// the router, then the first render. A phone runs each in under ~100 ms; as one task they blocked for ~400 ms.
async function start(container: HTMLElement): Promise<void> {
  await nextTask()
  const router = createAppRouter()
  await nextTask()
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
        <Suspense fallback={null}>
          <OfflineLayer />
        </Suspense>
      </QueryClientProvider>
    </StrictMode>,
  )
}
void start(root)
