import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * A secret link shown this once (the server keeps only its hash), focused, with a Copy button and
 * a fallback when the clipboard is blocked. Used for invite links and private calendar feeds.
 */
export function OneTimeLink({
  id,
  label,
  url: path,
  heading,
  copiedHint,
  actions,
  onDone,
}: {
  id: string
  label: string
  url: string
  heading: ReactNode
  copiedHint: string
  actions?: ReactNode
  onDone: () => void
}) {
  const url = new URL(path, window.location.origin).toString()
  const box = useRef<HTMLInputElement>(null)
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => box.current?.focus(), [])

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(url)
      setCopyState('copied')
    } catch {
      box.current?.select()
      setCopyState('failed')
    }
  }

  return (
    <div className="notice notice--success" role="status">
      <p>{heading}</p>
      <div className="copy-row">
        <label className="visually-hidden" htmlFor={id}>
          {label}
        </label>
        <input id={id} ref={box} className="input" readOnly value={url} onFocus={(e) => e.target.select()} />
        <button type="button" className="button button--primary" onClick={() => void handleCopy()}>
          {copyState === 'copied' ? 'Copied' : 'Copy link'}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {copyState === 'copied' && copiedHint}
        {copyState === 'failed' && 'Copying is blocked here; the link is selected, press Ctrl+C (⌘C on a Mac).'}
      </p>
      <div className="form-actions">
        {actions}
        <button type="button" className="button button--quiet" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  )
}
