import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Command } from 'commander'
import { readConfig } from '../config/env.ts'
import type { CwrAckImportResult } from '../contract/publishing.ts'
import type { Database } from '../db/client.ts'
import { DomainError } from '../domain/errors.ts'
import type { Actor, Deps } from '../usecases/deps.ts'
import { resolveWorkspace } from '../usecases/workspaces/resolve-workspace.ts'
import { clockOf } from './open-database.ts'

type WithDatabase = <T>(run: (database: Database) => Promise<T>) => Promise<T>

/** The CLI acts for the workspace's owners: it runs on the machine that holds the data. */
const CLI_USER = '00000000-0000-0000-0000-000000000000'

function depsOf(database: Database): Deps {
  const config = readConfig()
  return { db: database.db, clock: clockOf(config), travel: config.travel }
}

export function describeAckImport(r: CwrAckImportResult): string {
  const lines = [`${r.fileName} from ${r.society}: ${r.updated} works updated, ${r.unmatched} not matched.`]
  for (const x of r.results) {
    const work = x.workId ? `${x.workTitle} (by ${x.matchedBy})` : 'no matching work'
    lines.push(
      `  ${x.statusCode} ${x.status ?? 'unknown status'}  ${x.submitterWorkCode || '-'}  ${x.title} → ${work}${x.messages.length ? ` — ${x.messages.join('; ')}` : ''}`,
    )
  }
  lines.push(...r.warnings.map((w) => `warning: ${w}`))
  return lines.join('\n')
}

/** `greenroom export cwr --workspace <slug>` and `greenroom import cwr-ack <file> [--workspace <slug>] [--json]`. */
export function addCwrCommands(importCommand: Command, exportCommand: Command, withDatabase: WithDatabase): void {
  exportCommand
    .command('cwr')
    .description(
      "Write the workspace's works as a CWR 2.1 registration file (CWyynnnnSSS_000.V21) to stdout and record the submission; works that cannot be written are listed on stderr",
    )
    .option('--workspace <slug>', 'the workspace (may be left out when the database has only one)')
    .option('--dry-run', 'write the file but record nothing (no submitter numbers, no sequence, no status)')
    .action(async (opts: { workspace?: string; dryRun?: boolean }) => {
      const { exportCwrSubmission, previewCwrExport } = await import('../usecases/publishing/cwr.ts')
      await withDatabase(async (database) => {
        const workspaceId = await resolveWorkspace(database.db, opts.workspace)
        const actor: Actor = { userId: CLI_USER, workspaceId, role: 'owner' }
        const result = opts.dryRun ? await previewCwrExport(depsOf(database), actor) : await exportCwrSubmission(depsOf(database), actor)
        process.stdout.write(result.text)
        process.stderr.write(`${result.fileName}: ${result.works.length} works${opts.dryRun ? ' (dry run, nothing recorded)' : ''}\n`)
        for (const s of result.skipped) process.stderr.write(`skipped "${s.title}": ${s.reason}\n`)
      })
    })

  importCommand
    .command('cwr-ack <file>')
    .description("Import a society's CWR acknowledgement file (ACK records): updates each matched work's registration status")
    .option('--workspace <slug>', 'the workspace (may be left out when the database has only one)')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: { workspace?: string; json?: boolean }) => {
      let text: string
      try {
        text = readFileSync(file, 'latin1')
      } catch (err) {
        throw new DomainError('validation', `${file} cannot be read: ${(err as Error).message}`)
      }
      const { importCwrAck } = await import('../usecases/publishing/cwr.ts')
      await withDatabase(async (database) => {
        const workspaceId = await resolveWorkspace(database.db, opts.workspace)
        const result = await importCwrAck(depsOf(database), { userId: CLI_USER, workspaceId, role: 'owner' }, { fileName: basename(file), text })
        process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : describeAckImport(result) + '\n')
      })
    })
}
