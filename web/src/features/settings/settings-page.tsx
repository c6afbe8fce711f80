import { Link } from 'react-router'
import { PageHeader } from '../../components/page-header.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { InvitesSection } from './invites-section.tsx'
import { MembersSection } from './members-section.tsx'

/** Who is in the workspace, with which role, and the invite links that are out. */
export function SettingsPage() {
  const { workspace, permissions, href } = useWorkspace()
  if (!permissions.canInvite) {
    return (
      <>
        <PageHeader title="Members & invites" />
        <p className="notice">Only owners and managers see the members and invite others. Ask one of them if you need someone added.</p>
      </>
    )
  }
  return (
    <>
      <PageHeader title="Members & invites" kicker={workspace.name} />
      <MembersSection />
      <InvitesSection />
      {workspace.role === 'owner' && (
        <p>
          <Link to={href('/settings/outbox')}>Outbox: every email written for this workspace</Link>
        </p>
      )}
    </>
  )
}
