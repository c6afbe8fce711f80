import { useEffect } from 'react'

/** "Songs · Greenroom" in the tab and in the browser history. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Greenroom` : 'Greenroom'
  }, [title])
}
