// A page's lower sections rendered after its first paint, one task each (ADR 056). No markup here.
import { useLayoutEffect, useState } from 'react'
import { useLocation, useNavigationType } from 'react-router'

/**
 * Whether the page was opened afresh: by a link, or as the app's first page. Then its lower sections may come
 * after the first paint. Back or forward to a page already read (its data in the cache), everything renders at
 * once, as before, so that the scroll position can be restored.
 */
export function useOpenedAfresh(): boolean {
  const navigationType = useNavigationType()
  const { key } = useLocation()
  return navigationType !== 'POP' || key === 'default'
}

/**
 * How many of a page's `count` lower sections to render: all of them at once when not `staged`; otherwise none
 * at first, then one more in a task of its own after each commit. The top of the page (its largest text) then
 * paints as soon as its data is in, not after everything under it, and no task blocks the page for long. The
 * sections come in below what is already shown, in page order, so nothing on the screen moves.
 */
export function useStagedSections(count: number, staged: boolean): number {
  const [shown, setShown] = useState(staged ? 0 : count)
  useLayoutEffect(() => {
    if (shown >= count) return
    // the next section in a task of its own, scheduled as this one is committed (not from a passive effect, which
    // waits for an animation frame that a page in the background or under a test driver may not get for a while)
    const timer = setTimeout(() => setShown((n) => n + 1), 0)
    return () => clearTimeout(timer)
  }, [shown, count])
  return shown
}
