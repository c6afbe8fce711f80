import type { Permissions } from './permissions.ts'

/** One place in the workspace's menu. `to` is relative to the workspace (`''` is its home). */
export interface NavEntry {
  to: string
  label: string
  end?: boolean
  badge?: boolean
}

export interface NavGroup {
  label: string
  entries: NavEntry[]
}

/**
 * The workspace's menu grouped by what people do (issue 14): today, the live work, the music, the
 * business, and people with settings. A role sees only the places it may act in; reading places are
 * open to every role, as the server's own read rules are.
 */
export function navGroups(permissions: Permissions): NavGroup[] {
  const groups: NavGroup[] = [
    {
      label: 'Today',
      entries: [
        { to: '', label: 'Home', end: true },
        { to: '/inbox', label: 'Inbox', badge: true },
        { to: '/my-days', label: 'My days' },
      ],
    },
    {
      label: 'Live',
      entries: [
        { to: '/tours', label: 'Tours' },
        { to: '/hotels', label: 'Hotels' },
        { to: '/shows', label: 'Shows' },
        { to: '/setlists', label: 'Set lists' },
        { to: '/planner', label: 'Planner' },
        { to: '/calendar', label: 'Calendars' },
        { to: '/commitments', label: 'Commitments' },
        { to: '/conflicts', label: 'Conflicts' },
        { to: '/venues', label: 'Venues' },
      ],
    },
    {
      label: 'Music',
      entries: [
        { to: '/songs', label: 'Songs' },
        { to: '/my-free-songs', label: 'My free songs' },
        { to: '/recordings', label: 'Recordings' },
        { to: '/releases', label: 'Releases' },
        { to: '/registrations', label: 'Registrations' },
      ],
    },
    {
      label: 'Business',
      entries: [
        { to: '/placements', label: 'TV placements' },
        { to: '/organizations', label: 'Organisations' },
      ],
    },
    {
      label: 'People and settings',
      entries: [
        { to: '/people', label: 'People' },
        { to: '/acts', label: 'Acts' },
        ...(permissions.canInvite ? [{ to: '/settings', label: 'Members & invites' }] : []),
        ...(permissions.canEditCatalog ? [{ to: '/imports/musicbrainz', label: 'Import from MusicBrainz' }] : []),
      ],
    },
  ]
  return groups.filter((g) => g.entries.length > 0)
}

/** How often each place was opened, by its `to`; kept per workspace on the device. */
export type Visits = Record<string, number>

/** The entry a path belongs to: the longest `to` it starts with (home only for itself). */
export function entryOf(groups: NavGroup[], path: string): NavEntry | undefined {
  let best: NavEntry | undefined
  for (const entry of groups.flatMap((g) => g.entries)) {
    const hit = entry.to === '' ? path === '' || path === '/' : path === entry.to || path.startsWith(`${entry.to}/`)
    if (hit && (!best || entry.to.length > best.to.length)) best = entry
  }
  return best
}

export const MOST_USED = 'Most used'

/**
 * On a phone, a member's most used places come first (issue 14): the `count` places opened at least
 * `atLeast` times, most opened first (ties keep the menu's order), move to a group of their own at the
 * top, so each place is still listed once. Until something has been opened that often, the menu is as is.
 */
export function withMostUsed(groups: NavGroup[], visits: Visits, count = 4, atLeast = 3): NavGroup[] {
  const order = groups.flatMap((g) => g.entries)
  const top = order
    .map((entry, index) => ({ entry, index, n: visits[entry.to] ?? 0 }))
    .filter((x) => x.n >= atLeast)
    .sort((a, b) => b.n - a.n || a.index - b.index)
    .slice(0, count)
    .map((x) => x.entry)
  if (top.length === 0) return groups
  const moved = new Set(top.map((e) => e.to))
  return [
    { label: MOST_USED, entries: top },
    ...groups.map((g) => ({ ...g, entries: g.entries.filter((e) => !moved.has(e.to)) })).filter((g) => g.entries.length > 0),
  ]
}
