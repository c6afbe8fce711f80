import type { FieldIssue } from '../../api/api-problem.ts'

/** A writer row as typed in the form: the share is still text. */
export interface WriterDraft {
  key: string
  personId: string
  role: string
  share: string
}

/** "33.33" → 3333 basis points; null for text that is not a share with at most two decimals. */
export function shareToBasisPoints(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return null
  return Math.round(Number(trimmed) * 100)
}

/** The total of the shares that can be read, in percent (integer maths, so 33.33 + 33.33 + 33.34 is exactly 100). */
export function shareTotalPercent(writers: readonly WriterDraft[]): number {
  return writers.reduce((sum, w) => sum + (shareToBasisPoints(w.share) ?? 0), 0) / 100
}

/** The same rules the server applies (src/domain/writer-shares.ts), worded the same way, checked before sending. */
export function writerIssues(writers: readonly WriterDraft[]): FieldIssue[] {
  if (writers.length === 0) return []
  const issues: FieldIssue[] = []
  const seen = new Set<string>()
  writers.forEach((w, i) => {
    if (!w.personId) issues.push({ path: `writers.${i}.personId`, message: 'choose who wrote it' })
    else if (seen.has(w.personId)) issues.push({ path: `writers.${i}.personId`, message: 'this writer is listed twice' })
    seen.add(w.personId)
    const bp = shareToBasisPoints(w.share)
    if (bp === null) issues.push({ path: `writers.${i}.sharePercent`, message: 'enter a share like 50 or 33.33' })
    else if (bp <= 0 || bp > 10_000) issues.push({ path: `writers.${i}.sharePercent`, message: 'a share is more than 0 % and at most 100 %' })
  })
  const total = shareTotalPercent(writers)
  if (issues.length === 0 && total !== 100) {
    issues.push({ path: 'writers', message: `the writers' shares total ${total} %; they must total exactly 100 %` })
  }
  return issues
}

/** Shares for `count` writers that add up to exactly 100: 33.34, 33.33, 33.33. */
export function evenShares(count: number): string[] {
  if (count === 0) return []
  const base = Math.floor(10_000 / count)
  const rest = 10_000 - base * count
  return Array.from({ length: count }, (_, i) => String((base + (i < rest ? 1 : 0)) / 100))
}
