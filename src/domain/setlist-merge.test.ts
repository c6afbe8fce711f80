import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SetlistEntry } from './setlist.ts'
import { mergeSetlists, mergeWithChoices, sameEntry } from './setlist-merge.ts'

const song = (id: string, recordingId: string, extra: Partial<SetlistEntry> = {}): SetlistEntry => ({ id, type: 'song', recordingId, ...extra })
const section = (id: string, kind: NonNullable<SetlistEntry['section']>): SetlistEntry => ({ id, type: 'section', section: kind })
const ids = (list: readonly SetlistEntry[]) => list.map((e) => e.id)

// The summer draft, cut down: Kendall's version that James and Carlos both change.
const base = [
  section('main', 'main'),
  song('k1', 'like-nobodys-around'),
  song('k2', 'boyfriend'),
  song('k3', 'worldwide'),
  section('encore', 'encore'),
  song('k4', 'elevate'),
]

describe('mergeSetlists', () => {
  it('combines an addition on one side with a move and an edit on the other', () => {
    const mine = [...base.slice(0, 4), song('e7', 'we-are'), ...base.slice(4)] // James adds We Are after Worldwide
    const theirs = [base[0]!, base[2]!, { ...base[1]!, notes: 'capo 2' }, ...base.slice(3)] // Carlos swaps the openers and adds a note
    const { merged, conflicts } = mergeSetlists(base, mine, theirs)
    expect(conflicts).toEqual([])
    expect(ids(merged)).toEqual(['main', 'k2', 'k1', 'k3', 'e7', 'encore', 'k4'])
    expect(merged[2]).toEqual({ ...base[1], notes: 'capo 2' })
  })

  it('keeps both songs when both sides added a different one under the same new id', () => {
    const mine = [...base, song('e7', 'we-are')]
    const theirs = [...base, song('e7', 'amazing')]
    const { merged, conflicts } = mergeSetlists(base, mine, theirs)
    expect(conflicts).toEqual([])
    expect(merged.slice(-2)).toEqual([song('e7', 'amazing'), song('e7-2', 'we-are')])
  })

  it('adds the same song once when both sides added it', () => {
    const { merged } = mergeSetlists(base, [...base, song('e7', 'we-are')], [...base, song('x9', 'we-are')])
    expect(merged.filter((e) => e.recordingId === 'we-are')).toEqual([song('x9', 'we-are')])
  })

  it('lists a field both changed differently, takes theirs by default and mine when chosen', () => {
    const mine = base.map((e) => (e.id === 'k2' ? { ...e, keyOverride: 'D' as const, notes: 'slow intro' } : e))
    const theirs = base.map((e) => (e.id === 'k2' ? { ...e, keyOverride: 'E' as const, arrangement: 'acoustic' } : e))
    const { merged, conflicts } = mergeSetlists(base, mine, theirs)
    expect(conflicts).toEqual([{ entryId: 'k2', kind: 'edited-both', mine: mine[2], theirs: theirs[2], fields: ['keyOverride'], chosen: 'theirs' }])
    expect(merged[2]).toEqual({ ...base[2], keyOverride: 'E', notes: 'slow intro', arrangement: 'acoustic' })
    expect(mergeWithChoices(base, mine, theirs, { k2: 'mine' }).merged[2]).toEqual({
      ...base[2],
      keyOverride: 'D',
      notes: 'slow intro',
      arrangement: 'acoustic',
    })
  })

  it('lists an entry removed on one side and edited on the other', () => {
    const mine = base.filter((e) => e.id !== 'k3')
    const theirs = base.map((e) => (e.id === 'k3' ? { ...e, guests: ['Victoria Justice'] } : e))
    const removedByMe = mergeSetlists(base, mine, theirs)
    expect(removedByMe.conflicts).toMatchObject([{ entryId: 'k3', kind: 'removed-mine-edited-theirs', mine: null, chosen: 'theirs' }])
    expect(ids(removedByMe.merged)).toContain('k3')
    expect(ids(mergeWithChoices(base, mine, theirs, { k3: 'mine' }).merged)).not.toContain('k3')

    const removedByThem = mergeSetlists(base, theirs, mine)
    expect(removedByThem.conflicts).toMatchObject([{ entryId: 'k3', kind: 'removed-theirs-edited-mine', theirs: null }])
    expect(ids(removedByThem.merged)).not.toContain('k3')
    expect(ids(mergeWithChoices(base, theirs, mine, { k3: 'mine' }).merged)).toEqual(ids(base))
  })

  it('lists an entry both moved to different places', () => {
    const mine = [base[0]!, base[3]!, base[1]!, base[2]!, ...base.slice(4)] // Worldwide opens
    const theirs = [base[0]!, base[1]!, base[2]!, base[4]!, base[3]!, base[5]!] // Worldwide into the encore
    const { merged, conflicts } = mergeSetlists(base, mine, theirs)
    expect(conflicts).toMatchObject([{ entryId: 'k3', kind: 'moved-both', chosen: 'theirs' }])
    expect(ids(merged)).toEqual(ids(theirs))
    expect(ids(mergeWithChoices(base, mine, theirs, { k3: 'mine' }).merged)).toEqual(ids(mine))
  })
})

// Sides made from a base by a few random removals, moves, edits and additions.
const RECORDINGS = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
const entryArb = (id: string) =>
  fc
    .record({ recordingId: fc.constantFrom(...RECORDINGS), notes: fc.option(fc.constantFrom('capo 2', 'slow', 'long outro'), { nil: undefined }) })
    .map(({ recordingId, notes }) => song(id, recordingId, notes ? { notes } : {}))
const baseArb = fc.integer({ min: 0, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => entryArb(`b${i}`))))

type Op = { op: 'remove' | 'move' | 'edit' | 'add'; at: number; to: number; value: string; id: number }
const opArb: fc.Arbitrary<Op> = fc.record({
  op: fc.constantFrom('remove', 'move', 'edit', 'add'),
  at: fc.nat(20),
  to: fc.nat(20),
  value: fc.constantFrom('capo 2', 'slow', 'in the round', ''),
  id: fc.nat(3),
})

function apply(list: readonly SetlistEntry[], ops: readonly Op[], recording: (n: number) => string): SetlistEntry[] {
  const out = [...list]
  for (const o of ops) {
    const i = out.length ? o.at % out.length : 0
    if (o.op === 'add') {
      const id = `n${o.id}`
      if (!out.some((e) => e.id === id)) out.splice(o.at % (out.length + 1), 0, song(id, recording(o.to)))
    } else if (out.length === 0) continue
    else if (o.op === 'remove') out.splice(i, 1)
    else if (o.op === 'move') out.splice(o.to % out.length, 0, out.splice(i, 1)[0]!)
    else out[i] = o.value ? { ...out[i]!, notes: o.value } : { ...out[i]!, notes: undefined }
  }
  return out
}

const sidesArb = fc.tuple(baseArb, fc.array(opArb, { maxLength: 6 }), fc.array(opArb, { maxLength: 6 })).map(([b, mineOps, theirOps]) => ({
  base: b,
  mine: apply(b, mineOps, (n) => RECORDINGS[n % RECORDINGS.length]!),
  theirs: apply(b, theirOps, (n) => RECORDINGS[(n + 3) % RECORDINGS.length]!),
}))

describe('mergeSetlists properties', () => {
  it('is one side when the other did nothing, and that side when both did the same', () => {
    fc.assert(
      fc.property(sidesArb, ({ base: b, mine: x, theirs: y }) => {
        expect(mergeSetlists(b, x, b)).toEqual({ merged: x, conflicts: [] })
        expect(mergeSetlists(b, b, y)).toEqual({ merged: y, conflicts: [] })
        expect(mergeSetlists(b, x, x)).toEqual({ merged: x, conflicts: [] })
      }),
      { numRuns: 300 },
    )
  })

  it('never duplicates an entry, keeps all their additions and every addition of mine they did not make too', () => {
    fc.assert(
      fc.property(sidesArb, fc.boolean(), ({ base: b, mine, theirs }, preferMine) => {
        const { merged } = mergeSetlists(b, mine, theirs, { choose: () => (preferMine ? 'mine' : 'theirs') })
        expect(new Set(ids(merged)).size).toBe(merged.length)
        const inBase = new Set(ids(b))
        for (const t of theirs.filter((e) => !inBase.has(e.id))) {
          expect(ids(merged)).toContain(t.id)
          if (!preferMine) expect(merged).toContainEqual(t)
        }
        const theirAddedSongs = new Set(theirs.filter((e) => !inBase.has(e.id)).map((e) => e.recordingId))
        for (const m of mine.filter((e) => !inBase.has(e.id) && !theirAddedSongs.has(e.recordingId))) {
          expect(merged.some((e) => sameEntry(e, m))).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('drops what one side removed and the other left alone, and keeps one side’s lone edits', () => {
    fc.assert(
      fc.property(sidesArb, ({ base: b, mine, theirs }) => {
        const { merged, conflicts } = mergeSetlists(b, mine, theirs)
        const byId = (list: readonly SetlistEntry[]) => new Map(list.map((e) => [e.id, e]))
        const [m, t, out] = [byId(mine), byId(theirs), byId(merged)]
        for (const e of b) {
          const [mine_, theirs_] = [m.get(e.id), t.get(e.id)]
          if (!mine_ && (!theirs_ || sameEntry(e, theirs_))) expect(out.has(e.id)).toBe(false)
          if (!theirs_ && (!mine_ || sameEntry(e, mine_))) expect(out.has(e.id)).toBe(false)
          if (mine_ && theirs_ && sameEntry(e, theirs_)) expect(sameEntry(out.get(e.id)!, mine_)).toBe(true)
          if (mine_ && theirs_ && sameEntry(e, mine_)) expect(sameEntry(out.get(e.id)!, theirs_)).toBe(true)
        }
        // Every conflict names an entry both sides touched, and the default is theirs.
        for (const c of conflicts) expect(c.chosen).toBe('theirs')
      }),
      { numRuns: 300 },
    )
  })

  it('keeps their order when I moved nothing', () => {
    fc.assert(
      fc.property(sidesArb, ({ base: b, theirs }) => {
        const mine = b.filter((_, i) => i % 2 === 0) // removals only: nothing of mine moved
        const { merged } = mergeSetlists(b, mine, theirs)
        const kept = new Set(ids(merged))
        expect(ids(merged)).toEqual(ids(theirs).filter((id) => kept.has(id)))
      }),
      { numRuns: 200 },
    )
  })
})
