import { useEffect, useId, useRef } from 'react'
import type { Act, Person } from '../../api/types.ts'
import { fieldId } from '../../components/form-issues.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { draftKey, type LineupDraft } from './show-draft.ts'

/** The usual roles on stage, offered as suggestions; any words are allowed. A copy of LINEUP_ROLES (src/domain/touring.ts), which the contract does not export. */
const ROLE_SUGGESTIONS = ['member', 'dj', 'acoustic-guitar', 'guitar', 'bass', 'drums', 'keys', 'backing-vocals', 'guest', 'crew']

interface LineupEditorProps {
  lineup: LineupDraft[]
  onChange: (lineup: LineupDraft[]) => void
  people: Person[]
  headliner: Act | undefined
  messageFor: (path: string) => string | undefined
}

/** What a current member of the act does on stage, as a first guess: "member", or a touring musician's first instrument. */
function stageRoleOf(membership: Act['memberships'][number]): string {
  if (membership.role === 'member') return 'member'
  return membership.instruments[0]?.replace(/\s+/g, '-') ?? membership.role
}

/** Who performs at the show and in what role: the members, the DJ, the acoustic guitarist… */
export function LineupEditor({ lineup, onChange, people, headliner, messageFor }: LineupEditorProps) {
  const suggestionsId = useId()
  const focusIndex = useRef<number | null>(null)
  useEffect(() => {
    if (focusIndex.current === null) return
    document.getElementById(fieldId(`lineup.${focusIndex.current}.personId`))?.focus()
    focusIndex.current = null
  })

  const current = (headliner?.memberships ?? []).filter((m) => !m.endDate)
  const missing = current.filter((m) => !lineup.some((row) => row.personId === m.personId))

  function update(index: number, change: Partial<LineupDraft>) {
    onChange(lineup.map((row, i) => (i === index ? { ...row, ...change } : row)))
  }

  function handleAdd() {
    focusIndex.current = lineup.length
    onChange([...lineup, { key: draftKey('lineup'), personId: '', role: '' }])
  }

  function handleAddMembers() {
    onChange([...lineup, ...missing.map((m) => ({ key: draftKey('lineup'), personId: m.personId, role: stageRoleOf(m) }))])
  }

  return (
    <fieldset className="fieldset row-editor" id={fieldId('lineup')} tabIndex={-1}>
      <legend className="field-label">Lineup</legend>
      <p className="field-hint">Who performs and in what role. Conflicts are checked for everyone listed here.</p>
      {messageFor('lineup') && <p className="field-error">{messageFor('lineup')}</p>}
      {lineup.length === 0 && <p className="muted">No one in the lineup yet.</p>}
      <ol className="editor-rows">
        {lineup.map((row, i) => {
          const n = i + 1
          const personError = messageFor(`lineup.${i}.personId`)
          const roleError = messageFor(`lineup.${i}.role`)
          const ids = { person: fieldId(`lineup.${i}.personId`), role: fieldId(`lineup.${i}.role`) }
          const name = people.find((p) => p.id === row.personId)?.name ?? `performer ${n}`
          return (
            <li key={row.key} className="editor-row">
              <div className={`field${personError ? ' field--invalid' : ''}`}>
                <label className="field-label" htmlFor={ids.person}>
                  Performer<span className="visually-hidden"> {n}</span>
                </label>
                <select
                  id={ids.person}
                  className="input"
                  value={row.personId}
                  aria-invalid={personError ? true : undefined}
                  onChange={(e) => update(i, { personId: e.target.value })}
                >
                  <option value="">Choose a person…</option>
                  {people.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className={`field${roleError ? ' field--invalid' : ''}`}>
                <label className="field-label" htmlFor={ids.role}>
                  Role<span className="visually-hidden"> of performer {n}</span>
                </label>
                <input
                  id={ids.role}
                  className="input"
                  list={suggestionsId}
                  autoComplete="off"
                  value={row.role}
                  aria-invalid={roleError ? true : undefined}
                  onChange={(e) => update(i, { role: e.target.value })}
                />
              </div>
              <button type="button" className="button button--quiet" onClick={() => onChange(lineup.filter((_, j) => j !== i))}>
                Remove<span className="visually-hidden"> {name}</span>
              </button>
              {(personError || roleError) && (
                <div className="row-errors">
                  {personError && <p className="field-error">{personError}</p>}
                  {roleError && <p className="field-error">{roleError}</p>}
                </div>
              )}
            </li>
          )
        })}
      </ol>
      <datalist id={suggestionsId}>
        {ROLE_SUGGESTIONS.map((role) => (
          <option key={role} value={role}>
            {labelOf(role)}
          </option>
        ))}
      </datalist>
      <div className="form-actions">
        <button type="button" className="button" onClick={handleAdd}>
          Add performer
        </button>
        {headliner && missing.length > 0 && (
          <button type="button" className="button button--quiet" onClick={handleAddMembers}>
            Add {headliner.name}’s members
          </button>
        )}
      </div>
    </fieldset>
  )
}
