import { ConflictError, NotFoundError, StaleVersionError } from '../domain/errors.ts'
import { FOREIGN_KEY_VIOLATION, sqlState } from '../db/errors.ts'

/**
 * The one way an edit of a versioned document ends: when the guarded update touched no row, the
 * document is either gone (404) or was changed by someone else (409 carrying the current version).
 */
export async function finishVersionedWrite<T>(opts: { kind: string; id: string; updatedRows: number; load: () => Promise<T | null> }): Promise<T> {
  const current = await opts.load()
  if (!current) throw new NotFoundError(opts.kind, opts.id)
  if (opts.updatedRows === 0) throw new StaleVersionError(opts.kind, current)
  return current
}

/** Deleting something still in use is a conflict the user can act on, not a server error. */
export async function deleteOrExplain(kind: string, usedBy: string, run: () => Promise<number>, id: string): Promise<void> {
  let deleted: number
  try {
    deleted = await run()
  } catch (err) {
    if (sqlState(err) === FOREIGN_KEY_VIOLATION) throw new ConflictError(`This ${kind} is still used by ${usedBy}; remove those first.`)
    throw err
  }
  if (deleted === 0) throw new NotFoundError(kind, id)
}
