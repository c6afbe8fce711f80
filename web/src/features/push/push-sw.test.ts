import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'

// The service worker's `pushsubscriptionchange` (ADR 047), run in a sandbox standing in for the
// worker's global scope: it subscribes again with the old subscription's options when the browser
// gave no new one, and posts the new subscription with `replaces: <old endpoint>` to every workspace
// of the signed-in account; signed out, it tells nobody. The server side (`replaces`) is in
// src/http/push.test.ts.
const source = readFileSync(new URL('../../../public/push-sw.js', import.meta.url), 'utf8')

interface Posted {
  url: string
  body: Record<string, unknown>
}

function worker(opts: { signedIn: boolean; answer?: (url: string) => number }) {
  const listeners = new Map<string, (event: unknown) => void>()
  const posted: Posted[] = []
  const subscribedWith: unknown[] = []
  const fresh = {
    endpoint: 'https://push.example/new',
    toJSON: () => ({ endpoint: 'https://push.example/new', expirationTime: null, keys: { p256dh: 'P', auth: 'A' } }),
  }
  const self = {
    location: { origin: 'https://greenroom.example' },
    addEventListener: (name: string, fn: (event: unknown) => void) => listeners.set(name, fn),
    registration: {
      pushManager: {
        subscribe: async (options: unknown) => {
          subscribedWith.push(options)
          return fresh
        },
      },
    },
  }
  const fetch = async (url: string, init?: { method?: string; body?: string }) => {
    if (url === '/api/me')
      return opts.signedIn ? { ok: true, json: async () => ({ workspaces: [{ id: 'w1' }, { id: 'w2' }] }) } : { ok: false, json: async () => ({}) }
    posted.push({ url, body: JSON.parse(init?.body ?? '{}') })
    const status = opts.answer?.(url) ?? 201
    return { ok: status < 300, status }
  }
  runInNewContext(source, { self, fetch, URL, JSON, Array, encodeURIComponent })
  const dispatch = async (event: Record<string, unknown>) => {
    let done: Promise<unknown> = Promise.resolve()
    listeners.get('pushsubscriptionchange')!({ ...event, waitUntil: (p: Promise<unknown>) => (done = p) })
    return done
  }
  return { dispatch, posted, subscribedWith }
}

const old = { endpoint: 'https://push.example/old', options: { userVisibleOnly: true, applicationServerKey: 'KEY' } }

describe('pushsubscriptionchange in the service worker', () => {
  it('subscribes again with the old options and replaces the old endpoint in every workspace', async () => {
    const w = worker({ signedIn: true, answer: (url) => (url.includes('/w2/') ? 404 : 201) })
    expect(await w.dispatch({ oldSubscription: old, newSubscription: null })).toEqual({ told: 1 })
    expect(w.subscribedWith).toEqual([old.options])
    expect(w.posted.map((p) => p.url)).toEqual(['/api/workspaces/w1/me/push-subscriptions', '/api/workspaces/w2/me/push-subscriptions'])
    expect(w.posted[0]!.body).toEqual({ endpoint: 'https://push.example/new', expirationTime: null, keys: { p256dh: 'P', auth: 'A' }, replaces: old.endpoint })
  })

  it('uses the new subscription the browser gave, without subscribing again', async () => {
    const w = worker({ signedIn: true })
    const given = { endpoint: 'https://push.example/given', toJSON: () => ({ endpoint: 'https://push.example/given', keys: { p256dh: 'Q', auth: 'B' } }) }
    expect(await w.dispatch({ oldSubscription: old, newSubscription: given })).toEqual({ told: 2 })
    expect(w.subscribedWith).toEqual([])
    expect(w.posted.every((p) => p.body.endpoint === 'https://push.example/given' && p.body.replaces === old.endpoint)).toBe(true)
  })

  it('tells nobody when signed out, or when there is no old subscription to replace', async () => {
    const out = worker({ signedIn: false })
    expect(await out.dispatch({ oldSubscription: old, newSubscription: null })).toEqual({ told: 0 })
    expect(out.posted).toEqual([])
    const none = worker({ signedIn: true })
    expect(await none.dispatch({ oldSubscription: null, newSubscription: null })).toEqual({ told: 0 })
    expect(none.posted).toEqual([])
  })
})
