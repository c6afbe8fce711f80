import type { SetlistEntry } from '../../contract/setlists.ts'
import type { Db } from '../../db/client.ts'
import { listRecordingFacts } from '../../db/queries/setlists.ts'
import { ValidationError, type FieldIssue } from '../../domain/errors.ts'

/** Entry ids are unique within a version, and songs name recordings of the act in this workspace. */
export async function assertEntriesValid(db: Db, opts: { workspaceId: string; actId: string; entries: SetlistEntry[]; path?: string }): Promise<void> {
  const path = opts.path ?? 'entries'
  const issues: FieldIssue[] = []
  const seen = new Set<string>()
  opts.entries.forEach((e, i) => {
    if (seen.has(e.id)) issues.push({ path: `${path}.${i}.id`, message: `another entry already has the id ${JSON.stringify(e.id)}` })
    seen.add(e.id)
    if (e.type === 'song' && !e.recordingId && !e.title?.trim())
      issues.push({ path: `${path}.${i}.recordingId`, message: 'a song names a recording of the act, or a title' })
  })
  const ids = [...new Set(opts.entries.flatMap((e) => (e.recordingId ? [e.recordingId] : [])))]
  const facts = await listRecordingFacts(db, opts.workspaceId, ids)
  const ofAct = new Set(facts.filter((f) => f.actId === opts.actId).map((f) => f.id))
  opts.entries.forEach((e, i) => {
    if (e.recordingId && !ofAct.has(e.recordingId)) issues.push({ path: `${path}.${i}.recordingId`, message: "not a recording of this act's repertoire" })
  })
  if (issues.length) throw new ValidationError(issues)
}
