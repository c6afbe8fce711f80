import { isQueued } from './outbox.ts'
import './offline.css'

/**
 * What a set-list form says after sending: a change kept on this device (offline) is news, not an
 * error, so it is a status in a quiet style; anything else is an alert.
 */
export function SendNotice({ error }: { error: Error }) {
  return isQueued(error) ? (
    <p className="notice notice--queued" role="status">
      {error.message}
    </p>
  ) : (
    <p className="notice notice--danger" role="alert">
      {error.message}
    </p>
  )
}
