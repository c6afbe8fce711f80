import './conflicts.css'
import { useEffect, useRef } from 'react'
import type { ConflictView } from '../../api/touring-api.ts'
import { ConflictList } from './conflict-list.tsx'
import { conflictCount } from './conflict-words.ts'

interface ConflictPreviewProps {
  conflicts: readonly ConflictView[]
  /** The booking changed since the check: the list may be out of date and Save checks again. */
  isOutdated: boolean
  isSaving: boolean
  onSaveAnyway: () => void
}

/** The conflicts a booking would have, shown in the form before anything is saved, with "Save anyway". */
export function ConflictPreview({ conflicts, isOutdated, isSaving, onSaveAnyway }: ConflictPreviewProps) {
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    if (conflicts.length > 0) ref.current?.focus()
  }, [conflicts])
  if (conflicts.length === 0) return null
  return (
    <section className="conflict-preview" aria-labelledby="conflict-preview-title" tabIndex={-1} ref={ref}>
      <h2 id="conflict-preview-title" className="conflict-preview-title">
        This booking has {conflictCount(conflicts.length)}
      </h2>
      <ConflictList conflicts={conflicts} />
      {isOutdated ? (
        <p className="muted">You changed the booking since this check. Save to check again.</p>
      ) : (
        <div className="form-actions">
          <button type="button" className="button button--danger" onClick={onSaveAnyway} aria-disabled={isSaving}>
            {isSaving ? 'Saving…' : 'Save anyway'}
          </button>
          <p className="field-hint">Saving anyway is allowed; Greenroom records that you decided to.</p>
        </div>
      )}
    </section>
  )
}
