import type { FieldIssue } from './errors.ts'
import { earliestDay, latestDay, type PartialDate } from './partial-date.ts'

/** What the rules read of a release group document (contract/catalog.ts ReleaseGroupBodySchema). */
export interface ReleaseGroupDocument {
  kind: string
  singleOfId?: string | null
  singleOrder?: number | null
  editions: {
    id?: string | null
    preorderDate?: string | null
    releaseDate?: string | null
    tracks: { medium: number; position: number }[]
  }[]
}

/**
 * The rules a release group document must meet on its own, before anything is looked up: only a
 * single is taken from an album, editions are named once, pre-orders do not open after the
 * release, and no two tracks share a medium and position.
 */
export function releaseGroupBodyIssues(body: ReleaseGroupDocument): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (body.kind !== 'single' && body.singleOfId) issues.push({ path: 'singleOfId', message: 'only a single is taken from an album' })
  if (body.kind !== 'single' && body.singleOrder != null) issues.push({ path: 'singleOrder', message: "only a single has a place among an album's singles" })
  const editionIds = new Set<string>()
  body.editions.forEach((edition, n) => {
    if (edition.id) {
      if (editionIds.has(edition.id)) issues.push({ path: `editions.${n}.id`, message: 'this edition is listed twice' })
      editionIds.add(edition.id)
    }
    const pre = edition.preorderDate as PartialDate | null | undefined
    const release = edition.releaseDate as PartialDate | null | undefined
    // With partial dates, refuse only when pre-orders must open after the release (2013-06 with 2013-06-11 is fine).
    if (pre && release && earliestDay(pre) > latestDay(release)) {
      issues.push({ path: `editions.${n}.preorderDate`, message: `pre-orders open (${pre}) after the release (${release})` })
    }
    const taken = new Set<string>()
    edition.tracks.forEach((track, m) => {
      const slot = `${track.medium}:${track.position}`
      if (taken.has(slot))
        issues.push({ path: `editions.${n}.tracks.${m}.position`, message: `another track is already at position ${track.position} on medium ${track.medium}` })
      taken.add(slot)
    })
  })
  return issues
}
