import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { readConfig } from '../config/env.ts'
import type { Database } from '../db/client.ts'
import { DomainError } from '../domain/errors.ts'
import type { ImportSetlistFmResult } from '../usecases/imports/setlistfm-document.ts'
import { resolveWorkspace } from '../usecases/workspaces/resolve-workspace.ts'
import { clockOf } from './open-database.ts'

type WithDatabase = <T>(run: (database: Database) => Promise<T>) => Promise<T>

export function describeImport(r: ImportSetlistFmResult): string {
  const lines = [
    `Imported ${r.imported} of ${r.setlists} set lists from setlist.fm (${r.alreadyHere} already here, ${r.skipped} skipped): ${r.showsCreated} shows, ${r.entries} entries, ${r.songsMatched} songs matched to recordings, ${r.songsSkipped} songs left out.`,
    `${r.actCreated ? 'Created the act (external). ' : ''}Venues: ${r.venuesCreated} new, ${r.venuesReused} reused. Tours: ${r.toursCreated} new.`,
    ...r.reports.flatMap((report) => {
      const which = `set list ${report.id ?? '(no id)'}${report.eventDate || report.venue ? ` (${[report.eventDate, report.venue].filter(Boolean).join(', ')})` : ''}`
      if (report.outcome === 'skipped') return [`skipped ${which}: ${report.reasons.join('; ')}`]
      return report.songsSkipped.map(
        (s) => `left out of ${which}: set ${s.set}${s.position ? `, song ${s.position}` : ''}${s.name ? ` "${clip(s.name)}"` : ''}: ${s.reason}`,
      )
    }),
    ...r.warnings.map((w) => `warning: ${w}`),
  ]
  return lines.join('\n')
}

const clip = (name: string) => (name.length > 60 ? `${name.slice(0, 59)}…` : name)

/** `greenroom import setlistfm <file> …` and `greenroom export setlistfm …`. */
export function addSetlistFmCommands(importCommand: Command, exportCommand: Command, withDatabase: WithDatabase): void {
  importCommand
    .command('setlistfm <file>')
    .description(
      'Import past shows and what was played from a setlist.fm API JSON file (a page of set lists or one set list); set lists already imported are skipped',
    )
    .requiredOption('--workspace <slug>', 'the workspace to import into')
    .requiredOption('--act <slug>', "the act's slug (created as an external act when the workspace has no act by that slug or the artist's name)")
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: { workspace: string; act: string; json?: boolean }) => {
      let payload: unknown
      try {
        payload = JSON.parse(readFileSync(file, 'utf8'))
      } catch (err) {
        throw new DomainError('validation', `${file} is not a readable JSON file: ${(err as Error).message}`)
      }
      const { importSetlistFm } = await import('../usecases/imports/setlistfm-document.ts')
      const clock = clockOf(readConfig())
      await withDatabase(async (database) => {
        const workspaceId = await resolveWorkspace(database.db, opts.workspace)
        const result = await importSetlistFm(database.db, { workspaceId, actSlug: opts.act, payload, clock })
        process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : describeImport(result) + '\n')
      })
    })

  exportCommand
    .command('setlistfm')
    .description("Write an act's played set lists as setlist.fm API JSON (a page of set lists) to stdout")
    .requiredOption('--workspace <slug>', "the act's workspace")
    .requiredOption('--act <slug>', "the act's slug")
    .action(async (opts: { workspace: string; act: string }) => {
      const { exportSetlistFm } = await import('../usecases/played/export-setlistfm.ts')
      await withDatabase(async (database) => {
        const workspaceId = await resolveWorkspace(database.db, opts.workspace)
        process.stdout.write(JSON.stringify(await exportSetlistFm(database.db, { workspaceId, actSlug: opts.act }), null, 2) + '\n')
      })
    })
}
