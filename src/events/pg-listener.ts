import pg from 'pg'

export interface PgListenerOptions {
  /** The database URL; LISTEN needs a connection of its own, never one from the pool. */
  url: string
  channels: readonly string[]
  onNotification(channel: string, payload: string): void
  /** The connection broke: notifications may be missed until `onRestored`. */
  onLost?: () => void
  /** LISTEN is in place again after a loss. */
  onRestored?: () => void
  onError?: (err: unknown) => void
  /** First reconnect delay; doubles up to 5 s. */
  reconnectMs?: number
}

/**
 * A PostgreSQL LISTEN connection that reconnects with backoff and says when it lost and regained
 * its channels (the live-update bus, ADR 007; the session cache's changes, ADR 046).
 */
export class PgListener {
  private client: pg.Client | null = null
  private closed = false
  private retryTimer: NodeJS.Timeout | null = null
  private delay: number
  private readonly onError: (err: unknown) => void

  private constructor(private readonly opts: PgListenerOptions) {
    this.onError = opts.onError ?? (() => {})
    this.delay = opts.reconnectMs ?? 100
  }

  /** Resolves once LISTEN is in place, so nothing notified after start is missed. */
  static async start(opts: PgListenerOptions): Promise<PgListener> {
    const listener = new PgListener(opts)
    await listener.listen()
    return listener
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.opts.url })
    client.on('notification', (msg) => {
      if (this.opts.channels.includes(msg.channel)) this.opts.onNotification(msg.channel, msg.payload ?? '')
    })
    client.on('error', (err) => this.lost(client, err))
    client.on('end', () => this.lost(client, new Error('LISTEN connection ended')))
    try {
      await client.connect()
      for (const channel of this.opts.channels) await client.query(`LISTEN ${channel}`)
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

  private lost(client: pg.Client, err: unknown): void {
    if (this.client !== client || this.closed) return
    this.client = null
    this.onError(err)
    this.opts.onLost?.()
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
        this.opts.onRestored?.()
      } catch (err) {
        this.onError(err)
        this.delay = Math.min(this.delay * 2, 5000)
        this.scheduleReconnect()
      }
    }, this.delay)
    this.retryTimer.unref()
  }

  get listening(): boolean {
    return this.client !== null
  }

  /** For tests: drop the connection as a server restart would. */
  simulateDisconnect(): void {
    const client = this.client
    if (client) this.lost(client, new Error('simulated disconnect'))
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
  }
}
