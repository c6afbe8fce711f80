import { decodeEvent, encodeEvent, type EventBus, type LiveEvent, type LiveListener } from './bus.ts'
import { LocalFanout } from './local-fanout.ts'
import { PgListener } from './pg-listener.ts'

export const CHANNEL = 'greenroom_events'

export interface PostgresBusOptions {
  /** The database URL; the LISTEN connection is a client of its own, never one from the pool. */
  url: string
  /** Sends `select pg_notify($1, $2)` through the app's pool. */
  notify(channel: string, payload: string): Promise<void>
  onError?: (err: unknown) => void
  /** First reconnect delay; doubles up to 5 s. */
  reconnectMs?: number
}

/**
 * Fan-out through PostgreSQL: publish is a NOTIFY, and every instance LISTENs and delivers to its
 * own subscribers, so instances sharing a database all see every event (including their own,
 * which arrive the same way: one path, no duplicates).
 */
export class PostgresEventBus implements EventBus {
  private readonly fanout = new LocalFanout()
  private listener: PgListener | null = null
  private readonly onError: (err: unknown) => void

  private constructor(private readonly opts: PostgresBusOptions) {
    this.onError = opts.onError ?? (() => {})
  }

  /** Resolves once LISTEN is in place, so no event published after start is missed. */
  static async start(opts: PostgresBusOptions): Promise<PostgresEventBus> {
    const bus = new PostgresEventBus(opts)
    bus.listener = await PgListener.start({
      url: opts.url,
      channels: [CHANNEL],
      onNotification: (_channel, payload) => {
        const event = payload ? decodeEvent(payload) : null
        if (event) bus.fanout.deliver(event)
      },
      // the LISTEN connection came back: tell every screen to refetch what it may have missed
      onRestored: () => bus.fanout.resyncAll(),
      onError: bus.onError,
      reconnectMs: opts.reconnectMs,
    })
    return bus
  }

  async publish(event: LiveEvent): Promise<void> {
    try {
      await this.opts.notify(CHANNEL, encodeEvent(event))
    } catch (err) {
      this.onError(err)
    }
  }

  subscribe(workspaceId: string, listener: LiveListener): () => void {
    return this.fanout.subscribe(workspaceId, listener)
  }

  listenerCount(workspaceId?: string): number {
    return this.fanout.listenerCount(workspaceId)
  }

  /** For tests: drop the LISTEN connection as a server restart would. */
  async simulateDisconnect(): Promise<void> {
    this.listener?.simulateDisconnect()
  }

  get listening(): boolean {
    return this.listener?.listening ?? false
  }

  async close(): Promise<void> {
    await this.listener?.close()
    this.fanout.clear()
  }
}
