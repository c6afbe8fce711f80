import { useState } from 'react'

/** A row removed from a form that is not saved yet: it goes at once, and "Undo" puts it back where it was. */
export interface Removed<T> {
  /** What was removed, as a phrase: `cost 2`. */
  what: string
  row: T
  index: number
}

/** Remembers the last row removed from a draft list, so the form can offer to put it back (cheaper than asking first). */
export function useUndoableRemoval<T>(setRows: (update: (rows: T[]) => T[]) => void) {
  const [removed, setRemoved] = useState<Removed<T> | null>(null)
  return {
    removed,
    remove(rows: T[], index: number, what: string) {
      setRemoved({ what, row: rows[index]!, index })
      setRows((current) => current.filter((_, j) => j !== index))
    },
    undo() {
      if (!removed) return
      setRows((current) => [...current.slice(0, removed.index), removed.row, ...current.slice(removed.index)])
      setRemoved(null)
    },
  }
}

/** The line that says what went and offers it back; a polite live region, so a screen reader hears it. */
export function UndoNotice({ removed, note, onUndo }: { removed: Removed<unknown> | null; note: string; onUndo: () => void }) {
  return (
    <p role="status" className="muted">
      {removed && (
        <>
          Removed {removed.what}. {note}{' '}
          <button type="button" className="button button--quiet button--small" onClick={onUndo}>
            Undo
          </button>
        </>
      )}
    </p>
  )
}
