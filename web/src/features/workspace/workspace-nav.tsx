import { useId, useLayoutEffect, useState, useSyncExternalStore } from 'react'
import { NavLink, useLocation } from 'react-router'
import { InboxBadge } from '../notifications/inbox-badge.tsx'
import { entryOf, navGroups, withMostUsed, type NavGroup, type Visits } from './nav-model.ts'
import { useWorkspace } from './workspace-context.ts'

const PHONE = '(max-width: 900px)'
const visitsKey = (slug: string) => `greenroom:nav-visits:${slug}`

function readVisits(slug: string): Visits {
  try {
    const raw = globalThis.localStorage?.getItem(visitsKey(slug))
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    return parsed && typeof parsed === 'object' ? (parsed as Visits) : {}
  } catch {
    return {}
  }
}

function usePhone(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(PHONE)
      media.addEventListener('change', onChange)
      return () => media.removeEventListener('change', onChange)
    },
    () => window.matchMedia(PHONE).matches,
    () => false,
  )
}

/**
 * The workspace's menu, grouped by what people do (nav-model.ts). On a phone a member's most used
 * places come first; what was opened is counted on this device only, per workspace.
 * On a phone the menu is hidden until its button opens it (`isOpen`), and its links are rendered only
 * then: the ~25 links are most of the frame's rendering, which every page otherwise paid before its
 * first paint for a menu nobody sees (ADR 055). Visits are counted either way.
 */
export function WorkspaceNav({ isOpen }: { isOpen: boolean }) {
  const { permissions, slug, href } = useWorkspace()
  const { pathname } = useLocation()
  const isPhone = usePhone()
  const groups = navGroups(permissions)
  const [visits, setVisits] = useState<Visits>(() => readVisits(slug))

  const prefix = href()
  const place = pathname.startsWith(prefix) ? entryOf(groups, pathname.slice(prefix.length))?.to : undefined
  // counted in the commit that shows the place (a layout effect), so a visit is never lost to a quick
  // navigation away before a passive effect would have run (the phone journey caught it under load)
  useLayoutEffect(() => {
    if (place === undefined) return
    const next = { ...readVisits(slug), [place]: (readVisits(slug)[place] ?? 0) + 1 }
    try {
      globalThis.localStorage?.setItem(visitsKey(slug), JSON.stringify(next))
    } catch {
      // storage full or refused: the menu keeps its usual order
    }
    setVisits(next)
  }, [place, slug])

  if (isPhone && !isOpen) return null
  const shown = isPhone ? withMostUsed(groups, visits) : groups
  return (
    <div className="nav-groups">
      {shown.map((group) => (
        <NavSection key={group.label} group={group} />
      ))}
    </div>
  )
}

function NavSection({ group }: { group: NavGroup }) {
  const { href, slug } = useWorkspace()
  const id = useId()
  return (
    <section className="nav-group" aria-labelledby={id}>
      <h2 id={id} className="nav-group__title">
        {group.label}
      </h2>
      <ul className="nav-list">
        {group.entries.map((link) => (
          <li key={link.to}>
            <NavLink to={href(link.to)} end={link.end} className="nav-link">
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
    </section>
  )
}
