import { Link } from 'react-router'
import { useWorkspace } from '../workspace/workspace-context.ts'

/** The usual next steps, for those allowed to take them. */
export function QuickLinks() {
  const { href, permissions } = useWorkspace()
  const links = [
    ...(permissions.canEditCatalog
      ? [
          { to: '/songs/new', label: 'Add a song' },
          { to: '/recordings/new', label: 'Add a recording' },
          { to: '/releases/new', label: 'Add a release' },
          { to: '/placements/new', label: 'Add a TV placement' },
        ]
      : []),
    ...(permissions.canEditPeople ? [{ to: '/people/new', label: 'Add a person' }] : []),
    ...(permissions.canInvite ? [{ to: '/settings', label: 'Invite someone' }] : []),
  ]
  if (links.length === 0) return null
  return (
    <nav className="quick-links" aria-label="Quick links">
      {links.map((link) => (
        <Link key={link.to} className="button" to={href(link.to)}>
          <span aria-hidden="true">+ </span>
          {link.label}
        </Link>
      ))}
    </nav>
  )
}
