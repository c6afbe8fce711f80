import type { Hold, AvailabilityState } from '../../contract/rights.ts'
import type { Db } from '../../db/client.ts'
import { listHoldRecords, listWorkReleaseDates, type HoldRecord } from '../../db/queries/rights.ts'
import { availabilityText, holdSpan, releaseDay, type Availability, type HoldSpan } from '../../domain/availability.ts'

/** Holds and release days of some works, loaded together: what every rights answer starts from. */
export interface WorkRights {
  holds: HoldRecord[]
  releaseDays: string[]
  spans: HoldSpan[]
}

/** Today as a day (UTC): holds are agreed in whole days, and a workspace has no home zone. */
export const todayOf = (now: Date) => now.toISOString().slice(0, 10)

export async function loadRightsOfWorks(db: Db, workspaceId: string, workIds: readonly string[]): Promise<Map<string, WorkRights>> {
  const [holds, releases] = await Promise.all([listHoldRecords(db, workspaceId, { workIds }), listWorkReleaseDates(db, workspaceId, workIds)])
  const result = new Map<string, WorkRights>()
  for (const workId of workIds) {
    const own = holds.filter((h) => h.workId === workId)
    const releaseDays = [...new Set((releases.get(workId) ?? []).map(releaseDay))].sort()
    result.set(workId, { holds: own, releaseDays, spans: own.map((h) => holdSpan(h.terms, releaseDays)) })
  }
  return result
}

export function presentHold(record: HoldRecord, releaseDays: readonly string[]): Hold {
  const span = holdSpan(record.terms, releaseDays)
  const { terms } = record
  return {
    id: terms.id,
    workId: record.workId,
    holder: terms.holder,
    kind: terms.kind,
    startsOn: terms.startsOn,
    period: terms.period,
    endsOn: terms.endsOn,
    endsOnRelease: terms.endsOnRelease,
    nominalEndsOn: span.nominalTo,
    effectiveEndsOn: span.to,
    endedByRelease: span.endedByRelease,
    notes: record.notes,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  }
}

export function presentAvailability(availability: Availability): AvailabilityState {
  return { ...availability, text: availabilityText(availability) }
}
