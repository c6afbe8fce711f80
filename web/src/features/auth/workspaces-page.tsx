import { Link } from 'react-router'
import { EmptyState } from '../../components/empty-state.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { CreateWorkspaceForm } from './create-workspace-form.tsx'
import { useMe } from './use-me.ts'

/** After logging in: choose one of your workspaces, or start one. */
export function WorkspacesPage() {
  useDocumentTitle('Your workspaces')
  const me = useMe()
  return (
    <div className="narrow-page">
      <QueryView query={me}>
        {(loaded) =>
          loaded && (
            <>
              <h1 className="page-title">Hi {loaded.user.displayName.split(' ')[0]}, pick a workspace</h1>
              {loaded.workspaces.length === 0 ? (
                <EmptyState title="You are not in any workspace yet — create one for your band below, or ask your manager for an invite link." />
              ) : (
                <ul className="link-list" aria-label="Your workspaces">
                  {loaded.workspaces.map((workspace) => (
                    <li key={workspace.id}>
                      <Link className="link-row" to={`/w/${workspace.slug}`}>
                        <span className="link-row-title">{workspace.name}</span>
                        <span className="badge">{labelOf(workspace.role)}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              <section className="card section" aria-labelledby="new-workspace">
                <h2 id="new-workspace" className="section-title">
                  Start a new workspace
                </h2>
                <p className="muted">One workspace per band or team. You can invite the others once it exists.</p>
                <CreateWorkspaceForm />
              </section>
            </>
          )
        }
      </QueryView>
    </div>
  )
}
