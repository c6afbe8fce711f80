import { useEffect, useId, useRef, useState } from 'react'
import type { Recording } from '../../api/types.ts'
import { fieldId } from '../../components/form-issues.ts'
import { formatDuration } from '../../format/duration.ts'
import { draftKey, moveTrack, type TrackDraft } from './release-draft.ts'

interface TrackListEditorProps {
  tracks: TrackDraft[]
  onChange: (tracks: TrackDraft[]) => void
  recordings: Recording[]
  actId: string
  /** `editions.0.tracks`: where the server's messages about these tracks point. */
  path: string
  editionName: string
  messageUnder: (path: string) => string | undefined
}

/** The ordered track list of one edition: pick recordings, reorder them with Up and Down, set the disc. */
export function TrackListEditor({ tracks, onChange, recordings, actId, path, editionName, messageUnder }: TrackListEditorProps) {
  const pickerId = useId()
  const [choice, setChoice] = useState('')
  const focusAfter = useRef<string | null>(null)
  const byId = new Map(recordings.map((r) => [r.id, r]))
  const ours = recordings.filter((r) => r.actId === actId)
  const others = recordings.filter((r) => r.actId !== actId)

  useEffect(() => {
    if (!focusAfter.current) return
    document.getElementById(focusAfter.current)?.focus()
    focusAfter.current = null
  })

  function handleMove(index: number, step: -1 | 1, key: string) {
    focusAfter.current = `${key}-${step < 0 ? 'up' : 'down'}`
    onChange(moveTrack(tracks, index, step))
  }

  function handleAdd() {
    if (!choice) return
    const lastDisc = tracks.at(-1)?.medium ?? '1'
    onChange([...tracks, { key: draftKey('track'), recordingId: choice, medium: lastDisc }])
    setChoice('')
  }

  const listError = messageUnder(path)
  return (
    <div className="track-editor" id={fieldId(path)} tabIndex={-1}>
      <h4 className="field-label">Track list · {tracks.length}</h4>
      {listError && <p className="field-error">{listError}</p>}
      {tracks.length === 0 && <p className="muted">No tracks yet — pick a recording below and add it.</p>}
      <ol className="track-rows">
        {tracks.map((track, i) => {
          const recording = byId.get(track.recordingId)
          const title = recording?.title ?? 'Unknown recording'
          const discId = fieldId(`${path}.${i}.medium`)
          return (
            <li key={track.key} className="track-row">
              <span className="track-number tabular" aria-hidden="true">
                {i + 1}
              </span>
              <span className="track-row-title">
                {title}
                <span className="muted tabular"> {formatDuration(recording?.durationSeconds ?? null)}</span>
              </span>
              <label className="track-disc">
                <span className="disc-label">Disc</span>
                <input
                  id={discId}
                  className="input input--tiny"
                  inputMode="numeric"
                  value={track.medium}
                  aria-label={`Disc of “${title}” in ${editionName}`}
                  onChange={(e) => onChange(tracks.map((t, j) => (j === i ? { ...t, medium: e.target.value } : t)))}
                />
              </label>
              <span className="track-buttons">
                <button
                  type="button"
                  id={`${track.key}-up`}
                  className="icon-button"
                  aria-disabled={i === 0}
                  onClick={() => i > 0 && handleMove(i, -1, track.key)}
                  aria-label={`Move “${title}” up`}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  id={`${track.key}-down`}
                  className="icon-button"
                  aria-disabled={i === tracks.length - 1}
                  onClick={() => i < tracks.length - 1 && handleMove(i, 1, track.key)}
                  aria-label={`Move “${title}” down`}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  onClick={() => onChange(tracks.filter((_, j) => j !== i))}
                  aria-label={`Remove “${title}” from ${editionName}`}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </span>
            </li>
          )
        })}
      </ol>
      <div className="track-picker">
        <label htmlFor={pickerId} className="visually-hidden">
          Recording to add to {editionName}
        </label>
        <select id={pickerId} className="input" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose a recording…</option>
          {ours.length > 0 && (
            <optgroup label="By this act">
              {ours.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title} ({formatDuration(r.durationSeconds)})
                </option>
              ))}
            </optgroup>
          )}
          {others.length > 0 && (
            <optgroup label="Other acts">
              {others.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title} — {r.actName}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <button type="button" className="button" onClick={handleAdd} aria-disabled={!choice}>
          Add track
        </button>
      </div>
    </div>
  )
}
