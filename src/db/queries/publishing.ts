import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../client.ts'
import {
  organizations,
  people,
  publishingSettings,
  recordings,
  workPublishing,
  workRegistrations,
  workWriters,
  works,
  writerProfiles,
  writerPublishers,
} from '../schema/index.ts'
import type { Party, PublishingSettings, WorkPublishing, WorkRegistration, WriterPublishing } from '../../contract/publishing.ts'
import type { RegistrationState } from '../../domain/registration-status.ts'
import { basisPointsToPercent } from '../../domain/writer-shares.ts'

type OrgRow = typeof organizations.$inferSelect
const party = (o: OrgRow | undefined | null): Party | null => (o ? { id: o.id, name: o.name, ipiNameNumber: o.ipiNameNumber, society: o.society } : null)

async function organizationsById(db: Db, workspaceId: string, ids: (string | null)[]): Promise<Map<string, OrgRow>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))]
  if (wanted.length === 0) return new Map()
  const rows = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.workspaceId, workspaceId), inArray(organizations.id, wanted)))
  return new Map(rows.map((r) => [r.id, r]))
}

function presentRegistration(r: typeof workRegistrations.$inferSelect): WorkRegistration {
  return {
    id: r.id,
    society: r.society,
    submitterWorkCode: r.submitterWorkCode,
    status: r.status as RegistrationState,
    statusCode: r.statusCode,
    statusDate: r.statusDate,
    societyWorkCode: r.societyWorkCode,
    message: r.message,
    transmissionFile: r.transmissionFile,
    updatedAt: r.updatedAt.toISOString(),
  }
}

/** The registration that tells the work's current state: the latest status date, a society's word over our own submission. */
export function currentRegistration(regs: readonly WorkRegistration[]): WorkRegistration | null {
  const sorted = [...regs].sort(
    (a, b) => b.statusDate.localeCompare(a.statusDate) || Number(a.society === 'CWR') - Number(b.society === 'CWR') || b.updatedAt.localeCompare(a.updatedAt),
  )
  return sorted[0] ?? null
}

export interface PublishingData {
  works: (WorkPublishing & { durationSeconds: number | null; recordingTitles: string[] })[]
}

/**
 * The publishing of works (all of a workspace's works when `workIds` is omitted): each writer of the
 * work with their profile, publisher, administrator and shares (writers without a saved row come back
 * uncontrolled with 0 %), the submitter work code and the registrations.
 */
export async function loadPublishing(db: Db, workspaceId: string, workIds?: readonly string[]): Promise<PublishingData['works']> {
  const workFilter = workIds ? and(eq(works.workspaceId, workspaceId), inArray(works.id, [...workIds])) : eq(works.workspaceId, workspaceId)
  if (workIds && workIds.length === 0) return []
  const workRows = await db.select().from(works).where(workFilter).orderBy(asc(works.title), asc(works.id))
  if (workRows.length === 0) return []
  const ids = workRows.map((w) => w.id)
  const [writerRows, docRows, pubRows, regRows, recRows] = await Promise.all([
    db
      .select({
        workId: workWriters.workId,
        personId: workWriters.personId,
        personName: people.name,
        role: workWriters.role,
        shareBp: workWriters.shareBp,
        ipi: writerProfiles.ipiNameNumber,
        society: writerProfiles.society,
      })
      .from(workWriters)
      .innerJoin(people, and(eq(people.workspaceId, workWriters.workspaceId), eq(people.id, workWriters.personId)))
      .leftJoin(writerProfiles, and(eq(writerProfiles.workspaceId, workWriters.workspaceId), eq(writerProfiles.personId, workWriters.personId)))
      .where(and(eq(workWriters.workspaceId, workspaceId), inArray(workWriters.workId, ids)))
      .orderBy(asc(workWriters.position)),
    db
      .select()
      .from(workPublishing)
      .where(and(eq(workPublishing.workspaceId, workspaceId), inArray(workPublishing.workId, ids))),
    db
      .select()
      .from(writerPublishers)
      .where(and(eq(writerPublishers.workspaceId, workspaceId), inArray(writerPublishers.workId, ids))),
    db
      .select()
      .from(workRegistrations)
      .where(and(eq(workRegistrations.workspaceId, workspaceId), inArray(workRegistrations.workId, ids)))
      .orderBy(asc(workRegistrations.society)),
    db
      .select({ workId: recordings.workId, title: recordings.title, durationSeconds: recordings.durationSeconds })
      .from(recordings)
      .where(and(eq(recordings.workspaceId, workspaceId), inArray(recordings.workId, ids)))
      .orderBy(asc(recordings.createdAt), asc(recordings.id)),
  ])
  const orgs = await organizationsById(
    db,
    workspaceId,
    pubRows.flatMap((p) => [p.publisherId, p.administratorId]),
  )
  return workRows.map((w) => {
    const doc = docRows.find((d) => d.workId === w.id)
    const writers: WriterPublishing[] = writerRows
      .filter((x) => x.workId === w.id)
      .map((x) => {
        const p = pubRows.find((r) => r.workId === w.id && r.personId === x.personId)
        const pr = p?.prShareBp ?? 0
        const mr = p?.mrShareBp ?? 0
        const sr = p?.srShareBp ?? 0
        const share = x.shareBp as number | null
        return {
          personId: x.personId,
          personName: x.personName,
          role: x.role,
          sharePercent: share === null ? null : basisPointsToPercent(share),
          ipiNameNumber: x.ipi ?? null,
          society: x.society ?? null,
          publisher: party(p?.publisherId ? orgs.get(p.publisherId) : null),
          administrator: party(p?.administratorId ? orgs.get(p.administratorId) : null),
          controlled: p?.controlled ?? false,
          prSharePercent: basisPointsToPercent(pr),
          mrSharePercent: basisPointsToPercent(mr),
          srSharePercent: basisPointsToPercent(sr),
          writerPrSharePercent: share === null ? null : basisPointsToPercent(share - pr),
          writerMrSharePercent: share === null ? null : basisPointsToPercent(share - mr),
          writerSrSharePercent: share === null ? null : basisPointsToPercent(share - sr),
        }
      })
    const registrations = regRows.filter((r) => r.workId === w.id).map(presentRegistration)
    const recs = recRows.filter((r) => r.workId === w.id)
    return {
      workId: w.id,
      title: w.title,
      iswc: w.iswc,
      version: doc?.version ?? 0,
      submitterWorkCode: doc?.submitterWorkCode ?? null,
      writers,
      registrations,
      registrationStatus: currentRegistration(registrations)?.status ?? null,
      durationSeconds: recs.find((r) => r.durationSeconds !== null)?.durationSeconds ?? null,
      recordingTitles: recs.map((r) => r.title).filter((t): t is string => !!t),
    }
  })
}

export async function getWorkPublishing(db: Db, workspaceId: string, workId: string): Promise<WorkPublishing | null> {
  const [w] = await loadPublishing(db, workspaceId, [workId])
  if (!w) return null
  const { durationSeconds: _d, recordingTitles: _r, ...rest } = w
  return rest
}

export async function getPublishingSettings(db: Db, workspaceId: string): Promise<PublishingSettings> {
  const [row] = await db.select().from(publishingSettings).where(eq(publishingSettings.workspaceId, workspaceId))
  if (!row) return { submitter: null, senderCode: 'GRN', lastTransmissionYear: 0, lastTransmissionSequence: 0, version: 0 }
  const orgs = await organizationsById(db, workspaceId, [row.submitterId])
  return {
    submitter: party(row.submitterId ? orgs.get(row.submitterId) : null),
    senderCode: row.senderCode,
    lastTransmissionYear: row.lastTransmissionYear,
    lastTransmissionSequence: row.lastTransmissionSequence,
    version: row.version,
  }
}
