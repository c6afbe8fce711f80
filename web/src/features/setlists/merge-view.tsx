import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { SetlistEntry } from '../../api/setlists-api.ts'
import { mergeWithChoices, type MergeConflict, type MergeSide } from '../../../../src/domain/setlist-merge.ts'
import { ChangesList } from './changes-list.tsx'
import { entryDetails, plainEntry } from './setlist-model.ts'
import { dateTimeFormat } from '../shows/zoned-time.ts'

// one formatter for the page, not one per date written (ADR 056); the same text as Date#toLocaleString with these options
const when = (iso: string) => dateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso))
const FIELD_LABELS: Record<string, string> = {
  notes: 'notes',
  keyOverride: 'key',
  guests: 'guests',
  arrangement: 'arrangement',
  cover: 'cover',
  title: 'title',
  durationSeconds: 'length',
  recordingId: 'song',
  section: 'section kind',
  otherKind: 'kind',
  segue: 'segue',
}

interface MergeViewProps {
  /** The list as it was when I started editing. */
  base: readonly SetlistEntry[]
  /** My unsaved list. */
  mine: readonly SetlistEntry[]
  /** What someone else saved meanwhile (the 409's `current`): its list, who saved it and when, and what it is ("version 3"). */
  theirs: { entries: readonly SetlistEntry[]; who: string; at: string; what: string }
  titleOf: (entry: SetlistEntry) => string
  isSaving: boolean
  /** Saves the merged list against their version. */
  onSaveMerged: (entries: SetlistEntry[]) => void
  /** Drops my changes (after a confirmation). */
  onTakeTheirs: () => void
  /** Back to the editor with the merged list, now based on their version. */
  onKeepEditing: (entries: SetlistEntry[]) => void
}

/**
 * Someone saved the list first: their version and my unsaved changes side by side (each against
 * the list both started from), the merged list with each conflict marked and a choice of side for
 * it, then save the merge, take theirs or keep editing. Nothing is overwritten silently.
 */
export function MergeView({ base, mine, theirs, titleOf, isSaving, onSaveMerged, onTakeTheirs, onKeepEditing }: MergeViewProps) {
  const theirEntries = useMemo(() => theirs.entries.map(plainEntry), [theirs])
  const what = theirs.what
  const [choices, setChoices] = useState<Record<string, MergeSide>>({})
  const { merged, conflicts } = useMemo(() => mergeWithChoices(base, mine, theirEntries, choices), [base, mine, theirEntries, choices])
  const notice = useRef<HTMLDivElement>(null)
  const confirm = useRef<HTMLDialogElement>(null)
  const ids = { head: useId(), theirs: useId(), mine: useId(), merged: useId(), dialog: useId() }
  useEffect(() => notice.current?.focus(), [theirs])
  const conflictOn = new Map(conflicts.map((c) => [c.entryId, c]))
  const outside = conflicts.filter((c) => !merged.some((e) => e.id === c.entryId))
  const choose = (id: string, side: MergeSide) => setChoices({ ...choices, [id]: side })
  const who = `${theirs.who}, ${when(theirs.at)}`

  return (
    <section className="section merge" aria-labelledby={ids.head}>
      <div className="notice notice--warning" role="alert" tabIndex={-1} ref={notice}>
        <h2 id={ids.head} className="merge-title">
          Someone else saved while you were editing
        </h2>
        <p>
          Nothing was overwritten: {what} now has {theirs.who}’s change, and your changes are kept here. Check the merged list
          {conflicts.length > 0 ? `, decide the ${conflicts.length === 1 ? 'conflict' : `${conflicts.length} conflicts`}` : ''} and save it.
        </p>
      </div>

      <div className="merge-columns">
        <section className="merge-column" aria-labelledby={ids.theirs}>
          <h3 id={ids.theirs} className="merge-column-title">
            Their version ({who})
          </h3>
          <ChangesList from={base} to={theirEntries} titleOf={titleOf} onlyChanges label="Their changes" />
        </section>
        <section className="merge-column" aria-labelledby={ids.mine}>
          <h3 id={ids.mine} className="merge-column-title">
            Your unsaved changes
          </h3>
          <ChangesList from={base} to={mine} titleOf={titleOf} onlyChanges label="Your changes" />
        </section>
      </div>

      <section className="merge-result" aria-labelledby={ids.merged}>
        <h3 id={ids.merged} className="merge-column-title">
          Merged result{' '}
          {conflicts.length > 0 ? (
            <span className="badge badge--conflict">
              {conflicts.length} {conflicts.length === 1 ? 'conflict' : 'conflicts'}
            </span>
          ) : (
            <span className="muted">· no conflicts</span>
          )}
        </h3>
        {conflicts.length > 0 && <p className="field-hint">You both changed the marked entries. Their side is taken unless you choose yours.</p>}
        <ol className="merge-list">
          {merged.map((entry) => {
            const c = conflictOn.get(entry.id)
            return (
              <li key={entry.id} className={`merge-entry merge-entry--${entry.type}${c ? ' has-conflict' : ''}`}>
                <span className="merge-entry-title">
                  {entry.type === 'section' ? <strong>{titleOf(entry)}</strong> : titleOf(entry)}
                  {entryDetails(entry).length > 0 && <span className="setlist-details"> · {entryDetails(entry).join(' · ')}</span>}
                  {entry.notes && <span className="setlist-notes"> — {entry.notes}</span>}
                </span>
                {c && <ConflictChoice conflict={c} titleOf={titleOf} onChoose={(side) => choose(c.entryId, side)} />}
              </li>
            )
          })}
        </ol>
        {outside.length > 0 && (
          <>
            <p className="field-hint">Left out of the merged list:</p>
            <ul className="merge-list">
              {outside.map((c) => (
                <li key={c.entryId} className="merge-entry has-conflict is-out">
                  <span className="merge-entry-title">{titleOf((c.mine ?? c.theirs)!)}</span>
                  <ConflictChoice conflict={c} titleOf={titleOf} onChoose={(side) => choose(c.entryId, side)} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <div className="form-actions merge-actions">
        <button type="button" className="button button--primary" disabled={isSaving} onClick={() => onSaveMerged(merged)}>
          Save merged
        </button>
        <button type="button" className="button" onClick={() => onKeepEditing(merged)}>
          Keep editing
        </button>
        <button type="button" className="button button--danger-quiet" onClick={() => confirm.current?.showModal()}>
          Take theirs (discard mine)
        </button>
      </div>
      <dialog ref={confirm} className="dialog" aria-labelledby={ids.dialog}>
        <h2 id={ids.dialog} className="dialog-title">
          Discard your changes?
        </h2>
        <p>
          {what.charAt(0).toUpperCase() + what.slice(1)} stays as {theirs.who} saved it, and your unsaved changes are dropped. This cannot be undone.
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              confirm.current?.close()
              onTakeTheirs()
            }}
          >
            Yes, take theirs
          </button>
          <button type="button" className="button button--quiet" autoFocus onClick={() => confirm.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </section>
  )
}

/** How one side of a conflict reads: the entry with its details and notes, or what that side did to it. */
function sideText(c: MergeConflict, side: MergeSide, titleOf: (e: SetlistEntry) => string): string {
  const entry = side === 'mine' ? c.mine : c.theirs
  const who = side === 'mine' ? 'you' : 'they'
  if (!entry) return `Leave it out (${who} removed it)`
  if (c.kind === 'moved-both') return `Where ${who} put it`
  if (c.kind === 'removed-mine-edited-theirs' || c.kind === 'removed-theirs-edited-mine') return `Keep it, with ${side === 'mine' ? 'your' : 'their'} changes`
  const values = c.fields.map((f) => {
    const v = (entry as Record<string, unknown>)[f]
    const shown =
      v === undefined || v === null || v === ''
        ? 'none'
        : Array.isArray(v)
          ? v.join(', ')
          : typeof v === 'object'
            ? JSON.stringify(v)
            : f === 'recordingId'
              ? titleOf(entry)
              : String(v)
    return `${FIELD_LABELS[f] ?? f}: ${shown}`
  })
  return values.join(' · ') || titleOf(entry)
}

const KIND_TEXT: Record<MergeConflict['kind'], string> = {
  'edited-both': 'You both changed this entry',
  'removed-mine-edited-theirs': 'You removed this; they changed it',
  'removed-theirs-edited-mine': 'They removed this; you changed it',
  'moved-both': 'You both moved this entry',
  'added-both': 'You both added this song, differently',
}

function ConflictChoice({
  conflict: c,
  titleOf,
  onChoose,
}: {
  conflict: MergeConflict
  titleOf: (e: SetlistEntry) => string
  onChoose: (side: MergeSide) => void
}) {
  const name = `conflict-${c.entryId}`
  return (
    <fieldset className="merge-choice">
      <legend>
        <span aria-hidden="true">⚠</span> {KIND_TEXT[c.kind]}
        <span className="visually-hidden">: {titleOf((c.theirs ?? c.mine)!)}</span>
      </legend>
      {(['theirs', 'mine'] as const).map((side) => (
        <label key={side} className="merge-choice-option">
          <input type="radio" name={name} value={side} checked={c.chosen === side} onChange={() => onChoose(side)} />
          <span>
            <strong>{side === 'theirs' ? 'Theirs' : 'Mine'}:</strong> {sideText(c, side, titleOf)}
          </span>
        </label>
      ))}
    </fieldset>
  )
}
