import { useEffect, useRef, useState } from 'react'
import type { CreatedInvite } from '../../api/types.ts'
import { labelOf } from '../../format/vocabulary.ts'

/** The new invite's link, shown this once (the server keeps only its hash), with a Copy button. */
export function InviteLink({ invite, onDone }: { invite: CreatedInvite; onDone: () => void }) {
  const url = new URL(invite.url, window.location.origin).toString()
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
    <div className="notice notice--success invite-link" role="status">
      <p>
        <strong>New invite link, role {labelOf(invite.role)}{invite.email ? `, for ${invite.email}` : ''}.</strong> Copy it now: it is shown only once.
      </p>
      <div className="copy-row">
        <label className="visually-hidden" htmlFor="invite-url">
          Invite link
        </label>
        <input id="invite-url" ref={box} className="input" readOnly value={url} onFocus={(e) => e.target.select()} />
        <button type="button" className="button button--primary" onClick={() => void handleCopy()}>
          {copyState === 'copied' ? 'Copied' : 'Copy link'}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {copyState === 'copied' && 'The link is on your clipboard.'}
        {copyState === 'failed' && 'Copying is blocked here; the link is selected, press Ctrl+C (⌘C on a Mac).'}
      </p>
      <button type="button" className="button button--quiet" onClick={onDone}>
        Done
      </button>
    </div>
  )
}
