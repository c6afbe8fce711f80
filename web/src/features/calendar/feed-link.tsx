import { useEffect, useRef, useState } from 'react'
import type { CreatedCalendarFeed } from '../../api/touring-api.ts'

/** The new feed's address, shown this once (the server keeps only its hash), with Copy and an open-in-calendar link. */
export function FeedLink({ feed, onDone }: { feed: CreatedCalendarFeed; onDone: () => void }) {
  const url = new URL(feed.url, window.location.origin).toString()
  const webcal = url.replace(/^https?:/, 'webcal:')
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
      <p>
        <strong>New private calendar link.</strong> Copy it now: it is shown only once. Anyone with it can read this calendar, so keep it to yourself.
      </p>
      <div className="copy-row">
        <label className="visually-hidden" htmlFor="feed-url">
          Calendar link
        </label>
        <input id="feed-url" ref={box} className="input" readOnly value={url} onFocus={(e) => e.target.select()} />
        <button type="button" className="button button--primary" onClick={() => void handleCopy()}>
          {copyState === 'copied' ? 'Copied' : 'Copy link'}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {copyState === 'copied' && 'The link is on your clipboard. Paste it into your calendar app as a subscription.'}
        {copyState === 'failed' && 'Copying is blocked here; the link is selected, press Ctrl+C (⌘C on a Mac).'}
      </p>
      <div className="form-actions">
        <a className="button" href={webcal}>
          Open in calendar app
        </a>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  )
}
