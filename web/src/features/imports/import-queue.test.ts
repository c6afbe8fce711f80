import { describe, expect, it } from 'vitest'
import type { MusicBrainzFileResult } from '../../api/imports-api.ts'
import { describeCounts, emptyCounts, progressOf, readDocument, totalCounts, type QueuedFile } from './import-queue.ts'

function result(name: string, change: (c: MusicBrainzFileResult['counts']) => void): QueuedFile {
  const counts = emptyCounts()
  change(counts)
  return { name, status: 'done', result: { name, kind: 'release', search: false, entities: 1, counts, worksNeedingSplits: 0, warnings: [] } }
}

describe('the MusicBrainz import queue', () => {
  it('reads JSON and explains a file that is not', () => {
    expect(readDocument('{"id":"x"}', 10)).toEqual({ ok: true, document: { id: 'x' } })
    const bad = readDocument('<html>', 6)
    expect(bad.ok).toBe(false)
    expect(!bad.ok && bad.message).toMatch(/^This is not a JSON file \(.+\)\. Save the MusicBrainz answer with fmt=json\.$/)
    expect(readDocument('{}', 11 * 1024 * 1024)).toEqual({ ok: false, message: 'The file is larger than 10 MB.' })
  })

  it('adds up the files that were imported and says what changed', () => {
    const files: QueuedFile[] = [
      result('a.json', (c) => {
        c.works.created = 13
        c.releaseGroups.created = 1
        c.people.unchanged = 2
      }),
      { name: 'b.json', status: 'failed', message: 'no', errors: [] },
      result('c.json', (c) => {
        c.editions.updated = 1
        c.people.created = 1
      }),
    ]
    const total = totalCounts(files)
    expect(total.works).toEqual({ created: 13, updated: 0, unchanged: 0 })
    expect(describeCounts(total)).toBe('1 person, 13 songs, 1 release added; 1 edition filled in; 2 already here')
    expect(
      describeCounts(
        totalCounts([
          result('d.json', (c) => {
            c.works.unchanged = 4
          }),
        ]),
      ),
    ).toBe('nothing new, 4 already here')
    expect(describeCounts(emptyCounts())).toBe('nothing to import')
  })

  it('tells which file of how many is being imported', () => {
    const files: QueuedFile[] = [result('a.json', () => {}), { name: 'b.json', status: 'importing' }, { name: 'c.json', status: 'waiting' }]
    expect(progressOf(files)).toEqual({ finished: 1, total: 3, current: files[1], position: 2 })
    expect(progressOf([result('a.json', () => {})])).toMatchObject({ finished: 1, total: 1, current: undefined })
  })
})
