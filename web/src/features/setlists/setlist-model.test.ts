import { describe, expect, it } from 'vitest'
import type { SetlistEntry } from '../../api/setlists-api.ts'
import { groupBySection, localDiff, moveEntry, nextEntryId, violationOnEntry, violationsByEntry } from './setlist-model.ts'

const song = (id: string, title: string): SetlistEntry => ({ id, type: 'song', title })
const section = (id: string, s: SetlistEntry['section'], title: string): SetlistEntry => ({ id, type: 'section', section: s, title })

describe('set-list helpers', () => {
  it('groups entries under their section marker', () => {
    const groups = groupBySection([song('e0', 'Intro'), section('e1', 'main', 'Main'), song('e2', 'A'), section('e3', 'encore', 'Encore'), song('e4', 'B')])
    expect(groups.map((g) => [g.marker?.id ?? null, g.entries.map((e) => e.id)])).toEqual([
      [null, ['e0']],
      ['e1', ['e2']],
      ['e3', ['e4']],
    ])
  })

  it('moves an entry within bounds only, and numbers new entries above the highest', () => {
    expect(moveEntry(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveEntry(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(nextEntryId([song('e3', 'A'), song('x', 'B'), song('e9', 'C')])).toBe('e10')
  })

  it('puts each violation on the entries it points at, and list-wide ones apart', () => {
    const { list, byEntry } = violationsByEntry([
      { rule: 'duration-window', message: 'Too short', entryIds: [] },
      { rule: 'singer-run', message: 'Run', entryIds: ['e2', 'e3'] },
    ])
    expect(list).toHaveLength(1)
    expect(byEntry.get('e3')?.[0]?.rule).toBe('singer-run')
    const many = violationsByEntry([{ rule: 'duration-window', message: 'Too short: 4 entries have no length', entryIds: ['a', 'b', 'c', 'd'] }])
    expect(many.list).toHaveLength(1)
    expect(violationOnEntry(many.byEntry.get('a')![0]!)).toBe('Running time (see above)')
  })

  it('diffs by entry id: added, removed, a swap as moves, section changes and details', () => {
    const from = [section('s1', 'main', 'Main'), song('a', 'A'), song('b', 'B'), song('c', 'C'), section('s2', 'acoustic', 'Acoustic'), song('d', 'D')]
    const to = [
      section('s1', 'main', 'Main'),
      song('c', 'C'),
      song('b', 'B'),
      song('a', 'A'),
      section('s2', 'acoustic', 'Acoustic'),
      { ...song('e', 'E') },
      { ...song('b2', 'B2') },
    ]
    const d = localDiff(from, to)
    expect(d.added.map((a) => a.key)).toEqual(['e', 'b2'])
    expect(d.removed.map((r) => r.key)).toEqual(['d'])
    expect(d.moved.length).toBeGreaterThanOrEqual(1)
    const swapped = localDiff(from, [from[0]!, from[3]!, from[2]!, from[1]!, from[4]!, { ...from[5]!, notes: 'capo 2' }])
    expect(swapped.changed).toEqual([{ key: 'd', title: 'D', fields: ['notes'] }])
    const resectioned = localDiff(from, [from[0]!, from[1]!, from[2]!, from[4]!, from[3]!, from[5]!])
    expect(resectioned.sectionsChanged).toEqual([{ key: 'c', title: 'C', fromSection: 'Main', toSection: 'Acoustic' }])
  })
})
