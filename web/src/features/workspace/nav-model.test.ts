import { describe, expect, it } from 'vitest'
import { entryOf, MOST_USED, navGroups, withMostUsed } from './nav-model.ts'
import { permissionsOf } from './permissions.ts'

const labels = (groups: ReturnType<typeof navGroups>) => groups.map((g) => [g.label, g.entries.map((e) => e.label)])

describe('the workspace menu', () => {
  it('groups places by what people do, and every place is listed once', () => {
    const groups = navGroups(permissionsOf('owner'))
    expect(groups.map((g) => g.label)).toEqual(['Today', 'Live', 'Music', 'Business', 'People and settings'])
    const tos = groups.flatMap((g) => g.entries.map((e) => e.to))
    expect(new Set(tos).size).toBe(tos.length)
    expect(tos).toContain('/planner')
  })

  it('offers the places a role may act in: a viewer has no invites and no importer', () => {
    const viewer = navGroups(permissionsOf('viewer')).flatMap((g) => g.entries.map((e) => e.to))
    expect(viewer).not.toContain('/settings')
    expect(viewer).not.toContain('/imports/musicbrainz')
    expect(navGroups(permissionsOf('manager')).flatMap((g) => g.entries.map((e) => e.to))).toContain('/settings')
  })

  it('finds the place a page belongs to by the longest prefix; home only for itself', () => {
    const groups = navGroups(permissionsOf('owner'))
    expect(entryOf(groups, '/setlists/abc/diff')?.label).toBe('Set lists')
    expect(entryOf(groups, '')?.label).toBe('Home')
    expect(entryOf(groups, '/tours-archive')).toBeUndefined()
    expect(entryOf(groups, '/planner/act-1')?.label).toBe('Planner')
  })

  it('moves a member’s most used places to the top, once each, most opened first', () => {
    const groups = navGroups(permissionsOf('member'))
    const ordered = withMostUsed(groups, { '/setlists': 9, '/my-days': 5, '/songs': 5, '/tours': 1 }, 4, 3)
    expect(ordered[0]).toEqual({ label: MOST_USED, entries: expect.any(Array) })
    // ties keep the menu's order: My days (Today) before Songs (Music)
    expect(ordered[0]!.entries.map((e) => e.label)).toEqual(['Set lists', 'My days', 'Songs'])
    const all = ordered.flatMap((g) => g.entries.map((e) => e.to))
    expect(new Set(all).size).toBe(all.length)
    expect(all.length).toBe(groups.flatMap((g) => g.entries).length)
    expect(labels(ordered).find(([l]) => l === 'Live')![1]).not.toContain('Set lists')
  })

  it('keeps the menu as it is until a place has been opened often enough', () => {
    const groups = navGroups(permissionsOf('member'))
    expect(withMostUsed(groups, { '/setlists': 2 }, 4, 3)).toBe(groups)
    expect(withMostUsed(groups, {}, 4, 3)).toBe(groups)
  })
})
