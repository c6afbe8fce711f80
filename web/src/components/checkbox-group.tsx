import type { ReactNode } from 'react'
import { fieldId } from './form-issues.ts'

interface CheckboxGroupProps {
  legend: string
  path: string
  options: readonly { value: string; label: ReactNode }[]
  selected: readonly string[]
  onChange: (selected: string[]) => void
  error?: string
  hint?: ReactNode
}

/** A fieldset of checkboxes for choosing several values; keeps the options' order. */
export function CheckboxGroup({ legend, path, options, selected, onChange, error, hint }: CheckboxGroupProps) {
  const id = fieldId(path)
  function handleToggle(value: string, isChecked: boolean) {
    const next = new Set(selected)
    if (isChecked) next.add(value)
    else next.delete(value)
    onChange(options.map((o) => o.value).filter((v) => next.has(v)))
  }
  return (
    <fieldset className={`fieldset${error ? ' field--invalid' : ''}`} id={id} tabIndex={-1}>
      <legend className="field-label">{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {error && <p className="field-error">{error}</p>}
      <div className="checkbox-list">
        {options.map((option) => (
          <label key={option.value} className="checkbox-option">
            <input
              type="checkbox"
              className="checkbox"
              checked={selected.includes(option.value)}
              onChange={(e) => handleToggle(option.value, e.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
