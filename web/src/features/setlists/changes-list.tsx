import type { SetlistDiff, SetlistEntry } from '../../api/setlists-api.ts'
import { entryDetails, localDiff } from './setlist-model.ts'

type Row<E extends SetlistEntry> =
  | {
      kind: 'kept' | 'added'
      entry: E
      moved?: { fromIndex: number; toIndex: number }
      section?: { fromSection: string | null; toSection: string | null }
      fields?: string[]
    }
  | { kind: 'removed'; entry: E }

/** One list in the new order, with the removed entries where they used to be. */
export function diffRows<E extends SetlistEntry>(from: readonly E[], to: readonly E[], diff: SetlistDiff): Row<E>[] {
  const added = new Set(diff.added.map((a) => a.toIndex))
  const removed = new Set(diff.removed.map((r) => r.fromIndex))
  const moved = new Map(diff.moved.map((m) => [m.toIndex, m]))
  const keyOf = (e: E) => e.id
  const sections = new Map(diff.sectionsChanged.map((s) => [s.key, s]))
  const changed = new Map(diff.changed.map((c) => [c.key, c.fields]))
  const toIndexOfId = new Map(to.map((e, i) => [e.id, i]))
  // Each removed entry follows the nearest entry before it that is still there.
  const after = new Map<number, E[]>()
  from.forEach((e, i) => {
    if (!removed.has(i)) return
    let anchor = -1
    for (let j = i - 1; j >= 0; j--) {
      const at = toIndexOfId.get(from[j]!.id)
      if (!removed.has(j) && at !== undefined) {
        anchor = at
        break
      }
    }
    after.set(anchor, [...(after.get(anchor) ?? []), e])
  })
  const rows: Row<E>[] = (after.get(-1) ?? []).map((entry) => ({ kind: 'removed', entry }))
  to.forEach((entry, i) => {
    const m = moved.get(i)
    const s = sections.get(keyOf(entry))
    const f = changed.get(keyOf(entry))
    rows.push({ kind: added.has(i) ? 'added' : 'kept', entry, ...(m ? { moved: m } : {}), ...(s ? { section: s } : {}), ...(f ? { fields: f } : {}) })
    for (const r of after.get(i) ?? []) rows.push({ kind: 'removed', entry: r })
  })
  return rows
}

const FIELD_LABELS: Record<string, string> = {
  notes: 'notes',
  keyOverride: 'key',
  guests: 'guests',
  arrangement: 'arrangement',
  cover: 'cover',
  title: 'title',
  durationSeconds: 'length',
  recordingId: 'recording',
}

interface ChangesListProps<E extends SetlistEntry> {
  from: readonly E[]
  to: readonly E[]
  titleOf: (entry: E) => string
  /** The server's diff when at hand; the comparison by entry id otherwise. */
  diff?: SetlistDiff
  /** Only the rows that changed (the merge view's columns); the whole list otherwise. */
  onlyChanges?: boolean
  label: string
}

/** Chips with the counts, then one list in the new order: added in green, removed struck through where they were, moves with arrows. */
export function ChangesList<E extends SetlistEntry>({ from, to, titleOf, diff = localDiff(from, to), onlyChanges = false, label }: ChangesListProps<E>) {
  const rows = diffRows(from, to, diff).filter((r) => !onlyChanges || r.kind !== 'kept' || r.moved || r.section || r.fields)
  const counts = [
    diff.added.length > 0 && (
      <span key="a" className="diff-chip diff-chip--added">
        +{diff.added.length} added
      </span>
    ),
    diff.removed.length > 0 && (
      <span key="r" className="diff-chip diff-chip--removed">
        −{diff.removed.length} removed
      </span>
    ),
    diff.moved.length > 0 && (
      <span key="m" className="diff-chip diff-chip--moved">
        ⇅ {diff.moved.length} moved
      </span>
    ),
    diff.sectionsChanged.length > 0 && (
      <span key="s" className="diff-chip diff-chip--section">
        {diff.sectionsChanged.length} changed section
      </span>
    ),
    diff.changed.length > 0 && (
      <span key="c" className="diff-chip">
        {diff.changed.length} with other details
      </span>
    ),
  ].filter(Boolean)
  return (
    <div className="changes" aria-label={label} role="group">
      <p className="diff-summary">{counts.length > 0 ? counts : <span className="muted">No changes.</span>}</p>
      {rows.length > 0 && (
        <ol className="diff-list">
          {rows.map((row, i) => {
            const entry = row.entry
            const isSection = entry.type === 'section'
            const kindLabel = row.kind === 'added' ? 'Added' : row.kind === 'removed' ? 'Removed' : row.kind === 'kept' && row.moved ? 'Moved' : undefined
            return (
              <li
                key={`${row.kind}-${entry.id}-${i}`}
                className={`diff-row diff-row--${row.kind}${row.kind !== 'removed' && row.moved ? ' diff-row--moved' : ''}${isSection ? ' diff-row--marker' : ''}`}
              >
                <span className="diff-sign" aria-hidden="true">
                  {row.kind === 'added' ? '+' : row.kind === 'removed' ? '−' : row.moved ? (row.moved.toIndex < row.moved.fromIndex ? '↑' : '↓') : ''}
                </span>
                <span className="diff-title">
                  {kindLabel && <span className="visually-hidden">{kindLabel}: </span>}
                  {isSection ? <strong>{titleOf(entry)}</strong> : titleOf(entry)}
                  {entryDetails(entry).length > 0 && <span className="setlist-details"> · {entryDetails(entry).join(' · ')}</span>}
                </span>
                {row.kind !== 'removed' && row.moved && (
                  <span className="diff-note">
                    from {row.moved.fromIndex + 1} to {row.moved.toIndex + 1}
                  </span>
                )}
                {row.kind !== 'removed' && row.section && (
                  <span className="diff-note diff-note--section">
                    {row.section.fromSection ?? 'no section'} → {row.section.toSection ?? 'no section'}
                  </span>
                )}
                {row.kind !== 'removed' && row.fields && <span className="diff-note">changed: {row.fields.map((f) => FIELD_LABELS[f] ?? f).join(', ')}</span>}
              </li>
            )
          })}
        </ol>
      )}
    </div>
  )
}
