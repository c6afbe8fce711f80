import { loadPublishing } from '../../db/queries/publishing.ts'
import { getWorkspaceRow } from '../../db/queries/workspaces.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

/** A file-name-safe form of a title (ASCII letters, digits and dashes). */
export function fileSlug(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'work'
  )
}

/** The split sheet of a work as a PDF ready to sign. */
export async function workSplitSheet(deps: Deps, actor: Actor, workId: string): Promise<{ fileName: string; body: Buffer }> {
  await readerOf(deps, actor, 'publishing')
  const [work] = await loadPublishing(deps.db, actor.workspaceId, [workId])
  if (!work) throw new NotFoundError('work', workId)
  const ws = await getWorkspaceRow(deps.db, actor.workspaceId)
  // Loaded on the first split sheet, not at start (ADR 026).
  const { splitSheetPdf } = await import('../../interop/split-sheet/split-sheet-pdf.ts')
  const bytes = await splitSheetPdf({
    title: work.title,
    iswc: work.iswc,
    preparedBy: ws?.name ?? '',
    preparedOn: deps.clock.now().toISOString().slice(0, 10),
    recordings: [...new Set(work.recordingTitles)],
    writers: work.writers.map((w) => ({
      name: w.personName,
      role: w.role,
      sharePercent: w.sharePercent,
      ipiNameNumber: w.ipiNameNumber,
      society: w.society,
      publisher: w.publisher,
      administrator: w.administrator,
      controlled: w.controlled,
      prSharePercent: w.prSharePercent,
      mrSharePercent: w.mrSharePercent,
      srSharePercent: w.srSharePercent,
    })),
  })
  return { fileName: `split-sheet-${fileSlug(work.title)}.pdf`, body: Buffer.from(bytes) }
}
