import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { awardNominationsApi, removeVersion, type AwardNomination } from '../../api/charts-api.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { EmptyState } from '../../components/empty-state.tsx'
import { formatPartialDate } from '../../format/partial-date.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { AwardForm, type NomineeOption } from './award-form.tsx'
import { useInPageForm } from './use-in-page-form.ts'

interface AwardsSectionProps {
  nominations: readonly AwardNomination[]
  /** `new`, a nomination's id, or null (from the page's `?award=`). */
  open: string | null
  nominees: readonly NomineeOption[]
  defaultNominee?: string
  pagePath: string
}

const RESULT_WORDS = { nominated: 'Nominated', won: 'Won', lost: 'Not won' } as const

/** The result as a badge: won stands out, a pending nomination is marked as such. */
export function ResultBadge({ result }: { result: AwardNomination['result'] }) {
  return <span className={`badge badge--${result}`}>{RESULT_WORDS[result]}</span>
}

function nomineeName(n: AwardNomination): string {
  return [n.actName, n.personName, n.releaseGroupTitle, n.recordingTitle].filter(Boolean).join(', ')
}

/** Award nominations, newest year first, with add, edit and delete. */
export function AwardsSection({ nominations, open, nominees, defaultNominee, pagePath }: AwardsSectionProps) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const { canEdit, editing, isFormOpen, close, formTitle } = useInPageForm(nominations, open, pagePath)

  async function handleDelete(n: AwardNomination) {
    await removeVersion('award-nominations', slug, n.id, n.version)
    queryClient.removeQueries({ queryKey: awardNominationsApi.keys.one(slug, n.id) })
    await queryClient.invalidateQueries()
  }

  return (
    <section className="section" aria-labelledby="awards">
      <div className="section-header">
        <h2 id="awards" className="section-title">
          Awards <span className="count">{nominations.length}</span>
        </h2>
        {canEdit && !isFormOpen && (
          <Link className="button" to={`${pagePath}?award=new`}>
            Add nomination
          </Link>
        )}
      </div>
      {isFormOpen && (
        <div className="card chart-form">
          <h3 className="chart-form-title" tabIndex={-1} ref={formTitle}>
            {editing ? `Edit ${editing.award}, ${editing.category}` : 'Add a nomination'}
          </h3>
          <AwardForm
            key={editing ? `${editing.id}:${editing.version}` : 'new'}
            nomination={editing}
            nominees={nominees}
            defaultNominee={defaultNominee}
            closeTo={pagePath}
            onSaved={close}
          />
        </div>
      )}
      {nominations.length === 0 ? (
        <EmptyState title="No award nominations yet." />
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Award and category</th>
              <th scope="col">Nominee</th>
              <th scope="col">Result</th>
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {nominations.map((n) => (
              <tr key={n.id}>
                <td data-label="Year">{n.year}</td>
                <td data-label="Award">
                  {n.award} · {n.category}
                  {n.ceremonyDate && <span className="muted"> · ceremony {formatPartialDate(n.ceremonyDate)}</span>}
                </td>
                <td data-label="Nominee">{nomineeName(n)}</td>
                <td data-label="Result">
                  <ResultBadge result={n.result} />
                </td>
                {canEdit && (
                  <td className="row-actions">
                    <Link
                      className="button button--small"
                      to={`${pagePath}?award=${n.id}`}
                      aria-label={`Edit the nomination ${n.award}, ${n.category}, ${n.year}`}
                    >
                      Edit
                    </Link>
                    <DeleteButton
                      className="button button--small button--danger-quiet"
                      what={`the nomination ${n.award}, ${n.category} (${n.year})`}
                      onConfirm={() => handleDelete(n)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
