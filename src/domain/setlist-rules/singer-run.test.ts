import { describe, expect, it } from 'vitest'
import { checkSetlist } from './check-setlist.ts'
import { kendallsDraft, NO_RULES, section, song, summerContext } from './reference-world.fixture.ts'

const rules = { ...NO_RULES, maxLeadRun: 2 }

describe('singer-run rule', () => {
  it("accepts Kendall's draft, where nobody leads more than two songs in a row", () => {
    expect(checkSetlist(kendallsDraft(), summerContext(), rules)).toEqual([])
  })

  it('names the singer and points at the whole run, across talks and section markers', () => {
    const list = [
      song('windows-down'),
      { id: 't', type: 'other' as const, otherKind: 'talk' as const },
      song('like-nobodys-around'),
      section('a', 'acoustic'),
      song('we-are'),
      song('elevate'),
    ]
    expect(checkSetlist(list, summerContext(), rules)).toEqual([
      { rule: 'singer-run', message: 'Kendall sings lead on 3 songs in a row (at most 2)', entryIds: ['windows-down', 'like-nobodys-around', 'we-are'] },
    ])
  })

  it('counts a shared lead for each singer, and lets a song with unknown leads break the run', () => {
    const list = [song('like-nobodys-around'), song('untouchable'), song('windows-down')]
    expect(checkSetlist(list, summerContext(), rules)[0]?.entryIds).toEqual(['like-nobodys-around', 'untouchable', 'windows-down'])
    const broken = [song('like-nobodys-around'), song('untouchable'), { id: 'c', type: 'song' as const, title: 'A cover' }, song('windows-down')]
    expect(checkSetlist(broken, summerContext(), rules)).toEqual([])
  })

  it('shows the person id when no name is known', () => {
    const list = [song('windows-down'), song('like-nobodys-around'), song('we-are')]
    expect(checkSetlist(list, summerContext({ personNames: undefined }), rules)[0]?.message).toMatch(/^kendall sings/)
  })
})
