import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { ReleaseGroupBodySchema } from '../contract/catalog.ts'
import { releaseGroupBodyIssues } from './release-group-issues.ts'

type ParsedReleaseGroupBody = z.output<typeof ReleaseGroupBodySchema>

const ACT = '00000000-0000-4000-8000-000000000001'
const REC = '00000000-0000-4000-8000-000000000002'
const ALBUM = '00000000-0000-4000-8000-000000000003'

function body(overrides: Partial<ParsedReleaseGroupBody> = {}): ParsedReleaseGroupBody {
  return { actId: ACT, title: '24/Seven', kind: 'album', editions: [], ...overrides }
}

function edition(overrides: Partial<ParsedReleaseGroupBody['editions'][number]> = {}): ParsedReleaseGroupBody['editions'][number] {
  return { name: 'Standard', tracks: [], ...overrides }
}

describe('releaseGroupBodyIssues', () => {
  it('accepts an album whose pre-orders open before its release', () => {
    expect(releaseGroupBodyIssues(body({ editions: [edition({ preorderDate: '2013-05-07', releaseDate: '2013-06-11' })] }))).toEqual([])
  })

  it('refuses pre-orders that must open after the release, naming the edition', () => {
    const issues = releaseGroupBodyIssues(body({ editions: [edition(), edition({ preorderDate: '2013-07', releaseDate: '2013-06-11' })] }))
    expect(issues).toEqual([{ path: 'editions.1.preorderDate', message: 'pre-orders open (2013-07) after the release (2013-06-11)' }])
  })

  it('gives partial dates the benefit of the doubt', () => {
    expect(releaseGroupBodyIssues(body({ editions: [edition({ preorderDate: '2013-06', releaseDate: '2013-06-01' })] }))).toEqual([])
    expect(releaseGroupBodyIssues(body({ editions: [edition({ preorderDate: '2013', releaseDate: '2013-01' })] }))).toEqual([])
  })

  it('refuses two tracks on the same medium and position, but not on different media', () => {
    const tracks = [
      { recordingId: REC, medium: 1, position: 1 },
      { recordingId: REC, medium: 2, position: 1 },
      { recordingId: REC, medium: 1, position: 1 },
    ]
    expect(releaseGroupBodyIssues(body({ editions: [edition({ tracks })] }))).toEqual([
      { path: 'editions.0.tracks.2.position', message: 'another track is already at position 1 on medium 1' },
    ])
  })

  it('allows an album to be taken from only by singles', () => {
    expect(releaseGroupBodyIssues(body({ kind: 'single', singleOfId: ALBUM, singleOrder: 1 }))).toEqual([])
    expect(releaseGroupBodyIssues(body({ kind: 'ep', singleOfId: ALBUM, singleOrder: 1 })).map((i) => i.path)).toEqual(['singleOfId', 'singleOrder'])
  })

  it('refuses the same edition listed twice', () => {
    const id = '00000000-0000-4000-8000-000000000004'
    expect(releaseGroupBodyIssues(body({ editions: [edition({ id }), edition({ id })] })).map((i) => i.path)).toEqual(['editions.1.id'])
  })
})
