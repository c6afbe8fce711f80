import type { Db } from '../../db/client.ts'
import { listWorksWithWriters } from '../../db/queries/rights.ts'
import type { WriterHoldEnd } from '../../interop/icalendar/hold-end-events.ts'
import { loadRightsOfWorks } from './rights-of-works.ts'

/** Every hold on the person's songs that is in force at all, with its real last day, soonest first. */
export async function listWriterHoldEnds(db: Db, workspaceId: string, personId: string): Promise<WriterHoldEnd[]> {
  const works = await listWorksWithWriters(db, workspaceId, { writerPersonId: personId })
  const rights = await loadRightsOfWorks(
    db,
    workspaceId,
    works.map((w) => w.id),
  )
  return works
    .flatMap((work) => {
      const own = rights.get(work.id)!
      return own.spans
        .filter((span) => span.to >= span.from)
        .map((span) => ({
          holdId: span.hold.id,
          holdVersion: own.holds.find((h) => h.terms.id === span.hold.id)!.version,
          workTitle: work.title,
          holder: span.hold.holder,
          kind: span.hold.kind,
          endsOn: span.to,
          endedByRelease: span.endedByRelease,
        }))
    })
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.workTitle.localeCompare(b.workTitle))
}
