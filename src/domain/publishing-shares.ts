import { type FieldIssue } from './errors.ts'
import { basisPointsToPercent, FULL_SHARE_BASIS_POINTS, percentToBasisPoints } from './writer-shares.ts'

/**
 * Publishing shares, in basis points OF THE WORK (as CWR writes them: SPU 03750 = 37.50 % of the work).
 *
 * A writer's share S of a work splits three ways, one per right:
 * - PR (performing right): the publisher collects at most half of S — the writer always keeps at
 *   least half of the performing income (CWR SPU rule: publisher PR ownership 0–50.00 %);
 * - MR (mechanical right) and SR (synchronisation right): the publisher collects 0 … S.
 * What the publisher does not collect stays with the writer (SWR/OWR shares = S − publisher's).
 * A controlled writer (signed to the submitter's side) needs a publisher; an administrator is
 * optional and only with a publisher.
 */
export interface WriterPublishingInput {
  personId: string
  publisherId: string | null
  administratorId: string | null
  controlled: boolean
  prSharePercent: number
  mrSharePercent: number
  srSharePercent: number
}

export interface WorkWriterShare {
  personId: string
  /** Null while the work's splits are not known. */
  shareBp: number | null
}

export interface PublishingShares {
  prBp: number
  mrBp: number
  srBp: number
}

const RIGHTS = [
  ['prSharePercent', 'PR (performing)'],
  ['mrSharePercent', 'MR (mechanical)'],
  ['srSharePercent', 'SR (synchronisation)'],
] as const

/** The publisher's PR can be at most half the writer's share (rounded down to a basis point). */
export function maxPublisherPrBp(writerShareBp: number): number {
  return Math.floor(writerShareBp / 2)
}

/** The usual deal: the publisher collects half the writer's PR share and all of MR and SR. */
export function standardPublisherShares(writerShareBp: number): PublishingShares {
  return { prBp: maxPublisherPrBp(writerShareBp), mrBp: writerShareBp, srBp: writerShareBp }
}

/** What the writer keeps once the publisher has collected its shares. */
export function writerRetained(writerShareBp: number, publisher: PublishingShares): PublishingShares {
  return { prBp: writerShareBp - publisher.prBp, mrBp: writerShareBp - publisher.mrBp, srBp: writerShareBp - publisher.srBp }
}

/**
 * Field issues of a work's publishing: each entry names a writer of the work once; a controlled
 * writer has a publisher; no shares, administrator or control without a publisher; each share has at
 * most two decimals, is ≥ 0 and within the writer's share (PR within half of it); the publishers'
 * totals stay within 100 % (50 % for PR).
 */
export function publishingShareIssues(entries: readonly WriterPublishingInput[], writers: readonly WorkWriterShare[], path = 'writers'): FieldIssue[] {
  const issues: FieldIssue[] = []
  const shareOf = new Map(writers.map((w) => [w.personId, w.shareBp]))
  const seen = new Set<string>()
  const totals = { prSharePercent: 0, mrSharePercent: 0, srSharePercent: 0 }
  entries.forEach((e, i) => {
    const at = (field: string) => `${path}.${i}.${field}`
    if (seen.has(e.personId)) issues.push({ path: at('personId'), message: 'this writer is listed twice' })
    seen.add(e.personId)
    if (!shareOf.has(e.personId)) {
      issues.push({ path: at('personId'), message: 'not a writer of this work' })
      return
    }
    const writerBp = shareOf.get(e.personId)
    if (e.publisherId === null) {
      if (e.controlled) issues.push({ path: at('publisherId'), message: 'a controlled writer needs a publisher' })
      if (e.administratorId !== null)
        issues.push({ path: at('administratorId'), message: 'an administrator administers a publisher: choose the publisher first' })
    } else if (e.administratorId === e.publisherId) {
      issues.push({ path: at('administratorId'), message: 'the administrator is the publisher itself; leave it empty' })
    }
    for (const [field, label] of RIGHTS) {
      const value = e[field]
      const bp = percentToBasisPoints(value)
      if (bp === null) {
        issues.push({ path: at(field), message: 'use at most two decimals (0.01 %)' })
        continue
      }
      if (bp < 0) {
        issues.push({ path: at(field), message: 'a share is 0 % or more' })
        continue
      }
      if (bp > 0 && e.publisherId === null) {
        issues.push({ path: at(field), message: 'no publisher collects this share: choose a publisher or set 0 %' })
        continue
      }
      if (bp === 0) continue
      if (writerBp === null || writerBp === undefined) {
        issues.push({ path: at(field), message: "the writers' shares of this work are not known yet; set them first" })
        continue
      }
      const max = field === 'prSharePercent' ? maxPublisherPrBp(writerBp) : writerBp
      if (bp > max) {
        issues.push({
          path: at(field),
          message:
            field === 'prSharePercent'
              ? `the publisher's ${label} share is at most half the writer's share of ${basisPointsToPercent(writerBp)} %, i.e. ${basisPointsToPercent(max)} %`
              : `the publisher's ${label} share is at most the writer's share of ${basisPointsToPercent(writerBp)} %`,
        })
        continue
      }
      totals[field] += bp
    }
  })
  if (issues.length === 0) {
    for (const [field, label] of RIGHTS) {
      const limit = field === 'prSharePercent' ? FULL_SHARE_BASIS_POINTS / 2 : FULL_SHARE_BASIS_POINTS
      if (totals[field] > limit)
        issues.push({
          path,
          message: `the publishers' ${label} shares total ${basisPointsToPercent(totals[field])} %, more than ${basisPointsToPercent(limit)} %`,
        })
    }
  }
  return issues
}
