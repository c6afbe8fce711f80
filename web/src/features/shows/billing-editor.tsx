import { ShowBodySchema } from '../../../../src/contract/touring.ts'
import type { Act } from '../../api/types.ts'
import { fieldId } from '../../components/form-issues.ts'
import { billingLabel } from './show-words.ts'
import { draftKey, type BillingDraft } from './show-draft.ts'

const BILLING_ROLES = ShowBodySchema.shape.billing.unwrap().element.shape.role.options

interface BillingEditorProps {
  billing: BillingDraft[]
  onChange: (billing: BillingDraft[]) => void
  acts: Act[]
  headlinerName: string | undefined
  messageFor: (path: string) => string | undefined
}

/** Who else is on the bill besides the headliner: support acts, special guests, co-headliners. */
export function BillingEditor({ billing, onChange, acts, headlinerName, messageFor }: BillingEditorProps) {
  function update(index: number, change: Partial<BillingDraft>) {
    onChange(billing.map((row, i) => (i === index ? { ...row, ...change } : row)))
  }
  return (
    <fieldset className="fieldset row-editor" id={fieldId('billing')} tabIndex={-1}>
      <legend className="field-label">Billing</legend>
      <p className="field-hint">{headlinerName ? `${headlinerName} headlines.` : 'The act chosen above headlines.'} Add support acts and guests here.</p>
      {billing.length === 0 && <p className="muted">No other acts on the bill.</p>}
      <ol className="editor-rows">
        {billing.map((row, i) => {
          const n = i + 1
          const actError = messageFor(`billing.${i}.actId`)
          const ids = { act: fieldId(`billing.${i}.actId`), role: fieldId(`billing.${i}.role`) }
          const name = acts.find((a) => a.id === row.actId)?.name ?? `act ${n}`
          return (
            <li key={row.key} className="editor-row">
              <div className={`field${actError ? ' field--invalid' : ''}`}>
                <label className="field-label" htmlFor={ids.act}>
                  Act<span className="visually-hidden"> {n} on the bill</span>
                </label>
                <select
                  id={ids.act}
                  className="input"
                  value={row.actId}
                  aria-invalid={actError ? true : undefined}
                  onChange={(e) => update(i, { actId: e.target.value })}
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
                <label className="field-label" htmlFor={ids.role}>
                  Billed as<span className="visually-hidden"> (act {n})</span>
                </label>
                <select id={ids.role} className="input" value={row.role} onChange={(e) => update(i, { role: e.target.value })}>
                  {BILLING_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {billingLabel(role)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" className="button button--quiet" onClick={() => onChange(billing.filter((_, j) => j !== i))}>
                Remove<span className="visually-hidden"> {name}</span>
              </button>
              {actError && (
                <div className="row-errors">
                  <p className="field-error">{actError}</p>
                </div>
              )}
            </li>
          )
        })}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...billing, { key: draftKey('billing'), actId: '', role: 'support' }])}>
        Add act to the bill
      </button>
    </fieldset>
  )
}
