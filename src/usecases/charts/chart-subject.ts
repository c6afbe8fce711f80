import type { Db } from '../../db/client.ts'
import { missingActs } from '../../db/queries/acts.ts'
import { editionExists } from '../../db/queries/charts.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { missingRecordings } from '../../db/queries/recordings.ts'
import { findReleaseGroupKind } from '../../db/queries/releases.ts'
import type { FieldIssue } from '../../domain/errors.ts'

/** The ids a chart entry or nomination may name; each one given must be of this workspace. */
export interface SubjectIds {
  actId?: string | null
  personId?: string | null
  releaseGroupId?: string | null
  editionId?: string | null
  recordingId?: string | null
}

const exists: Record<keyof SubjectIds, (db: Db, workspaceId: string, id: string) => Promise<boolean>> = {
  actId: async (db, ws, id) => (await missingActs(db, ws, [id])).size === 0,
  personId: async (db, ws, id) => (await missingPeople(db, ws, [id])).size === 0,
  releaseGroupId: async (db, ws, id) => (await findReleaseGroupKind(db, ws, id)) !== null,
  editionId: editionExists,
  recordingId: async (db, ws, id) => (await missingRecordings(db, ws, [id])).size === 0,
}

const noun: Record<keyof SubjectIds, string> = { actId: 'act', personId: 'person', releaseGroupId: 'release', editionId: 'edition', recordingId: 'recording' }

/** A field issue for every id given that names nothing in this workspace (another workspace's ids included). */
export async function missingSubjectIssues(db: Db, workspaceId: string, ids: SubjectIds): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = []
  for (const field of Object.keys(noun) as (keyof SubjectIds)[]) {
    const id = ids[field]
    if (id && !(await exists[field](db, workspaceId, id))) issues.push({ path: field, message: `no such ${noun[field]} in this workspace` })
  }
  return issues
}
