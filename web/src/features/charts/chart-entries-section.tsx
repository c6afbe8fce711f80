import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { chartEntriesApi, removeVersion, type ChartEntry } from '../../api/charts-api.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { EmptyState } from '../../components/empty-state.tsx'
import { formatPartialDate } from '../../format/partial-date.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { ChartEntryForm, type SubjectOption } from './chart-entry-form.tsx'
import { subjectName } from './chart-words.ts'
import { useInPageForm } from './use-in-page-form.ts'

interface ChartEntriesSectionProps {
  entries: readonly ChartEntry[]
  /** `new`, an entry's id, or null: which form is open (from the page's `?entry=`). */
  open: string | null
  subjects: readonly SubjectOption[]
  defaultSubject?: string
  /** The page without an open form. */
  pagePath: string
}

/** Every chart position of the page's act or release, newest first, with add, edit and delete. */
export function ChartEntriesSection({ entries, open, subjects, defaultSubject, pagePath }: ChartEntriesSectionProps) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const { canEdit, editing, isFormOpen, close, formTitle } = useInPageForm(entries, open, pagePath)
  const newestFirst = [...entries].reverse()

  async function handleDelete(entry: ChartEntry) {
    await removeVersion('chart-entries', slug, entry.id, entry.version)
    queryClient.removeQueries({ queryKey: chartEntriesApi.keys.one(slug, entry.id) })
    await queryClient.invalidateQueries()
  }

  return (
    <section className="section" aria-labelledby="chart-entries">
      <div className="section-header">
        <h2 id="chart-entries" className="section-title">
          Chart entries <span className="count">{entries.length}</span>
        </h2>
        {canEdit && !isFormOpen && (
          <Link className="button" to={`${pagePath}?entry=new`}>
            Add chart entry
          </Link>
        )}
      </div>
      {isFormOpen && (
        <div className="card chart-form">
          <h3 className="chart-form-title" tabIndex={-1} ref={formTitle}>
            {editing ? `Edit No. ${editing.position} on ${formatPartialDate(editing.chartDate)}` : 'Add a chart entry'}
          </h3>
          <ChartEntryForm
            key={editing ? `${editing.id}:${editing.version}` : 'new'}
            entry={editing}
            subjects={subjects}
            defaultSubject={defaultSubject}
            closeTo={pagePath}
            onSaved={close}
          />
        </div>
      )}
      {entries.length === 0 ? (
        <EmptyState title="No chart positions yet — add one when a release or song charts, like No. 5 on the iTunes Pop pre-order chart." />
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Chart</th>
              <th scope="col">What</th>
              <th scope="col" className="numeric">
                Position
              </th>
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((e) => (
              <tr key={e.id}>
                <td data-label="Date">{formatPartialDate(e.chartDate)}</td>
                <td data-label="Chart">{e.label}</td>
                <td data-label="What">{subjectName(e.subject)}</td>
                <td data-label="Position" className="numeric">
                  No. {e.position}
                </td>
                {canEdit && (
                  <td className="row-actions">
                    <Link
                      className="button button--small"
                      to={`${pagePath}?entry=${e.id}`}
                      aria-label={`Edit No. ${e.position} on ${e.label}, ${formatPartialDate(e.chartDate)}`}
                    >
                      Edit
                    </Link>
                    <DeleteButton
                      className="button button--small button--danger-quiet"
                      what={`No. ${e.position} on ${e.label} (${formatPartialDate(e.chartDate)})`}
                      onConfirm={() => handleDelete(e)}
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
