import { useId, useRef, useState } from 'react'
import { ApiProblem } from '../api/api-problem.ts'

interface DeleteButtonProps {
  /** What is deleted, as a phrase: `the song “We Are”`. */
  what: string
  onConfirm: () => Promise<unknown>
  label?: string
  consequence?: string
  className?: string
}

/** A Delete button that asks first, in a modal dialog (Escape or Cancel backs out). */
export function DeleteButton({ what, onConfirm, label = 'Delete', consequence = 'This cannot be undone.', className }: DeleteButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [error, setError] = useState<string | null>(null)
  const [isWorking, setIsWorking] = useState(false)

  function handleOpen() {
    setError(null)
    dialog.current?.showModal()
  }

  async function handleConfirm() {
    setIsWorking(true)
    try {
      await onConfirm()
      dialog.current?.close()
    } catch (failure) {
      setError(failure instanceof ApiProblem ? failure.message : 'Could not delete. Try again.')
    } finally {
      setIsWorking(false)
    }
  }

  return (
    <>
      <button type="button" className={className ?? 'button button--danger-quiet'} onClick={handleOpen}>
        {label}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <h2 id={titleId} className="dialog-title">
          {label} {what}?
        </h2>
        <p>{consequence}</p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button--danger" onClick={() => void handleConfirm()} aria-disabled={isWorking}>
            {isWorking ? 'Deleting…' : `Yes, ${label.toLowerCase()}`}
          </button>
          <button type="button" className="button button--quiet" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  )
}
