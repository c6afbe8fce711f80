import { EventEmitter } from 'node:events'
import type { LiveEvent, LiveListener } from './bus.ts'

/** The subscribers on this instance: one emitter per workspace, dropped when its last listener leaves. */
export class LocalFanout {
  private readonly emitters = new Map<string, EventEmitter>()

  subscribe(workspaceId: string, listener: LiveListener): () => void {
    let emitter = this.emitters.get(workspaceId)
    if (!emitter) {
      emitter = new EventEmitter()
      // Many open screens per workspace is normal, not a leak.
      emitter.setMaxListeners(0)
      this.emitters.set(workspaceId, emitter)
    }
    const e = emitter
    e.on('event', listener)
    let done = false
    return () => {
      if (done) return
      done = true
      e.off('event', listener)
      if (e.listenerCount('event') === 0 && this.emitters.get(workspaceId) === e) this.emitters.delete(workspaceId)
    }
  }

  /** Delivers to this instance's listeners; one listener throwing does not stop the others. */
  deliver(event: LiveEvent): void {
    const emitter = this.emitters.get(event.workspaceId)
    if (!emitter) return
    for (const listener of emitter.listeners('event') as LiveListener[]) {
      try {
        listener(event)
      } catch {
        // A broken stream is cleaned up by its own close handler.
      }
    }
  }

  /** Tells every listener to refetch (after a gap in delivery, e.g. a LISTEN reconnect). */
  resyncAll(): void {
    for (const workspaceId of [...this.emitters.keys()]) this.deliver({ workspaceId, kind: 'resync' })
  }

  listenerCount(workspaceId?: string): number {
    if (workspaceId) return this.emitters.get(workspaceId)?.listenerCount('event') ?? 0
    let n = 0
    for (const e of this.emitters.values()) n += e.listenerCount('event')
    return n
  }

  clear(): void {
    for (const e of this.emitters.values()) e.removeAllListeners()
    this.emitters.clear()
  }
}
