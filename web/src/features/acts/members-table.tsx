import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { membershipsApi } from '../../api/memberships-api.ts'
import type { Act } from '../../api/types.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { EmptyState } from '../../components/empty-state.tsx'
import { formatDateRange } from '../../format/partial-date.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

/** Who is in the act, in which role, playing what, and since or until when. */
export function MembersTable({ act }: { act: Act }) {
  const { slug, href, permissions } = useWorkspace()
  const queryClient = useQueryClient()

  if (act.memberships.length === 0) {
    return (
      <EmptyState title={`No one is in ${act.name} yet — add the first member.`}>
        {permissions.canEditPeople && (
          <Link className="button button--primary" to={href(`/acts/${act.id}/members/new`)}>
            Add member
          </Link>
        )}
      </EmptyState>
    )
  }

  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Role</th>
          <th scope="col">Instruments</th>
          <th scope="col">When</th>
          {permissions.canEditPeople && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {act.memberships.map((m) => (
          <tr key={m.id}>
            <td data-label="Person">
              <Link to={href(`/people/${m.personId}`)}>{m.personName}</Link>
            </td>
            <td data-label="Role">{labelOf(m.role)}</td>
            <td data-label="Instruments">{m.instruments.join(', ') || '—'}</td>
            <td data-label="When">{formatDateRange(m.beginDate, m.endDate) || '—'}</td>
            {permissions.canEditPeople && (
              <td className="row-actions">
                <Link className="button button--small" to={href(`/acts/${act.id}/members/${m.id}/edit`)} aria-label={`Edit ${m.personName}’s membership`}>
                  Edit
                </Link>
                <DeleteButton
                  label="Remove"
                  className="button button--small button--danger-quiet"
                  what={`${m.personName} from ${act.name}`}
                  consequence="Their person record stays; only this membership goes."
                  onConfirm={async () => {
                    await membershipsApi.remove(slug, act.id, m.id)
                    await queryClient.invalidateQueries()
                  }}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
