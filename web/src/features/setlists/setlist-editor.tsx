import { useRef, useState, type KeyboardEvent } from 'react'
import type { Recording } from '../../api/types.ts'
import type { RuleViolation, SetlistEntry } from '../../api/setlists-api.ts'
import { formatDuration, parseDuration } from '../../format/duration.ts'
import {
  entryDetails,
  entryTitle,
  formatRunningTime,
  moveEntry,
  nextEntryId,
  OTHER_LABELS,
  runningSeconds,
  SECTION_LABELS,
  violationOnEntry,
  violationsByEntry,
  type OtherKind,
  type SectionKind,
} from './setlist-model.ts'

const KEYS = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'] as const

interface SetlistEditorProps {
  entries: SetlistEntry[]
  onChange: (entries: SetlistEntry[]) => void
  /** The act's recordings, to add songs from. */
  recordings: readonly Recording[]
  /** The act's rules checked against the list as it is now (see use-live-rules.ts); null when not checked here. */
  violations?: readonly RuleViolation[] | null
}

/**
 * Builds a set list: songs from the act's recordings (or a cover by title), section markers and
 * other entries; reorder with the arrow buttons, or Alt+↑/↓ on a focused entry; notes, guests and a
 * key per entry under "Details".
 */
export function SetlistEditor({ entries, onChange, recordings, violations = null }: SetlistEditorProps) {
  const problems = violationsByEntry(violations ?? [])
  const byId = new Map(recordings.map((r) => [r.id, r]))
  const recordingTitle = (id: string) => byId.get(id)?.title
  const [open, setOpen] = useState<string | null>(null)
  const list = useRef<HTMLOListElement>(null)
  const focusEntry = (id: string) => requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-entry="${id}"]`)?.focus())

  const update = (id: string, patch: Partial<SetlistEntry>) => onChange(entries.map((e) => (e.id === id ? { ...e, ...patch } : e)))
  const move = (index: number, delta: number) => {
    onChange(moveEntry(entries, index, delta))
    focusEntry(entries[index]!.id)
  }
  const remove = (id: string) => onChange(entries.filter((e) => e.id !== id))
  const add = (entry: Omit<SetlistEntry, 'id'>) => {
    const id = nextEntryId(entries)
    onChange([...entries, { id, ...entry }])
    focusEntry(id)
  }
  const onKey = (event: KeyboardEvent, index: number) => {
    if (event.target !== event.currentTarget) return
    if (event.altKey && event.key === 'ArrowUp') {
      event.preventDefault()
      move(index, -1)
    } else if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault()
      move(index, 1)
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault()
      const next = entries[index + (event.key === 'ArrowUp' ? -1 : 1)]
      if (next) focusEntry(next.id)
    } else if (event.key === 'Delete') {
      event.preventDefault()
      const next = entries[index + 1] ?? entries[index - 1]
      remove(entries[index]!.id)
      if (next) focusEntry(next.id)
    }
  }
  const total = runningSeconds(entries, (id) => byId.get(id)?.durationSeconds)

  return (
    <div className="setlist-editor">
      <p className="setlist-total" aria-live="polite">
        <span>Running time</span> <strong>{formatRunningTime(total)}</strong>
        <span className="muted"> · {entries.filter((e) => e.type === 'song').length} songs</span>
      </p>
      <RulesSummary violations={violations} listWide={problems.list} />
      <p className="field-hint">Focus an entry and press Alt+↑ or Alt+↓ to move it, ↑/↓ to go through the list, Delete to take it out.</p>
      <ol className="editor-entries" ref={list} aria-label="Set list entries">
        {entries.map((entry, index) => {
          const isOpen = open === entry.id
          const seconds = entry.recordingId ? byId.get(entry.recordingId)?.durationSeconds : entry.durationSeconds
          const onEntry = problems.byEntry.get(entry.id) ?? []
          return (
            <li key={entry.id} className={`editor-entry editor-entry--${entry.type}${onEntry.length > 0 ? ' has-problem' : ''}`}>
              <div
                className="editor-entry-row"
                tabIndex={0}
                data-entry={entry.id}
                onKeyDown={(e) => onKey(e, index)}
                aria-label={`${index + 1}. ${entryTitle(entry, recordingTitle)}`}
              >
                <span className="editor-entry-title">
                  {entry.type === 'section' ? <strong>{entryTitle(entry)}</strong> : entryTitle(entry, recordingTitle)}
                  {entry.type === 'other' && <span className="badge">{OTHER_LABELS[entry.otherKind ?? 'other']}</span>}
                  {entryDetails(entry).length > 0 && <span className="setlist-details"> {entryDetails(entry).join(' · ')}</span>}
                </span>
                <span className="setlist-length">{entry.type === 'section' ? '' : formatDuration(seconds ?? null)}</span>
                <span className="editor-entry-actions">
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label="Move up"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label="Move down"
                    disabled={index === entries.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button type="button" className="button button--small button--quiet" aria-expanded={isOpen} onClick={() => setOpen(isOpen ? null : entry.id)}>
                    Details
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger-quiet"
                    aria-label={`Remove ${entryTitle(entry, recordingTitle)}`}
                    onClick={() => remove(entry.id)}
                  >
                    ✕
                  </button>
                </span>
              </div>
              {onEntry.length > 0 && (
                <ul className="setlist-entry-problems editor-entry-problems" aria-label={`Rules broken by ${entryTitle(entry, recordingTitle)}`}>
                  {onEntry.map((v, i) => (
                    <li key={i} className="rule-violation" title={v.message}>
                      <span aria-hidden="true">⚠</span> {violationOnEntry(v)}
                    </li>
                  ))}
                </ul>
              )}
              {isOpen && <EntryDetails entry={entry} onChange={(patch) => update(entry.id, patch)} />}
            </li>
          )
        })}
      </ol>
      <AddEntries recordings={recordings} onAdd={add} />
    </div>
  )
}

/** What the act's rules say of the list as it is now: all kept, or each broken rule (those about single entries are marked on them). */
function RulesSummary({ violations, listWide }: { violations: readonly RuleViolation[] | null; listWide: readonly RuleViolation[] }) {
  if (violations === null) return null
  const onEntries = violations.filter((v) => !listWide.includes(v))
  return (
    <div className="editor-rules" role="status" aria-live="polite" aria-label="Rules">
      {violations.length === 0 ? (
        <p className="editor-rules-ok">✓ Keeps the act’s rules</p>
      ) : (
        <>
          <p className="editor-rules-head">
            {violations.length} {violations.length === 1 ? 'rule broken' : 'rules broken'}
            {onEntries.length > 0 && <span className="muted"> · marked on the entries below</span>}
          </p>
          <ul className="setlist-problems">
            {violations.map((v, i) => (
              <li key={i} className="rule-violation">
                <span aria-hidden="true">⚠</span> {v.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

function EntryDetails({ entry, onChange }: { entry: SetlistEntry; onChange: (patch: Partial<SetlistEntry>) => void }) {
  const id = (name: string) => `entry-${entry.id}-${name}`
  const [duration, setDuration] = useState(entry.durationSeconds ? formatDuration(entry.durationSeconds) : '')
  return (
    <div className="editor-details">
      {entry.type === 'section' && (
        <div className="field">
          <label className="field-label" htmlFor={id('section')}>
            Kind
          </label>
          <select id={id('section')} value={entry.section ?? 'main'} onChange={(e) => onChange({ section: e.target.value as SectionKind })}>
            {Object.entries(SECTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      {(entry.type !== 'song' || !entry.recordingId) && (
        <div className="field">
          <label className="field-label" htmlFor={id('title')}>
            {entry.type === 'song' ? 'Title' : 'Label'}
          </label>
          <input id={id('title')} value={entry.title ?? ''} maxLength={200} onChange={(e) => onChange({ title: e.target.value })} />
        </div>
      )}
      {entry.type === 'other' && (
        <div className="field">
          <label className="field-label" htmlFor={id('duration')}>
            Duration (m:ss)
          </label>
          <input
            id={id('duration')}
            inputMode="numeric"
            value={duration}
            placeholder="5:00"
            onChange={(e) => {
              setDuration(e.target.value)
              const parsed = parseDuration(e.target.value)
              if (parsed !== undefined) onChange({ durationSeconds: parsed })
            }}
          />
        </div>
      )}
      {entry.type === 'song' && (
        <>
          <div className="field">
            <label className="field-label" htmlFor={id('guests')}>
              Guests <span className="field-optional">comma-separated</span>
            </label>
            <input
              id={id('guests')}
              defaultValue={(entry.guests ?? []).join(', ')}
              placeholder="Victoria Justice"
              onChange={(e) => {
                const guests = e.target.value
                  .split(',')
                  .map((g) => g.trim())
                  .filter(Boolean)
                onChange({ guests: guests.length > 0 ? guests : undefined })
              }}
            />
          </div>
          <div className="field-row">
            <div className="field">
              <label className="field-label" htmlFor={id('key')}>
                Key for this show
              </label>
              <select
                id={id('key')}
                value={entry.keyOverride ?? ''}
                onChange={(e) => onChange({ keyOverride: (e.target.value || null) as SetlistEntry['keyOverride'] })}
              >
                <option value="">As recorded</option>
                {KEYS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field-label" htmlFor={id('arrangement')}>
                Arrangement
              </label>
              <input
                id={id('arrangement')}
                value={entry.arrangement ?? ''}
                placeholder="acoustic"
                maxLength={200}
                onChange={(e) => onChange({ arrangement: e.target.value || null })}
              />
            </div>
          </div>
        </>
      )}
      <div className="field">
        <label className="field-label" htmlFor={id('notes')}>
          Notes
        </label>
        <textarea id={id('notes')} rows={2} maxLength={2000} value={entry.notes ?? ''} onChange={(e) => onChange({ notes: e.target.value || undefined })} />
      </div>
    </div>
  )
}

function AddEntries({ recordings, onAdd }: { recordings: readonly Recording[]; onAdd: (entry: Omit<SetlistEntry, 'id'>) => void }) {
  const [recordingId, setRecordingId] = useState('')
  const [cover, setCover] = useState({ title: '', artist: '' })
  const [section, setSection] = useState<SectionKind>('acoustic')
  const [other, setOther] = useState<OtherKind>('talk')
  const sorted = [...recordings].sort((a, b) => a.title.localeCompare(b.title))
  return (
    <div className="editor-add">
      <h3 className="setlist-section-title">Add</h3>
      <div className="editor-add-row">
        <label className="visually-hidden" htmlFor="add-recording">
          Song from the act's recordings
        </label>
        <select id="add-recording" value={recordingId} onChange={(e) => setRecordingId(e.target.value)}>
          <option value="">Choose a song…</option>
          {sorted.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
              {r.kind !== 'master' ? ` (${r.kind})` : ''} · {formatDuration(r.durationSeconds)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={!recordingId}
          onClick={() => {
            onAdd({ type: 'song', recordingId })
            setRecordingId('')
          }}
        >
          Add song
        </button>
      </div>
      <div className="editor-add-row">
        <input aria-label="Cover title" placeholder="Cover: title" value={cover.title} onChange={(e) => setCover({ ...cover, title: e.target.value })} />
        <input aria-label="Original artist" placeholder="by" value={cover.artist} onChange={(e) => setCover({ ...cover, artist: e.target.value })} />
        <button
          type="button"
          className="button"
          disabled={!cover.title.trim()}
          onClick={() => {
            onAdd({ type: 'song', title: cover.title.trim(), ...(cover.artist.trim() ? { cover: { artist: cover.artist.trim() } } : {}) })
            setCover({ title: '', artist: '' })
          }}
        >
          Add cover
        </button>
      </div>
      <div className="editor-add-row">
        <select aria-label="Section kind" value={section} onChange={(e) => setSection(e.target.value as SectionKind)}>
          {Object.entries(SECTION_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => onAdd({ type: 'section', section, title: SECTION_LABELS[section] })}>
          Add section
        </button>
        <select aria-label="Other entry kind" value={other} onChange={(e) => setOther(e.target.value as OtherKind)}>
          {Object.entries(OTHER_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          onClick={() => onAdd({ type: 'other', otherKind: other, title: OTHER_LABELS[other], durationSeconds: other === 'dj-interlude' ? 300 : 120 })}
        >
          Add {OTHER_LABELS[other].toLowerCase()}
        </button>
      </div>
    </div>
  )
}
