import { describe, expect, it } from 'vitest'
import { jaccard, linePoints, tourGrid } from './tour-picture-model.ts'

const show = (showId: string, recordingIds: string[]) => ({
  showId,
  label: showId,
  status: 'feasible' as const,
  proposalId: null,
  versionId: null,
  scoreTotal: 1,
  songCount: recordingIds.length,
  recordingIds,
  explanation: '',
})

describe('tour picture', () => {
  it('measures similarity as shared songs over all songs of both shows', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBeCloseTo(2 / 4)
    expect(jaccard(new Set(['a']), new Set(['b']))).toBe(0)
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(1)
  })

  it('orders songs by how often they are planned and compares each show with the one before', () => {
    const grid = tourGrid([show('s1', ['a', 'b']), show('s2', ['b', 'c']), show('s3', ['b', 'c'])], { a: 'Alpha', b: 'Beta', c: 'Gamma' })
    expect(grid.songs.map((s) => [s.title, s.times])).toEqual([
      ['Beta', 3],
      ['Gamma', 2],
      ['Alpha', 1],
    ])
    expect(grid.jaccard).toHaveLength(2)
    expect(grid.jaccard[0]).toBeCloseTo(1 / 3)
    expect(grid.jaccard[1]).toBe(1)
    expect(grid.shows[1]!.songs.has('c')).toBe(true)
  })

  it('draws 1 at the top and 0 at the bottom', () => {
    expect(linePoints([1, 0], 100, 20)).toBe('0,0 100,20')
    expect(linePoints([], 100, 20)).toBe('')
  })
})
