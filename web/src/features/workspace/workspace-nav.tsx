import { NavLink } from 'react-router'
import { InboxBadge } from '../notifications/inbox-badge.tsx'
import { useWorkspace } from './workspace-context.ts'

/** The sections of a workspace; Members only for those who may invite. */
export function WorkspaceNav() {
  const { href, permissions, slug } = useWorkspace()
  const links: { to: string; label: string; end?: boolean; badge?: boolean }[] = [
    { to: href(), label: 'Home', end: true },
    { to: href('/inbox'), label: 'Inbox', badge: true },
    { to: href('/my-days'), label: 'My days' },
    { to: href('/songs'), label: 'Songs' },
    { to: href('/my-free-songs'), label: 'My free songs' },
    { to: href('/recordings'), label: 'Recordings' },
    { to: href('/releases'), label: 'Releases' },
    { to: href('/placements'), label: 'TV placements' },
    { to: href('/tours'), label: 'Tours' },
    { to: href('/shows'), label: 'Shows' },
    { to: href('/setlists'), label: 'Set lists' },
    { to: href('/calendar'), label: 'Calendars' },
    { to: href('/commitments'), label: 'Commitments' },
    { to: href('/conflicts'), label: 'Conflicts' },
    { to: href('/venues'), label: 'Venues' },
    { to: href('/people'), label: 'People' },
    { to: href('/acts'), label: 'Acts' },
    { to: href('/organizations'), label: 'Organisations' },
    { to: href('/registrations'), label: 'Registrations' },
    ...(permissions.canEditCatalog ? [{ to: href('/imports/musicbrainz'), label: 'Import from MusicBrainz' }] : []),
    ...(permissions.canInvite ? [{ to: href('/settings'), label: 'Members & invites' }] : []),
  ]
  return (
    <ul className="nav-list">
      {links.map((link) => (
        <li key={link.to}>
          <NavLink to={link.to} end={link.end} className="nav-link">
            {link.label}
            {link.badge && (
              <>
                {' '}
                <InboxBadge ws={slug} />
              </>
            )}
          </NavLink>
        </li>
      ))}
    </ul>
  )
}
