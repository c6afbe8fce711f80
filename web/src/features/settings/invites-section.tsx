import { useQuery, useQueryClient } from '@tanstack/react-query'
import { workspaceApi } from '../../api/account-api.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { EmptyState } from '../../components/empty-state.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { InviteForm } from './invite-form.tsx'
import { inviteStatus } from './invite-status.ts'
import { useServerNow } from './use-server-now.ts'

const dateFormat: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }

export function InvitesSection() {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const invites = useQuery({ queryKey: workspaceApi.invitesKey(slug), queryFn: () => workspaceApi.invites(slug) })
  const now = useServerNow()

  return (
    <section className="section" aria-labelledby="invites">
      <h2 id="invites" className="section-title">
        Invite someone
      </h2>
      <InviteForm />
      <h3 className="subsection-title">Invite links</h3>
      <QueryView query={invites}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No invites yet — make a link above and send it to who should join." />
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">For</th>
                  <th scope="col">Made</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((invite) => {
                  const status = inviteStatus(invite, now)
                  return (
                    <tr key={invite.id}>
                      <td data-label="Role">{labelOf(invite.role)}</td>
                      <td data-label="For">{invite.email ?? 'Anyone with the link'}</td>
                      <td data-label="Made">{new Date(invite.createdAt).toLocaleDateString(undefined, dateFormat)}</td>
                      <td data-label="Status">
                        <span className={`badge badge--${status}`}>
                          {status === 'pending' ? `Open until ${new Date(invite.expiresAt).toLocaleDateString(undefined, dateFormat)}` : labelOf(status)}
                        </span>
                      </td>
                      <td className="row-actions">
                        {status === 'pending' && (
                          <DeleteButton
                            label="Revoke"
                            className="button button--small button--danger-quiet"
                            what={`the ${labelOf(invite.role).toLowerCase()} invite${invite.email ? ` for ${invite.email}` : ''}`}
                            consequence="The link stops working at once. Anyone who already joined stays."
                            onConfirm={async () => {
                              await workspaceApi.revokeInvite(slug, invite.id)
                              await queryClient.invalidateQueries({ queryKey: workspaceApi.invitesKey(slug) })
                            }}
                          />
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </section>
  )
}
