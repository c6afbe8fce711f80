import { IMPORT_KINDS, MB_IMPORT_BODY_LIMIT } from '../../../../src/contract/imports.ts'
import type { FieldIssue } from '../../api/api-problem.ts'
import type { ImportCountsByKind, MusicBrainzFileResult } from '../../api/imports-api.ts'

/** One chosen file on its way through the import, one request each. */
export type QueuedFile =
  | { name: string; status: 'waiting' | 'importing' }
  | { name: string; status: 'done'; result: MusicBrainzFileResult }
  | { name: string; status: 'failed'; message: string; errors: FieldIssue[] }

const KIND_LABELS: Record<(typeof IMPORT_KINDS)[number], [string, string]> = {
  people: ['person', 'people'],
  acts: ['act', 'acts'],
  memberships: ['membership', 'memberships'],
  works: ['song', 'songs'],
  recordings: ['recording', 'recordings'],
  releaseGroups: ['release', 'releases'],
  editions: ['edition', 'editions'],
}

/** Reads a chosen file's text as JSON; a message for the person when it is not a JSON file we can send. */
export function readDocument(text: string, size: number): { ok: true; document: unknown } | { ok: false; message: string } {
  // The request wraps the document; leave room for the envelope.
  if (size > MB_IMPORT_BODY_LIMIT - 4096) return { ok: false, message: `The file is larger than ${Math.floor(MB_IMPORT_BODY_LIMIT / 1024 / 1024)} MB.` }
  try {
    return { ok: true, document: JSON.parse(text) }
  } catch (err) {
    return { ok: false, message: `This is not a JSON file (${(err as Error).message}). Save the MusicBrainz answer with fmt=json.` }
  }
}

export function emptyCounts(): ImportCountsByKind {
  return Object.fromEntries(IMPORT_KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0 }])) as ImportCountsByKind
}

/** The counts of the imported files together. */
export function totalCounts(files: QueuedFile[]): ImportCountsByKind {
  const total = emptyCounts()
  for (const f of files) {
    if (f.status !== 'done') continue
    for (const k of IMPORT_KINDS) {
      total[k].created += f.result.counts[k].created
      total[k].updated += f.result.counts[k].updated
      total[k].unchanged += f.result.counts[k].unchanged
    }
  }
  return total
}

/** "13 songs and 1 release added, 1 edition filled in" — or "nothing new, 27 already here". */
export function describeCounts(counts: ImportCountsByKind): string {
  const phrase = (outcome: 'created' | 'updated') =>
    IMPORT_KINDS.filter((k) => counts[k][outcome] > 0).map((k) => {
      const n = counts[k][outcome]
      const [one, many] = KIND_LABELS[k]
      return `${n} ${n === 1 ? one : many}`
    })
  const added = phrase('created')
  const filled = phrase('updated')
  const unchanged = IMPORT_KINDS.reduce((n, k) => n + counts[k].unchanged, 0)
  const parts = [added.length ? `${added.join(', ')} added` : '', filled.length ? `${filled.join(', ')} filled in` : ''].filter(Boolean)
  if (parts.length === 0) return unchanged ? `nothing new, ${unchanged} already here` : 'nothing to import'
  return parts.join('; ') + (unchanged ? `; ${unchanged} already here` : '')
}

/** Where the queue stands: for the progress bar and its text. */
export function progressOf(files: QueuedFile[]): { finished: number; total: number; current: QueuedFile | undefined; position: number } {
  const finished = files.filter((f) => f.status === 'done' || f.status === 'failed').length
  const index = files.findIndex((f) => f.status === 'importing')
  return { finished, total: files.length, current: index >= 0 ? files[index] : undefined, position: index + 1 }
}
