import { describe, expect, it } from 'vitest'
import { bodyOf, draftOf } from './recording-draft.ts'

const draft = { ...draftOf(undefined), workId: 'w', actId: 'a' }

describe('bodyOf', () => {
  it('turns m:ss into seconds and empty boxes into null', () => {
    const { body, issues } = bodyOf({ ...draft, duration: '3:25', tempo: '' })
    expect(issues).toEqual([])
    expect(body).toMatchObject({ durationSeconds: 205, tempoBpm: null, title: null })
  })
  it('says how to write a length it cannot read', () => {
    expect(bodyOf({ ...draft, duration: '3.25' }).issues).toContainEqual({ path: 'durationSeconds', message: 'write the length as m:ss, like 3:25' })
  })
  it('asks for the song and the act', () => {
    const paths = bodyOf(draftOf(undefined)).issues.map((issue) => issue.path)
    expect(paths).toEqual(['workId', 'actId'])
  })
})
