import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maxPublisherPrBp, publishingShareIssues, standardPublisherShares, writerRetained, type WriterPublishingInput } from './publishing-shares.ts'

const writers = [
  { personId: 'k', shareBp: 5000 },
  { personId: 'c', shareBp: 5000 },
]
const entry = (personId: string, more: Partial<WriterPublishingInput> = {}): WriterPublishingInput => ({
  personId,
  publisherId: 'pub',
  administratorId: null,
  controlled: true,
  prSharePercent: 25,
  mrSharePercent: 50,
  srSharePercent: 50,
  ...more,
})

describe('publishingShareIssues', () => {
  it('accepts the standard deal: half the PR, all of MR and SR', () => {
    expect(publishingShareIssues([entry('k'), entry('c', { administratorId: 'adm' })], writers)).toEqual([])
  })

  it('refuses a PR share above half the writer’s share, naming the field', () => {
    expect(publishingShareIssues([entry('k', { prSharePercent: 25.01 })], writers)).toEqual([
      { path: 'writers.0.prSharePercent', message: "the publisher's PR (performing) share is at most half the writer's share of 50 %, i.e. 25 %" },
    ])
  })

  it('refuses MR or SR above the writer’s share', () => {
    const issues = publishingShareIssues([entry('k', { mrSharePercent: 60, srSharePercent: 50.5 })], writers)
    expect(issues.map((i) => i.path)).toEqual(['writers.0.mrSharePercent', 'writers.0.srSharePercent'])
    expect(issues[0]!.message).toContain('at most the writer')
  })

  it('refuses negative shares, three decimals, unknown and repeated writers', () => {
    const issues = publishingShareIssues([entry('k', { mrSharePercent: -1, srSharePercent: 1.005 }), entry('x'), entry('k')], writers)
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'writers.0.mrSharePercent: a share is 0 % or more',
      'writers.0.srSharePercent: use at most two decimals (0.01 %)',
      'writers.1.personId: not a writer of this work',
      'writers.2.personId: this writer is listed twice',
    ])
  })

  it('needs a publisher for a controlled writer, for an administrator and for any share', () => {
    const issues = publishingShareIssues([entry('k', { publisherId: null, administratorId: 'adm' }), entry('c', { administratorId: 'pub' })], writers)
    expect(issues.map((i) => i.path)).toEqual([
      'writers.0.publisherId',
      'writers.0.administratorId',
      'writers.0.prSharePercent',
      'writers.0.mrSharePercent',
      'writers.0.srSharePercent',
      'writers.1.administratorId',
    ])
    expect(
      publishingShareIssues([entry('k', { publisherId: null, controlled: false, prSharePercent: 0, mrSharePercent: 0, srSharePercent: 0 })], writers),
    ).toEqual([])
  })

  it('refuses shares while the work’s splits are unknown', () => {
    expect(publishingShareIssues([entry('k')], [{ personId: 'k', shareBp: null }])[0]).toMatchObject({
      path: 'writers.0.prSharePercent',
      message: expect.stringContaining('not known yet'),
    })
  })

  it('property: shares within the limits pass, and writer + publisher always make the writer’s share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (shareBp, a, b) => {
          const pr = Math.floor(maxPublisherPrBp(shareBp) * a)
          const mr = Math.floor(shareBp * b)
          const rest = 10_000 - shareBp
          const ws =
            rest > 0
              ? [
                  { personId: 'k', shareBp },
                  { personId: 'o', shareBp: rest },
                ]
              : [{ personId: 'k', shareBp }]
          const issues = publishingShareIssues([entry('k', { prSharePercent: pr / 100, mrSharePercent: mr / 100, srSharePercent: shareBp / 100 })], ws)
          expect(issues).toEqual([])
          const kept = writerRetained(shareBp, { prBp: pr, mrBp: mr, srBp: shareBp })
          expect(kept.prBp + pr).toBe(shareBp)
          expect(kept.prBp).toBeGreaterThanOrEqual(pr)
          const over = publishingShareIssues([entry('k', { prSharePercent: (maxPublisherPrBp(shareBp) + 1) / 100 })], ws)
          expect(over.map((i) => i.path)).toContain('writers.0.prSharePercent')
        },
      ),
    )
  })

  it('standard shares are half PR, full MR and SR', () => {
    expect(standardPublisherShares(3333)).toEqual({ prBp: 1666, mrBp: 3333, srBp: 3333 })
  })
})
