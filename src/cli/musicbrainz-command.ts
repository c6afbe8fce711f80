import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Command } from 'commander'
import { IMPORT_KINDS, type ImportCountsByKind, type MusicBrainzFileResult } from '../contract/imports.ts'
import { readConfig } from '../config/env.ts'
import type { Database } from '../db/client.ts'
import { DomainError, type FieldIssue } from '../domain/errors.ts'
import { resolveWorkspace } from '../usecases/workspaces/resolve-workspace.ts'
import { clockOf } from './open-database.ts'

type WithDatabase = <T>(run: (database: Database) => Promise<T>) => Promise<T>

const KIND_LABELS: Record<(typeof IMPORT_KINDS)[number], string> = {
  people: 'people',
  acts: 'acts',
  memberships: 'memberships',
  works: 'songs (works)',
  recordings: 'recordings',
  releaseGroups: 'release groups',
  editions: 'editions',
}

export interface MusicBrainzCliResult {
  files: MusicBrainzFileResult[]
  failed: { name: string; message: string; errors: FieldIssue[] }[]
  counts: ImportCountsByKind
  worksNeedingSplits: number
}

/** "13 recordings created, 2 editions updated" — only what happened. */
export function describeCounts(counts: ImportCountsByKind): string {
  const parts: string[] = []
  for (const kind of IMPORT_KINDS) {
    const c = counts[kind]
    if (c.created) parts.push(`${c.created} ${KIND_LABELS[kind]} created`)
    if (c.updated) parts.push(`${c.updated} ${KIND_LABELS[kind]} filled in`)
  }
  return parts.length ? parts.join(', ') : 'nothing new'
}

export function describeMusicBrainzImport(r: MusicBrainzCliResult): string {
  const unchanged = IMPORT_KINDS.reduce((n, k) => n + r.counts[k].unchanged, 0)
  const lines = [
    `Imported ${r.files.length} of ${r.files.length + r.failed.length} MusicBrainz files: ${describeCounts(r.counts)}${unchanged ? `; ${unchanged} records already here and unchanged` : ''}.`,
    ...(r.worksNeedingSplits
      ? [`${r.worksNeedingSplits} songs of the workspace have writers without splits: fill them in under Songs ("splits to fill").`]
      : []),
    ...r.files.flatMap((f) => f.warnings.filter((w) => !/writers without splits/.test(w)).map((w) => `warning: ${f.name}: ${w}`)),
  ]
  return lines.join('\n')
}

function emptyCounts(): ImportCountsByKind {
  return Object.fromEntries(IMPORT_KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0 }])) as ImportCountsByKind
}

/** `greenroom import musicbrainz <files…> --workspace <slug> [--json]`. */
export function addMusicBrainzCommand(importCommand: Command, withDatabase: WithDatabase): void {
  importCommand
    .command('musicbrainz <files...>')
    .description(
      'Import MusicBrainz ws/2 JSON files (lookups of artists, release groups, releases, recordings or works, or search answers of them): acts with dated members, people, songs with their writers (splits left to fill), recordings, release groups with editions and track lists. Each file is one transaction; a file imported again changes nothing. Progress goes to stderr.',
    )
    .requiredOption('--workspace <slug>', 'the workspace to import into')
    .option('--json', 'print the result as JSON')
    .action(async (paths: string[], opts: { workspace: string; json?: boolean }) => {
      const { importMusicBrainz, worksNeedingSplits } = await import('../usecases/imports/musicbrainz-document.ts')
      const clock = clockOf(readConfig())
      const result: MusicBrainzCliResult = { files: [], failed: [], counts: emptyCounts(), worksNeedingSplits: 0 }
      await withDatabase(async (database) => {
        const workspaceId = await resolveWorkspace(database.db, opts.workspace)
        for (const [i, path] of paths.entries()) {
          const name = basename(path)
          const step = `[${i + 1}/${paths.length}] ${name}`
          try {
            let document: unknown
            try {
              document = JSON.parse(readFileSync(path, 'utf8'))
            } catch (err) {
              throw new DomainError('validation', `not a readable JSON file: ${(err as Error).message}`, { errors: [] })
            }
            const r = await importMusicBrainz(database.db, { workspaceId, document, clock })
            result.files.push({ name, ...r })
            for (const k of IMPORT_KINDS) for (const o of ['created', 'updated', 'unchanged'] as const) result.counts[k][o] += r.counts[k][o]
            process.stderr.write(`${step}: ${r.search ? `${r.kind} search, ${r.entities} results` : r.kind}: ${describeCounts(r.counts)}\n`)
          } catch (err) {
            if (!(err instanceof DomainError) || err.code !== 'validation') throw err
            const errors = err.details.errors ?? []
            result.failed.push({ name, message: err.message, errors })
            process.stderr.write(`${step}: not imported: ${err.message}\n${errors.map((e) => `  ${e.path}: ${e.message}\n`).join('')}`)
          }
        }
        result.worksNeedingSplits = await worksNeedingSplits(database.db, workspaceId)
      })
      process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : describeMusicBrainzImport(result) + '\n')
      if (result.failed.length) {
        throw new DomainError(
          'validation',
          `${result.failed.length} of ${paths.length} files could not be imported: ${result.failed.map((f) => f.name).join(', ')}.`,
        )
      }
    })
}
