import { useState } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { workspaceApi } from '../../api/account-api.ts'
import { ApiProblem } from '../../api/api-problem.ts'
import type { WorkspaceRole } from '../../api/types.ts'
import { QueryView } from '../../components/query-view.tsx'
import { labelOf } from '../../format/vocabulary.ts'
import { useMe } from '../auth/use-me.ts'
import { grantableRoles } from '../workspace/permissions.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

export function MembersSection() {
  const { slug, workspace, permissions } = useWorkspace()
  const me = useMe()
  const queryClient = useQueryClient()
  const members = useQuery({ queryKey: workspaceApi.membersKey(slug), queryFn: () => workspaceApi.members(slug) })
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null)
  const roles = grantableRoles(workspace.role)

  async function handleRoleChange(userId: string, name: string, role: WorkspaceRole) {
    setMessage(null)
    try {
      await workspaceApi.setMemberRole(slug, userId, role)
      setMessage({ text: `${name} is now ${labelOf(role).toLowerCase()}.`, isError: false })
    } catch (error) {
      setMessage({ text: error instanceof ApiProblem ? error.message : 'Could not change the role.', isError: true })
    }
    await queryClient.invalidateQueries({ queryKey: workspaceApi.membersKey(slug) })
  }

  return (
    <section className="section" aria-labelledby="members">
      <h2 id="members" className="section-title">
        Members
      </h2>
      <p className={message?.isError ? 'field-error' : 'muted'} role="status" aria-live="polite">
        {message?.text}
      </p>
      <QueryView query={members}>
        {(list) => (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
              </tr>
            </thead>
            <tbody>
              {list.map((member) => {
                const isMe = member.userId === me.data?.user.id
                const canChange = permissions.canManage && !isMe && (workspace.role === 'owner' || member.role !== 'owner')
                return (
                  <tr key={member.userId}>
                    <td data-label="Name">
                      {member.displayName}
                      {isMe && <span className="muted"> (you)</span>}
                    </td>
                    <td data-label="Email">{member.email}</td>
                    <td data-label="Role">
                      {canChange ? (
                        <select
                          className="input"
                          value={member.role}
                          aria-label={`Role of ${member.displayName}`}
                          onChange={(e) => void handleRoleChange(member.userId, member.displayName, e.target.value as WorkspaceRole)}
                        >
                          {roles.map((role) => (
                            <option key={role} value={role}>
                              {labelOf(role)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span className="badge">{labelOf(member.role)}</span>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </QueryView>
    </section>
  )
}
