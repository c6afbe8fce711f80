// Set-list answers and edits attempted with no connection are kept here (localStorage, per
// browser) and sent again when the connection is back. Nothing is dropped silently: a waiting
// change shows in the banner until sent; a 409 (or any refusal) on resend becomes a visible
// conflict linking to the proposal, never retried blindly. No React and no workbox here: the
// set-list API imports this module.
import { ApiProblem } from '../api/api-problem.ts'
import { request } from '../api/request.ts'

const STORAGE_KEY = 'greenroom.outbox.v1'

export type OutboxKind = 'answer' | 'edit' | 'check-in'

export interface OutboxItem {
  /** Also the change's Idempotency-Key: every send of it carries the same key, so the server does it once. */
  id: string
  kind: OutboxKind
  /** Workspace slug or id, as the API path used it. */
  ws: string
  versionId: string
  /** From the page the change was made on, for the conflict link; null when unknown. */
  proposalId: string | null
  /** Where the conflict link goes when it is not a proposal (a door check-in: the door page). */
  href?: string
  method: 'POST' | 'PUT'
  path: string
  body: unknown
  /** Who made the change: it is only ever sent in that user's session. */
  userId: string | null
  createdAt: string
  state: 'waiting' | 'conflict'
  problem?: { status: number; title: string }
}

type Listener = () => void
const listeners = new Set<Listener>()
let items: OutboxItem[] = load()
let currentUserId: string | null = null

function load(): OutboxItem[] {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY)
    const parsed: unknown = raw ? JSON.parse(raw) : []
    return Array.isArray(parsed) ? (parsed as OutboxItem[]) : []
  } catch {
    return []
  }
}

function save(next: OutboxItem[]) {
  items = next
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(items))
  } catch {
    // Storage full or blocked: the change stays in memory for this visit and in the banner.
  }
  for (const listener of listeners) listener()
}

// Another tab changed the outbox: follow it.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key !== STORAGE_KEY) return
  items = load()
  for (const listener of listeners) listener()
})

export const outbox = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  /** Every kept item, all users (a stable array between changes, for useSyncExternalStore). */
  all(): OutboxItem[] {
    return items
  },
  setUser(userId: string | null) {
    if (currentUserId === userId) return
    currentUserId = userId
    // Kept before the session was known (the page had just loaded): it was made in this session.
    if (userId && items.some((item) => item.userId === null)) save(items.map((item) => (item.userId === null ? { ...item, userId } : item)))
    else for (const listener of listeners) listener()
  },
  user(): string | null {
    return currentUserId
  },
  dismiss(id: string) {
    save(items.filter((item) => item.id !== id))
  },
  /** For tests. */
  reset() {
    save([])
  },
}

/** The message a caller shows instead of "saved": the change is kept and will be sent later. */
export const QUEUED_CODE = 'offline-queued'

export function isQueued(error: unknown): boolean {
  return error instanceof ApiProblem && error.code === QUEUED_CODE
}

function queuedProblem(): ApiProblem {
  return new ApiProblem({
    status: 0,
    code: QUEUED_CODE,
    title: 'You are offline. Your change is kept on this device and will be sent when you are back online.',
  })
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false
}

function proposalFromLocation(): string | null {
  const path = globalThis.location?.pathname ?? ''
  const match = /\/setlists\/([^/]+)/.exec(path)
  return match && match[1] !== 'new' ? decodeURIComponent(match[1]!) : null
}

/** What makes two kept changes the same change: where it goes and what it says. */
function changeKey(method: string, path: string, body: unknown): string {
  return `${method} ${path} ${JSON.stringify(body)}`
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
}

/**
 * Sends a set-list mutation; with no connection (offline, or the request never reached the
 * server) it is kept in the outbox and an ApiProblem with code `offline-queued` is thrown, so the
 * calling form shows that instead of pretending the change was saved.
 */
export async function sendOrQueue<T>(
  kind: OutboxKind,
  ws: string,
  versionId: string,
  method: 'POST' | 'PUT',
  path: string,
  body: unknown,
  opts: { href?: string } = {},
): Promise<T> {
  // Named before the first try: when that one reached the server but its answer was lost, the resend
  // carries the same key and the server answers it without doing the change twice.
  const id = newId()
  if (!isOffline()) {
    try {
      return await request<T>(method, path, body, { idempotencyKey: id })
    } catch (error) {
      if (!(error instanceof ApiProblem && error.status === 0 && error.code === 'network')) throw error
    }
  }
  // The same change sent again while it waits (Send pressed twice) is kept once: it is sent once.
  const key = changeKey(method, path, body)
  const twice = items.some((item) => item.state === 'waiting' && item.userId === currentUserId && changeKey(item.method, item.path, item.body) === key)
  if (!twice) {
    save([
      ...items,
      {
        id,
        kind,
        ws,
        versionId,
        proposalId: kind === 'check-in' ? null : proposalFromLocation(),
        ...(opts.href ? { href: opts.href } : {}),
        method,
        path,
        body,
        userId: currentUserId,
        createdAt: new Date().toISOString(),
        state: 'waiting',
      },
    ])
  }
  throw queuedProblem()
}

let flushing: Promise<number> | null = null

/**
 * Sends the signed-in user's waiting items, oldest first, each with its Idempotency-Key (a resend
 * of a change the server already did gets the first answer back; nothing is stored twice). Stops at the first network failure
 * (still offline); a refusal from the server (409 conflict, 403, 422 …) marks that item as a
 * conflict for the user to look at. Resolves to the number sent.
 */
export function flushOutbox(): Promise<number> {
  if (flushing) return flushing
  const run = (async () => {
    let sent = 0
    for (const item of items.filter((i) => i.state === 'waiting' && i.userId === currentUserId)) {
      if (isOffline()) break
      try {
        await request<unknown>(item.method, item.path, item.body, { idempotencyKey: item.id })
        save(items.filter((i) => i.id !== item.id))
        sent++
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 0) break
        // The first send of this change is still being handled on the server: try again later.
        if (error instanceof ApiProblem && error.code === 'in-progress') break
        const status = error instanceof ApiProblem ? error.status : 0
        const title = error instanceof ApiProblem ? error.message : 'The server refused this change.'
        save(items.map((i) => (i.id === item.id ? { ...i, state: 'conflict' as const, problem: { status, title } } : i)))
      }
    }
    return sent
  })()
  // Cleared only after assignment: the run can finish synchronously (offline) before `flushing` is set.
  flushing = run.finally(() => {
    flushing = null
  })
  return flushing
}
