import { useEffect, useRef } from 'react'
import { fieldId } from '../../components/form-issues.ts'

export interface LegDraft {
  key: string
  id?: string
  name: string
  notes: string
}

/** Moves the leg at `index` one place up (-1) or down (+1); out of range leaves the order as it is. */
export function moveLeg<T>(legs: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step
  if (target < 0 || target >= legs.length) return [...legs]
  const next = [...legs]
  const [moved] = next.splice(index, 1)
  if (moved !== undefined) next.splice(target, 0, moved)
  return next
}

let nextKey = 0
export function newLegKey(): string {
  nextKey += 1
  return `leg-${nextKey}`
}

interface LegsEditorProps {
  legs: LegDraft[]
  onChange: (legs: LegDraft[]) => void
  messageFor: (path: string) => string | undefined
}

/** The tour's legs in order: a name and notes each; reorder with Up and Down. A leg that has shows cannot be removed. */
export function LegsEditor({ legs, onChange, messageFor }: LegsEditorProps) {
  const focusPath = useRef<string | null>(null)
  useEffect(() => {
    if (!focusPath.current) return
    document.getElementById(focusPath.current)?.focus()
    focusPath.current = null
  })

  function update(index: number, change: Partial<LegDraft>) {
    onChange(legs.map((leg, i) => (i === index ? { ...leg, ...change } : leg)))
  }

  function handleAdd() {
    focusPath.current = fieldId(`legs.${legs.length}.name`)
    onChange([...legs, { key: newLegKey(), name: '', notes: '' }])
  }

  function handleMove(index: number, step: -1 | 1, key: string) {
    focusPath.current = `${key}-${step < 0 ? 'up' : 'down'}`
    onChange(moveLeg(legs, index, step))
  }

  return (
    <fieldset className="fieldset legs-editor" id={fieldId('legs')} tabIndex={-1}>
      <legend className="field-label">Legs</legend>
      <p className="field-hint">
        In tour order, like “North America” then “South America”. Shows are put on a leg from the show’s form; a leg that still has shows cannot be removed.
      </p>
      {messageFor('legs') && <p className="field-error">{messageFor('legs')}</p>}
      {legs.length === 0 && <p className="muted">No legs yet. A tour without legs is fine; add them when the routing has parts.</p>}
      <ol className="editor-rows">
        {legs.map((leg, i) => {
          const label = leg.name.trim() || `leg ${i + 1}`
          const nameId = fieldId(`legs.${i}.name`)
          const notesId = fieldId(`legs.${i}.notes`)
          const nameError = messageFor(`legs.${i}.name`)
          return (
            <li key={leg.key} className="leg-row">
              <div className={`field${nameError ? ' field--invalid' : ''}`}>
                <label className="field-label" htmlFor={nameId}>
                  Name<span className="visually-hidden"> of leg {i + 1}</span>
                </label>
                <input
                  id={nameId}
                  className="input"
                  autoComplete="off"
                  value={leg.name}
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? `${nameId}-error` : undefined}
                  onChange={(e) => update(i, { name: e.target.value })}
                />
                {nameError && (
                  <p className="field-error" id={`${nameId}-error`}>
                    {nameError}
                  </p>
                )}
              </div>
              <div className="field">
                <label className="field-label" htmlFor={notesId}>
                  Notes<span className="visually-hidden"> of leg {i + 1}</span> <span className="field-optional">(optional)</span>
                </label>
                <input id={notesId} className="input" autoComplete="off" value={leg.notes} onChange={(e) => update(i, { notes: e.target.value })} />
              </div>
              <span className="leg-buttons">
                <button
                  type="button"
                  id={`${leg.key}-up`}
                  className="icon-button"
                  aria-disabled={i === 0}
                  onClick={() => i > 0 && handleMove(i, -1, leg.key)}
                  aria-label={`Move ${label} up`}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  id={`${leg.key}-down`}
                  className="icon-button"
                  aria-disabled={i === legs.length - 1}
                  onClick={() => i < legs.length - 1 && handleMove(i, 1, leg.key)}
                  aria-label={`Move ${label} down`}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  onClick={() => onChange(legs.filter((_, j) => j !== i))}
                  aria-label={`Remove ${label}`}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </span>
            </li>
          )
        })}
      </ol>
      <button type="button" className="button" onClick={handleAdd}>
        Add leg
      </button>
    </fieldset>
  )
}
