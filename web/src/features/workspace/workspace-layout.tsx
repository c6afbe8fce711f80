import { useEffect, useId, useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, Outlet, useLocation, useParams } from 'react-router'
import { workspaceApi } from '../../api/account-api.ts'
import { ApiProblem } from '../../api/api-problem.ts'
import { Brand } from '../../components/brand.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { SkipLink } from '../../components/skip-link.tsx'
import { ThemeToggle } from '../../components/theme-toggle.tsx'
import type { Workspace } from '../../api/types.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useLogout } from '../auth/use-logout.ts'
import { useMe } from '../auth/use-me.ts'
import { permissionsOf } from './permissions.ts'
import { WorkspaceContext, type WorkspaceContextValue } from './workspace-context.ts'
import { WorkspaceNav } from './workspace-nav.tsx'
import { useLiveUpdates } from './use-live-updates.ts'

/** The app frame inside a workspace: header, a navigation that collapses on phones, the page. */
export function WorkspaceLayout() {
  const slug = useParams().workspaceSlug ?? ''
  const workspace = useQuery({ queryKey: workspaceApi.key(slug), queryFn: () => workspaceApi.get(slug) })
  if (workspace.data) return <WorkspaceFrame slug={slug} workspace={workspace.data} />
  const isUnavailable = workspace.error instanceof ApiProblem && [403, 404].includes(workspace.error.status)
  return (
    <main id="main" className="centered-page">
      {isUnavailable ? (
        <div className="card narrow-page">
          <h1 className="page-title">This workspace is not open to you</h1>
          <p>There is no workspace “{slug}”, or you are not one of its members. Ask its owner or manager for an invite link.</p>
          <Link className="button button--primary" to="/workspaces">
            Choose another workspace
          </Link>
        </div>
      ) : (
        <QueryView query={workspace}>{() => null}</QueryView>
      )}
    </main>
  )
}

function WorkspaceFrame({ slug, workspace }: { slug: string; workspace: Workspace }) {
  useLiveUpdates(slug)
  const me = useMe()
  const logout = useLogout()
  const navId = useId()
  const [isNavOpen, setIsNavOpen] = useState(false)
  const { pathname } = useLocation()
  useEffect(() => setIsNavOpen(false), [pathname])

  const context = useMemo<WorkspaceContextValue>(
    () => ({ slug, workspace, permissions: permissionsOf(workspace.role), href: (rest = '') => `/w/${slug}${rest}` }),
    [slug, workspace],
  )

  return (
    <WorkspaceContext.Provider value={context}>
      <div className="app">
        <SkipLink />
        <header className="app-header">
          <Brand to={`/w/${slug}`} />
          <span className="workspace-name" title={workspace.name}>
            {workspace.name}
          </span>
          <div className="header-tools">
            <ThemeToggle />
            <button
              type="button"
              className="icon-button nav-toggle"
              aria-expanded={isNavOpen}
              aria-controls={navId}
              onClick={() => setIsNavOpen((open) => !open)}
            >
              <span aria-hidden="true">{isNavOpen ? '✕' : '☰'}</span>
              <span className="visually-hidden">Menu</span>
            </button>
          </div>
        </header>
        <nav id={navId} className={`app-nav${isNavOpen ? ' app-nav--open' : ''}`} aria-label="Workspace">
          <WorkspaceNav isOpen={isNavOpen} />
          <div className="nav-footer">
            {me.data && (
              <p className="nav-user">
                {me.data.user.displayName}
                <span className="badge">{labelOf(workspace.role)}</span>
              </p>
            )}
            <Link className="nav-link" to="/workspaces">
              Switch workspace
            </Link>
            <button type="button" className="nav-link nav-button" onClick={() => void logout()}>
              Log out
            </button>
          </div>
        </nav>
        <main id="main" className="app-main">
          <Outlet />
        </main>
      </div>
    </WorkspaceContext.Provider>
  )
}
