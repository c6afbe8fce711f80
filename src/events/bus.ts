/**
 * Live updates: a write publishes what changed (ids only, never content), every open screen of the
 * same workspace hears it and refetches. See docs/decisions/007-live-updates.md.
 */
export interface LiveEvent {
  workspaceId: string
  /** What changed, e.g. `setlist.version`, `setlist.answer`, `setlist.applied`; `resync` means "refetch everything". */
  kind: string
  /** Ids of what changed; never names, notes or other content (a listener might see the payload in logs). */
  [id: string]: string
}

export type LiveListener = (event: LiveEvent) => void

export interface EventBus {
  /** Never rejects: a lost notification must not fail a write that has already committed. */
  publish(event: LiveEvent): Promise<void>
  /** Calls `listener` for every event of one workspace, on this instance; returns the unsubscribe. */
  subscribe(workspaceId: string, listener: LiveListener): () => void
  close(): Promise<void>
}

/** Events travel as JSON in a NOTIFY payload, whose limit is 8000 bytes. */
export const MAX_PAYLOAD_BYTES = 7999

export function encodeEvent(event: LiveEvent): string {
  const payload = JSON.stringify(event)
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`live event ${event.kind} is ${Buffer.byteLength(payload)} bytes; events carry ids only`)
  return payload
}

export function decodeEvent(payload: string): LiveEvent | null {
  try {
    const event = JSON.parse(payload) as unknown
    if (typeof event !== 'object' || event === null) return null
    const e = event as Record<string, unknown>
    if (typeof e.workspaceId !== 'string' || typeof e.kind !== 'string') return null
    if (!Object.values(e).every((v) => typeof v === 'string')) return null
    return e as LiveEvent
  } catch {
    return null
  }
}
