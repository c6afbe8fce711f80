import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { writerShareIssues } from './writer-shares.ts'

const w = (personId: string, sharePercent: number) => ({ personId, sharePercent })

describe('writer shares', () => {
  it('accepts shares that total exactly 100 %', () => {
    expect(writerShareIssues([w('a', 50), w('b', 50)])).toEqual([])
    expect(writerShareIssues([w('a', 33.33), w('b', 33.33), w('c', 33.34)])).toEqual([])
  })

  it('refuses 60/30 naming the total', () => {
    expect(writerShareIssues([w('a', 60), w('b', 30)])).toEqual([{ path: 'writers', message: "the writers' shares total 90 %; they must total exactly 100 %" }])
  })

  it('refuses 99.5 % and 100.01 %', () => {
    expect(writerShareIssues([w('a', 49.5), w('b', 50)])).toHaveLength(1)
    expect(writerShareIssues([w('a', 50.01), w('b', 50)])).toHaveLength(1)
  })

  it('refuses finer than 0.01 %, zero shares and a writer listed twice', () => {
    expect(writerShareIssues([w('a', 33.333), w('b', 66.667)])[0]?.path).toBe('writers.0.sharePercent')
    expect(writerShareIssues([w('a', 0), w('b', 100)])[0]?.path).toBe('writers.0.sharePercent')
    expect(writerShareIssues([w('a', 50), w('a', 50)])[0]?.path).toBe('writers.1.personId')
  })

  it('accepts any split of 10 000 basis points into positive parts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 8 }), (cuts) => {
        // Turn arbitrary cut points into a partition of 10 000 with positive parts.
        const points = [...new Set(cuts.map((c) => c % 10_000).filter((c) => c > 0))].sort((a, b) => a - b)
        const bounds = [0, ...points, 10_000]
        const writers = bounds.slice(1).map((b, i) => w(`p${i}`, (b - bounds[i]!) / 100))
        expect(writerShareIssues(writers)).toEqual([])
      }),
    )
  })
})
