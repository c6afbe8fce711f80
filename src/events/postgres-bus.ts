import pg from 'pg'
import { decodeEvent, encodeEvent, type EventBus, type LiveEvent, type LiveListener } from './bus.ts'
import { LocalFanout } from './local-fanout.ts'

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
  private client: pg.Client | null = null
  private closed = false
  private retryTimer: NodeJS.Timeout | null = null
  private delay: number
  private readonly onError: (err: unknown) => void

  private constructor(private readonly opts: PostgresBusOptions) {
    this.onError = opts.onError ?? (() => {})
    this.delay = opts.reconnectMs ?? 100
  }

  /** Resolves once LISTEN is in place, so no event published after start is missed. */
  static async start(opts: PostgresBusOptions): Promise<PostgresEventBus> {
    const bus = new PostgresEventBus(opts)
    await bus.listen()
    return bus
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.opts.url })
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return
      const event = decodeEvent(msg.payload)
      if (event) this.fanout.deliver(event)
    })
    client.on('error', (err) => this.lost(client, err))
    client.on('end', () => this.lost(client, new Error('LISTEN connection ended')))
    try {
      await client.connect()
      await client.query(`LISTEN ${CHANNEL}`)
    } catch (err) {
      client.removeAllListeners('end')
      await client.end().catch(() => {})
      throw err
    }
    if (this.closed) {
      await client.end().catch(() => {})
      return
    }
    this.client = client
    this.delay = this.opts.reconnectMs ?? 100
  }

  /** The LISTEN connection broke: reconnect with backoff, then tell every screen to refetch what it may have missed. */
  private lost(client: pg.Client, err: unknown): void {
    if (this.client !== client || this.closed) return
    this.client = null
    this.onError(err)
    client.removeAllListeners('end')
    client.end().catch(() => {})
    this.scheduleReconnect()
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return
    this.retryTimer = setTimeout(async () => {
      this.retryTimer = null
      try {
        await this.listen()
        this.fanout.resyncAll()
      } catch (err) {
        this.onError(err)
        this.delay = Math.min(this.delay * 2, 5000)
        this.scheduleReconnect()
      }
    }, this.delay)
    this.retryTimer.unref()
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
    const client = this.client
    if (client) this.lost(client, new Error('simulated disconnect'))
  }

  get listening(): boolean {
    return this.client !== null
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    const client = this.client
    this.client = null
    if (client) {
      client.removeAllListeners('end')
      client.on('error', () => {})
      await client.end().catch(() => {})
    }
    this.fanout.clear()
  }
}
