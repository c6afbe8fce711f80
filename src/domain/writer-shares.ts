import { type FieldIssue } from './errors.ts'

/** Shares are kept in basis points (1/100 of a percent) so that 100 % is exactly 10 000. */
export const FULL_SHARE_BASIS_POINTS = 10_000

export interface WriterShare {
  personId: string
  sharePercent: number
}

/** Percent with at most two decimals → basis points; null when the value has finer precision. */
export function percentToBasisPoints(percent: number): number | null {
  const bp = Math.round(percent * 100)
  return Math.abs(bp - percent * 100) < 1e-6 ? bp : null
}

export function basisPointsToPercent(bp: number): number {
  return bp / 100
}

/**
 * The writers of a work must be named once each and their shares must total exactly 100 %
 * (to 0.01 %). An empty list is allowed: a work whose writers are not known yet.
 */
export function writerShareIssues(writers: readonly WriterShare[], path = 'writers'): FieldIssue[] {
  if (writers.length === 0) return []
  const issues: FieldIssue[] = []
  const seen = new Set<string>()
  let total = 0
  writers.forEach((w, i) => {
    if (seen.has(w.personId)) issues.push({ path: `${path}.${i}.personId`, message: 'this writer is listed twice' })
    seen.add(w.personId)
    const bp = percentToBasisPoints(w.sharePercent)
    if (bp === null) issues.push({ path: `${path}.${i}.sharePercent`, message: 'use at most two decimals (0.01 %)' })
    else if (bp <= 0 || bp > FULL_SHARE_BASIS_POINTS) issues.push({ path: `${path}.${i}.sharePercent`, message: 'a share is more than 0 % and at most 100 %' })
    else total += bp
  })
  if (issues.length === 0 && total !== FULL_SHARE_BASIS_POINTS) {
    issues.push({
      path,
      message: `the writers' shares total ${basisPointsToPercent(total)} %; they must total exactly 100 %`,
    })
  }
  return issues
}
