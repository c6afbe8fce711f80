import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'
import { fieldId } from './form-issues.ts'

export interface ControlProps {
  id: string
  'aria-invalid'?: true
  'aria-describedby'?: string
}

interface FieldProps {
  label: ReactNode
  path: string
  error?: string
  hint?: ReactNode
  isOptional?: boolean
  className?: string
  children: (control: ControlProps) => ReactNode
}

/** A label, its control, a hint and the field's error message, wired together for screen readers. */
export function Field({ label, path, error, hint, isOptional, className, children }: FieldProps) {
  const id = fieldId(path)
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {isOptional && <span className="field-optional"> (optional)</span>}
      </label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
    </div>
  )
}

type Common = { label: ReactNode; path: string; error?: string; hint?: ReactNode; isOptional?: boolean; className?: string }

export function TextField({ label, path, error, hint, isOptional, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} path={path} error={error} hint={hint} isOptional={isOptional} className={className}>
      {(control) => <input className="input" type="text" name={path} {...input} {...control} />}
    </Field>
  )
}

export function SelectField({ label, path, error, hint, isOptional, className, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} path={path} error={error} hint={hint} isOptional={isOptional} className={className}>
      {(control) => (
        <select className="input" name={path} {...select} {...control}>
          {children}
        </select>
      )}
    </Field>
  )
}

export function TextAreaField({ label, path, error, hint, isOptional, className, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} path={path} error={error} hint={hint} isOptional={isOptional} className={className}>
      {(control) => <textarea className="input" rows={4} name={path} {...area} {...control} />}
    </Field>
  )
}
