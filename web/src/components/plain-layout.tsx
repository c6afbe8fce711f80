import { Outlet } from 'react-router'
import { useMe } from '../features/auth/use-me.ts'
import { useLogout } from '../features/auth/use-logout.ts'
import { Brand } from './brand.tsx'
import { SkipLink } from './skip-link.tsx'
import { ThemeToggle } from './theme-toggle.tsx'

/** The frame of pages outside a workspace: log in, sign up, invites, choosing a workspace. */
export function PlainLayout() {
  const me = useMe()
  const logout = useLogout()
  return (
    <div className="plain-layout">
      <SkipLink />
      <header className="plain-header">
        <Brand />
        <div className="header-tools">
          {me.data && (
            <button type="button" className="button button--quiet" onClick={() => void logout()}>
              Log out
            </button>
          )}
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="plain-main">
        <Outlet />
      </main>
    </div>
  )
}
