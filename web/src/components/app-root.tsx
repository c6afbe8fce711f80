import { useEffect, useRef } from 'react'
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router'

/**
 * Wraps every page: a thin bar while the next page loads, and after each navigation focus moves
 * to the new page's heading so screen-reader and keyboard users start at the top of it.
 */
export function AppRoot() {
  const navigation = useNavigation()
  const { pathname } = useLocation()
  const isFirstRender = useRef(true)

  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false
      return
    }
    const timer = window.setTimeout(() => {
      const target = document.querySelector<HTMLElement>('#main h1') ?? document.getElementById('main')
      if (!target) return
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
      target.focus({ preventScroll: true })
    }, 50)
    return () => window.clearTimeout(timer)
  }, [pathname])

  return (
    <>
      {navigation.state !== 'idle' && <div className="progress-bar" role="progressbar" aria-label="Loading page" />}
      <Outlet />
      <ScrollRestoration />
    </>
  )
}
