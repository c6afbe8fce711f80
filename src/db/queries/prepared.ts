import type { Db } from '../client.ts'

/**
 * A query built and prepared once per database handle (ADR 026): Drizzle then skips rebuilding
 * its SQL text on every call, and on PostgreSQL the statement runs under its own name, parsed and
 * planned once per connection. A transaction is its own handle, so a query called with one runs
 * inside it. Only for the hot reads: each handle keeps its prepared queries while it lives.
 */
export function preparedPerDb<P>(build: (db: Db) => P): (db: Db) => P {
  const cache = new WeakMap<Db, P>()
  return (db) => {
    let prepared = cache.get(db)
    if (prepared === undefined) {
      prepared = build(db)
      cache.set(db, prepared)
    }
    return prepared
  }
}
