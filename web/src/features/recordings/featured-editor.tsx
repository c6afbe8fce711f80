import type { Act } from '../../api/types.ts'
import { fieldId } from '../../components/form-issues.ts'
import type { FeaturedDraft } from './recording-draft.ts'

interface FeaturedEditorProps {
  featured: FeaturedDraft[]
  onChange: (featured: FeaturedDraft[]) => void
  acts: Act[]
  messageFor: (path: string) => string | undefined
}

let nextKey = 0

/** Featured artists of a recording, each an act with its credit ("rap", "vocals"). */
export function FeaturedEditor({ featured, onChange, acts, messageFor }: FeaturedEditorProps) {
  function update(index: number, change: Partial<FeaturedDraft>) {
    onChange(featured.map((f, i) => (i === index ? { ...f, ...change } : f)))
  }
  function handleAdd() {
    nextKey += 1
    onChange([...featured, { key: `new-featured-${nextKey}`, actId: '', credit: '' }])
  }
  return (
    <fieldset className="fieldset" id={fieldId('featured')} tabIndex={-1}>
      <legend className="field-label">Featured artists</legend>
      <p className="field-hint">An outside act heard on this recording, like a guest rapper. Add the act first on the Acts page.</p>
      {featured.length > 0 && (
        <ol className="editor-rows">
          {featured.map((f, i) => {
            const n = i + 1
            const actError = messageFor(`featured.${i}.actId`)
            return (
              <li key={f.key} className="editor-row">
                <div className={`field${actError ? ' field--invalid' : ''}`}>
                  <label className="field-label" htmlFor={fieldId(`featured.${i}.actId`)}>
                    Artist<span className="visually-hidden"> {n}</span>
                  </label>
                  {actError && <p className="field-error">{actError}</p>}
                  <select
                    id={fieldId(`featured.${i}.actId`)}
                    className="input"
                    value={f.actId}
                    onChange={(e) => update(i, { actId: e.target.value })}
                    aria-invalid={actError ? true : undefined}
                  >
                    <option value="">Choose an act…</option>
                    {acts.map((act) => (
                      <option key={act.id} value={act.id}>
                        {act.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label className="field-label" htmlFor={fieldId(`featured.${i}.credit`)}>
                    Credit<span className="visually-hidden"> of artist {n}</span>
                  </label>
                  <input
                    id={fieldId(`featured.${i}.credit`)}
                    className="input"
                    value={f.credit}
                    placeholder="rap"
                    onChange={(e) => update(i, { credit: e.target.value })}
                  />
                </div>
                <button type="button" className="button button--quiet" onClick={() => onChange(featured.filter((_, j) => j !== i))}>
                  Remove<span className="visually-hidden"> artist {n}</span>
                </button>
              </li>
            )
          })}
        </ol>
      )}
      <button type="button" className="button" onClick={handleAdd}>
        Add featured artist
      </button>
    </fieldset>
  )
}
