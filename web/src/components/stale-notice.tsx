import { useEffect, useRef } from 'react'
import { useQueryClient } from '@tanstack/react-query'

/** Shown when a save was refused because someone else saved first (409 with `current`). */
export function StaleNotice() {
  const queryClient = useQueryClient()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div className="notice notice--warning" role="alert" tabIndex={-1} ref={ref}>
      <p>
        <strong>Someone else changed this; reload to see their version.</strong> Your changes here are not saved. Reloading replaces them with the current
        version, so copy anything you want to keep first.
      </p>
      <button type="button" className="button" onClick={() => void queryClient.invalidateQueries()}>
        Reload their version
      </button>
    </div>
  )
}
