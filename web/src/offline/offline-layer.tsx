// Loaded lazily after the first render (see main.tsx): registers the service worker, keeps the
// outbox's user in step with the session, sends waiting changes when the connection returns,
// warms the cache with the pages of upcoming shows with a set list (sessionStorage
// 'greenroom.prefetched' says when that finished), clears cached answers on logout, and shows the banner.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { registerSW } from 'virtual:pwa-register'
import { meKey } from '../api/account-api.ts'
import type { Me } from '../api/types.ts'
import { API_CACHE } from './cache-names.ts'
import { flushOutbox, outbox, type OutboxItem } from './outbox.ts'
import { prefetchUpcomingSetlists } from './prefetch.ts'
import './offline.css'

const PREFETCHED_KEY = 'greenroom.prefetched'

function useOnline(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener('online', onChange)
      window.addEventListener('offline', onChange)
      return () => {
        window.removeEventListener('online', onChange)
        window.removeEventListener('offline', onChange)
      }
    },
    () => navigator.onLine,
  )
}

function useMe(): Me | null | undefined {
  const queryClient = useQueryClient()
  const subscribe = useCallback(
    (onChange: () => void) =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.query.queryKey[0] === meKey[0]) onChange()
      }),
    [queryClient],
  )
  return useSyncExternalStore(subscribe, () => queryClient.getQueryData<Me | null>(meKey))
}

/** The user whose upcoming shows this session has saved for offline use, if any. */
function prefetchedFor(): string | null {
  try {
    return (JSON.parse(sessionStorage.getItem(PREFETCHED_KEY) ?? 'null') as { userId?: string } | null)?.userId ?? null
  } catch {
    return null
  }
}

/** Resolves once a service worker controls this page: reads then go through (and fill) its cache. */
function controlled(): Promise<void> {
  const sw = navigator.serviceWorker
  if (sw.controller) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      if (!sw.controller) return
      sw.removeEventListener('controllerchange', done)
      resolve()
    }
    sw.addEventListener('controllerchange', done)
  })
}

/** Runs `work` after the load event, when the browser is next idle (within 5 s); returns a cancel. */
function whenIdleAfterLoad(work: () => void): () => void {
  let cancelled = false
  let idle: number | undefined
  const run = () => {
    if (!cancelled) work()
  }
  const start = () => {
    idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: 5_000 }) : window.setTimeout(run, 1_000)
  }
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
  return () => {
    cancelled = true
    window.removeEventListener('load', start)
    if (idle !== undefined) (typeof window.cancelIdleCallback === 'function' ? window.cancelIdleCallback : window.clearTimeout)(idle)
  }
}

async function clearCachedAnswers() {
  if (typeof caches !== 'undefined') await caches.delete(API_CACHE)
  sessionStorage.removeItem(PREFETCHED_KEY)
}

export default function OfflineLayer() {
  const queryClient = useQueryClient()
  const online = useOnline()
  const me = useMe()
  const userId = me?.user.id ?? null
  const [updateReady, setUpdateReady] = useState<null | (() => void)>(null)

  // The service worker: production builds only (the dev server has none). Registered once the page
  // has loaded and the browser is idle: installing it precaches every chunk of the app, which on a
  // phone's first visit would compete with the page itself for the network and the CPU.
  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
    return whenIdleAfterLoad(() => {
      const update = registerSW({
        immediate: true,
        onNeedRefresh: () => setUpdateReady(() => () => void update(true)),
      })
    })
  }, [])

  // Logged out (or the session ended): nothing of theirs stays cached on this device.
  useEffect(() => {
    outbox.setUser(userId)
    if (me === null) void clearCachedAnswers()
  }, [me, userId])

  // Send what waited, now and whenever the connection returns; then refresh what is on screen.
  useEffect(() => {
    if (!userId) return
    const flush = async () => {
      const sent = await flushOutbox()
      if (sent > 0) await queryClient.invalidateQueries()
    }
    void flush()
    window.addEventListener('online', flush)
    // The 'online' event can come before requests get through: keep trying while something waits.
    const timer = window.setInterval(() => {
      if (navigator.onLine && outbox.all().some((item) => item.state === 'waiting' && item.userId === userId)) void flush()
    }, 5_000)
    return () => {
      window.removeEventListener('online', flush)
      window.clearInterval(timer)
    }
  }, [queryClient, userId])

  // Warm the cache with the pages of the next shows with a set list, once a worker controls the
  // page (on a first visit it takes control after it is ready); once per user per session when it
  // finished, else again when the connection returns or a minute later.
  useEffect(() => {
    if (!me || !online || !('serviceWorker' in navigator) || import.meta.env.DEV) return
    if (prefetchedFor() === me.user.id) return
    let cancelled = false
    let retry: number | undefined
    const run = async () => {
      await controlled()
      if (cancelled) return
      const result = await prefetchUpcomingSetlists(me)
      if (cancelled) return
      if (result.complete) sessionStorage.setItem(PREFETCHED_KEY, JSON.stringify({ userId: me.user.id, shows: result.shows }))
      else retry = window.setTimeout(() => void run(), 60_000)
    }
    void run()
    return () => {
      cancelled = true
      window.clearTimeout(retry)
    }
  }, [me, online])

  return <OfflineBanner online={online} userId={userId} updateReady={updateReady} />
}

function proposalHref(item: OutboxItem): string {
  if (item.href) return item.href
  const base = `/w/${encodeURIComponent(item.ws)}/setlists`
  return item.proposalId ? `${base}/${encodeURIComponent(item.proposalId)}` : base
}

export function OfflineBanner({ online, userId, updateReady }: { online: boolean; userId: string | null; updateReady: null | (() => void) }) {
  const all = useSyncExternalStore(outbox.subscribe, outbox.all)
  const mine = useMemo(() => all.filter((item) => item.userId === userId), [all, userId])
  const waiting = mine.filter((item) => item.state === 'waiting')
  const conflicts = mine.filter((item) => item.state === 'conflict')
  if (online && waiting.length === 0 && conflicts.length === 0 && !updateReady) return null
  return (
    <div className="offline-banner" role="region" aria-label="Connection and unsent changes">
      {!online && <p className="offline-banner__line">You are offline: showing what this device saved.</p>}
      <p className="offline-banner__line" role="status">
        {waiting.length > 0 && (
          <>
            {waiting.length === 1 ? '1 change waiting to be sent' : `${waiting.length} changes waiting to be sent`}
            {online ? '…' : ' when you are back online.'}
          </>
        )}
      </p>
      {conflicts.length > 0 && (
        <ul className="offline-banner__conflicts" aria-label="Changes not sent">
          {conflicts.map((item) => (
            <li key={item.id}>
              {item.problem?.status === 409 ? 'Conflict: ' : 'Not sent: '}
              your {item.kind === 'check-in' ? 'check-in' : item.kind === 'edit' ? 'edit' : 'answer'} from {new Date(item.createdAt).toLocaleString()} —{' '}
              {item.problem?.title} <a href={proposalHref(item)}>{item.kind === 'check-in' ? 'Open the door list' : 'Open the proposal'}</a>{' '}
              <button type="button" className="button button--quiet" onClick={() => outbox.dismiss(item.id)}>
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
      {updateReady && (
        <p className="offline-banner__line">
          A new version of Greenroom is ready.{' '}
          <button type="button" className="button" onClick={updateReady}>
            Reload
          </button>
        </p>
      )}
    </div>
  )
}
