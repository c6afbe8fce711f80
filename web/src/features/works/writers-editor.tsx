import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import { WriterBodySchema } from '../../../../src/contract/catalog.ts'
import type { Person } from '../../api/types.ts'
import { fieldId } from '../../components/form-issues.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { evenShares, shareTotalPercent, type WriterDraft } from './share-total.ts'

const WRITER_ROLES = WriterBodySchema.shape.role.unwrap().options

interface WritersEditorProps {
  writers: WriterDraft[]
  onChange: (writers: WriterDraft[]) => void
  people: Person[]
  messageFor: (path: string) => string | undefined
  newPersonHref: string
}

let nextKey = 0
export function newWriterKey(): string {
  nextKey += 1
  return `writer-${nextKey}`
}

/** Rows of writer, role and share, with the running total; the total must be exactly 100 %. */
export function WritersEditor({ writers, onChange, people, messageFor, newPersonHref }: WritersEditorProps) {
  const total = shareTotalPercent(writers)
  const focusIndex = useRef<number | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (focusIndex.current === null) return
    document.getElementById(fieldId(`writers.${focusIndex.current}.personId`))?.focus()
    focusIndex.current = null
  })

  function update(index: number, change: Partial<WriterDraft>) {
    onChange(writers.map((w, i) => (i === index ? { ...w, ...change } : w)))
  }

  function handleAdd() {
    const remaining = Math.round((100 - total) * 100) / 100
    focusIndex.current = writers.length
    onChange([...writers, { key: newWriterKey(), personId: '', role: 'composer-lyricist', share: remaining > 0 ? String(remaining) : '' }])
  }

  function handleRemove(index: number) {
    onChange(writers.filter((_, i) => i !== index))
    addButton.current?.focus()
  }

  function handleSplitEvenly() {
    const shares = evenShares(writers.length)
    onChange(writers.map((w, i) => ({ ...w, share: shares[i] ?? '' })))
  }

  const totalError = messageFor('writers')
  const isTotalRight = writers.length === 0 || total === 100
  return (
    <fieldset className="fieldset writers" id={fieldId('writers')} tabIndex={-1} aria-describedby="writers-total">
      <legend className="field-label">Writers and shares</legend>
      {totalError && (
        <p className="field-error">
          <span className="visually-hidden">Error: </span>
          {totalError}
        </p>
      )}
      {writers.length === 0 && <p className="muted">No writers yet. Add each writer with their share; shares must total 100 %.</p>}
      <ol className="writer-rows">
        {writers.map((w, i) => {
          const n = i + 1
          const personError = messageFor(`writers.${i}.personId`)
          const roleError = messageFor(`writers.${i}.role`)
          const shareError = messageFor(`writers.${i}.sharePercent`)
          const ids = { person: fieldId(`writers.${i}.personId`), role: fieldId(`writers.${i}.role`), share: fieldId(`writers.${i}.sharePercent`) }
          return (
            <li key={w.key} className="writer-row">
              <div className={`field${personError ? ' field--invalid' : ''}`}>
                <label className="field-label" htmlFor={ids.person}>
                  Writer<span className="visually-hidden"> {n}</span>
                </label>
                <select
                  id={ids.person}
                  className="input"
                  value={w.personId}
                  onChange={(e) => update(i, { personId: e.target.value })}
                  aria-invalid={personError ? true : undefined}
                  aria-describedby={personError ? `${ids.person}-error` : undefined}
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
                  Role<span className="visually-hidden"> of writer {n}</span>
                </label>
                <select
                  id={ids.role}
                  className="input"
                  value={w.role}
                  aria-invalid={roleError ? true : undefined}
                  onChange={(e) => update(i, { role: e.target.value })}
                >
                  {WRITER_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {labelOf(role)}
                    </option>
                  ))}
                </select>
              </div>
              <div className={`field field--share${shareError ? ' field--invalid' : ''}`}>
                <label className="field-label" htmlFor={ids.share}>
                  Share<span className="visually-hidden"> of writer {n}</span> (%)
                </label>
                <input
                  id={ids.share}
                  className="input"
                  inputMode="decimal"
                  autoComplete="off"
                  value={w.share}
                  onChange={(e) => update(i, { share: e.target.value })}
                  aria-invalid={shareError ? true : undefined}
                  aria-describedby={shareError ? `${ids.share}-error` : undefined}
                />
              </div>
              <button type="button" className="button button--quiet writer-remove" onClick={() => handleRemove(i)}>
                Remove<span className="visually-hidden"> writer {n}</span>
              </button>
              {(personError || roleError || shareError) && (
                <div className="row-errors">
                  {personError && (
                    <p className="field-error" id={`${ids.person}-error`}>
                      {personError}
                    </p>
                  )}
                  {roleError && <p className="field-error">{roleError}</p>}
                  {shareError && (
                    <p className="field-error" id={`${ids.share}-error`}>
                      {shareError}
                    </p>
                  )}
                </div>
              )}
            </li>
          )
        })}
      </ol>
      <div className="writers-footer">
        <p id="writers-total" className={`share-total${isTotalRight ? '' : ' share-total--wrong'}`} aria-live="polite">
          Total: <strong>{total} %</strong>
          {!isTotalRight && <span> — must be exactly 100 %</span>}
        </p>
        <div className="writers-buttons">
          {writers.length > 1 && (
            <button type="button" className="button button--quiet" onClick={handleSplitEvenly}>
              Split evenly
            </button>
          )}
          <button type="button" className="button" ref={addButton} onClick={handleAdd}>
            Add writer
          </button>
        </div>
      </div>
      {people.length === 0 && (
        <p className="field-hint">
          Writers are people of the workspace. <Link to={newPersonHref}>Add a person</Link> first.
        </p>
      )}
    </fieldset>
  )
}
