/**
 * Who a session is, kept in memory for a few seconds (ADR 046): the user behind a token, with their
 * role in a workspace or their list of workspaces, so a request that repeats within that time costs
 * no statement. The cache forgets everything whenever the database says who-may-do-what changed
 * (a trigger's NOTIFY, and at once for this process's own writes, see `db/auth-changes.ts`); while
 * that signal cannot be heard (another instance's LISTEN connection down), it keeps nothing.
 *
 * Only found sessions are kept (an unknown token is asked again every time, so guessing cannot fill
 * the cache); an entry lives at most `ttlMs` and never past its session's expiry; the oldest entry
 * goes first when `max` is reached.
 */
export class SessionCache {
  private readonly entries = new Map<string, { value: unknown; until: number }>()
  private generation = 0
  private listening = true
  private readonly max: number
  private readonly ttlMs: number
  private readonly now: () => number

  constructor(opts: { max?: number; ttlMs?: number; now?: () => number } = {}) {
    this.max = opts.max ?? 10_000
    this.ttlMs = opts.ttlMs ?? 30_000
    this.now = opts.now ?? Date.now
  }

  /** Call before reading the database: `set` keeps the answer only if nothing changed meanwhile. */
  ticket(): number {
    return this.generation
  }

  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.until <= this.now()) {
      this.entries.delete(key)
      return undefined
    }
    // most recently used last: the oldest goes first when the cache is full
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value as T
  }

  /**
   * Keeps an answer read with `ticket` unless a change was announced since (the read may have seen
   * the state before it) or the cache is not listening.
   */
  set(key: string, value: unknown, ticket: number, sessionExpiresAt: Date | string): void {
    if (!this.listening || ticket !== this.generation) return
    const until = Math.min(this.now() + this.ttlMs, new Date(sessionExpiresAt).getTime())
    if (!(until > this.now())) return
    this.entries.delete(key)
    this.entries.set(key, { value, until })
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string)
  }

  /** Something about sessions, users, workspaces or memberships changed: forget everything. */
  clear(): void {
    this.generation++
    this.entries.clear()
  }

  /** While changes cannot be heard, keep nothing; once they can again, start empty. */
  setListening(listening: boolean): void {
    this.listening = listening
    this.clear()
  }

  get size(): number {
    return this.entries.size
  }
}
