import { encodeEvent, type EventBus, type LiveEvent, type LiveListener } from './bus.ts'
import { LocalFanout } from './local-fanout.ts'

/** One process, one database (PGlite, tests): publishing is delivering. */
export class InProcessEventBus implements EventBus {
  private readonly fanout = new LocalFanout()

  constructor(private readonly onError: (err: unknown) => void = () => {}) {}

  async publish(event: LiveEvent): Promise<void> {
    try {
      encodeEvent(event) // the same size rule as on PostgreSQL, so nothing works here that breaks there
    } catch (err) {
      return this.onError(err)
    }
    // Deliver after the publisher's own work, as NOTIFY would.
    queueMicrotask(() => this.fanout.deliver(event))
  }

  subscribe(workspaceId: string, listener: LiveListener): () => void {
    return this.fanout.subscribe(workspaceId, listener)
  }

  listenerCount(workspaceId?: string): number {
    return this.fanout.listenerCount(workspaceId)
  }

  async close(): Promise<void> {
    this.fanout.clear()
  }
}
