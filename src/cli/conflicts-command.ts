import type { Command } from 'commander'
import { readConfig } from '../config/env.ts'
import type { Database, Db } from '../db/client.ts'
import { findPeopleByEmail } from '../db/queries/timelines.ts'
import type { Clock } from '../domain/clock.ts'
import type { TravelPolicy } from '../domain/conflicts.ts'
import { DomainError, NotFoundError } from '../domain/errors.ts'
import { upcomingConflicts, type UpcomingConflict } from '../usecases/timelines/list-conflicts.ts'
import { clockOf } from './open-database.ts'

export interface ConflictsReport {
  workspace: string
  person: { id: string; name: string; email: string }
  conflicts: UpcomingConflict[]
}

/**
 * A person's upcoming conflicts, found by email: in the only workspace that has that email, or in
 * `workspaceSlug` when several do. The operator of the database sees blockout reasons.
 */
export async function personConflictsReport(db: Db, opts: { email: string; workspaceSlug?: string; clock: Clock; travel: TravelPolicy }): Promise<ConflictsReport> {
  const found = (await findPeopleByEmail(db, opts.email)).filter((p) => !opts.workspaceSlug || p.workspaceSlug === opts.workspaceSlug)
  if (found.length === 0) throw new NotFoundError('person with email', opts.workspaceSlug ? `${opts.email} in workspace ${opts.workspaceSlug}` : opts.email)
  if (found.length > 1) {
    const slugs = [...new Set(found.map((p) => p.workspaceSlug))]
    const message = slugs.length > 1 ? `${opts.email} is a person in several workspaces (${slugs.join(', ')}); choose one with --workspace.` : `${opts.email} belongs to several people in ${slugs[0]}; give each their own email.`
    throw new DomainError('validation', message, { errors: [{ path: '--workspace', message: 'required when the email is in several workspaces' }] })
  }
  const [person] = found as [(typeof found)[number]]
  const conflicts = await upcomingConflicts(db, { workspaceId: person.workspaceId, personId: person.personId, now: opts.clock.now(), travel: opts.travel, seesReasonOf: () => true })
  return { workspace: person.workspaceSlug, person: { id: person.personId, name: person.name, email: opts.email }, conflicts }
}

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
        const report = await personConflictsReport(database.db, { email: opts.person, workspaceSlug: opts.workspace, clock: clockOf(config), travel: config.travel })
        process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : conflictsText(report) + '\n')
      })
    })
}
