import { setlistAsCsv } from '../../interop/stage/setlist-csv.ts'
import { setlistAsText } from '../../interop/stage/setlist-text.ts'
import type { Actor, Deps } from '../deps.ts'
import { getProposal, getVersion } from './get-proposal.ts'

export type StageFormat = 'pdf' | 'txt' | 'csv'

/** A version as a stage sheet: one-page PDF (large type), plain text or CSV, titled by its proposal. */
export async function stageSetlist(deps: Deps, actor: Actor, versionId: string, opts: { format: StageFormat; showKeys: boolean; showNotes: boolean }) {
  const version = await getVersion(deps, actor, versionId)
  const proposal = await getProposal(deps, actor, version.proposalId)
  const sheet = { title: `${proposal.title} (v${version.number})`, entries: version.entries }
  const fileName = `${
    proposal.title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'setlist'
  }-v${version.number}`
  switch (opts.format) {
    case 'pdf': {
      // Loaded on the first PDF, not at start: pdf-lib and its fonts are most of the server's import time (ADR 026).
      const { stageSetlistPdf } = await import('../../interop/stage/stage-pdf.ts')
      return {
        body: Buffer.from(await stageSetlistPdf(sheet, { showKeys: opts.showKeys, showNotes: opts.showNotes })),
        contentType: 'application/pdf',
        fileName: `${fileName}.pdf`,
      }
    }
    case 'txt':
      return { body: setlistAsText(sheet), contentType: 'text/plain; charset=utf-8', fileName: `${fileName}.txt` }
    case 'csv':
      return { body: setlistAsCsv(sheet), contentType: 'text/csv; charset=utf-8', fileName: `${fileName}.csv` }
  }
}
