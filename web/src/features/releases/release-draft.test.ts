import { describe, expect, it } from 'vitest'
import { bodyOf, draftOf, moveTrack, type TrackDraft } from './release-draft.ts'

const track = (recordingId: string, medium = '1'): TrackDraft => ({ key: recordingId, recordingId, medium })

describe('moveTrack', () => {
  it('moves a track up and down', () => {
    expect(moveTrack(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveTrack(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
  })
  it('leaves the first track first when asked to move it up', () => {
    expect(moveTrack(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
  })
})

describe('bodyOf', () => {
  it('numbers tracks in list order, per disc', () => {
    const draft = { ...draftOf(undefined), actId: 'act' }
    draft.editions = [{ ...draft.editions[0]!, tracks: [track('r1'), track('r2', '2'), track('r3'), track('r4', '2')] }]
    const editions = bodyOf(draft).body.editions as { tracks: unknown[] }[]
    expect(editions[0]?.tracks).toEqual([
      { recordingId: 'r1', medium: 1, position: 1 },
      { recordingId: 'r2', medium: 2, position: 1 },
      { recordingId: 'r3', medium: 1, position: 2 },
      { recordingId: 'r4', medium: 2, position: 2 },
    ])
  })
  it('drops the single fields of an album', () => {
    const { body } = bodyOf({ ...draftOf(undefined), actId: 'act', kind: 'album', singleOfId: 'x', singleOrder: '2' })
    expect(body).toMatchObject({ singleOfId: null, singleOrder: null })
  })
})
