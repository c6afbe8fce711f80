import { isRouteErrorResponse, Link, useRouteError } from 'react-router'

/** What a page shows when it cannot render: a missing page, or a bug, in plain words. */
export function RouteError() {
  const error = useRouteError()
  const isMissing = isRouteErrorResponse(error) && error.status === 404
  return (
    <main className="centered-page" id="main">
      <div className="card">
        <h1 className="page-title">{isMissing ? 'Page not found' : 'Something went wrong'}</h1>
        <p>
          {isMissing
            ? 'There is nothing at this address. Check the link, or start again from your workspaces.'
            : 'This page could not be shown. Reload to try again; if it keeps happening, tell whoever runs your Greenroom.'}
        </p>
        <p className="form-actions">
          <Link className="button button--primary" to="/">
            Go to my workspaces
          </Link>
          {!isMissing && (
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Reload
            </button>
          )}
        </p>
      </div>
    </main>
  )
}
