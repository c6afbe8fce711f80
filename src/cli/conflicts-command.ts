import type { Command } from 'commander'
import { readConfig } from '../config/env.ts'
import type { Database } from '../db/client.ts'
import { personConflictsReport, type ConflictsReport } from '../usecases/timelines/person-conflicts-report.ts'
import { clockOf } from './open-database.ts'

/** One line per conflict: when, what kind, and the message naming the other side. */
export function conflictsText(report: ConflictsReport): string {
  const head = `${report.person.name} (${report.workspace}): ${report.conflicts.length === 0 ? 'no upcoming conflicts' : `${report.conflicts.length} upcoming conflict${report.conflicts.length === 1 ? '' : 's'}`}`
  const lines = report.conflicts.map((c) => {
    const reason = c.kind === 'blockout' && c.reason ? ` (${c.reason})` : ''
    return `  ${c.booking.startsAt.slice(0, 16).replace('T', ' ')} UTC  ${c.kind.padEnd(8)} "${c.booking.title}" ${c.message}${reason}`
  })
  return [head, ...lines].join('\n')
}

/** Adds `greenroom conflicts --person <email> [--workspace <slug>] [--json]`. */
export function addConflictsCommand(program: Command, withDatabase: <T>(run: (database: Database) => Promise<T>) => Promise<T>): void {
  program
    .command('conflicts')
    .description("List a person's upcoming conflicts (a day ago to a year ahead): double bookings, blockouts, impossible travel")
    .requiredOption('--person <email>', "the person's email")
    .option('--workspace <slug>', 'the workspace, when the email is in several')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { person: string; workspace?: string; json?: boolean }) => {
      const config = readConfig()
      await withDatabase(async (database) => {
        const report = await personConflictsReport(database.db, {
          email: opts.person,
          workspaceSlug: opts.workspace,
          clock: clockOf(config),
          travel: config.travel,
        })
        process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : conflictsText(report) + '\n')
      })
    })
}
