import { writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import { readConfig } from '../config/env.ts'
import type { Database } from '../db/client.ts'
import { publicShowsCalendar } from '../usecases/public/list-public-shows.ts'
import type { Deps } from '../usecases/deps.ts'
import { clockOf } from './open-database.ts'

export interface ExportIcsOptions {
  act: string
  workspace?: string
  /** The public address of this Greenroom (GREENROOM_PUBLIC_URL), for each event's URL. */
  publicUrl?: string
}

/**
 * An act's public iCalendar feed, as /public/{act}/shows.ics serves it: only shows that are
 * public at the clock's now. Without a workspace, --act is a public handle (ADR 015).
 */
export async function exportIcs(deps: Deps, opts: ExportIcsOptions): Promise<string> {
  const pageUrl = opts.publicUrl ? `${opts.publicUrl.replace(/\/$/, '')}/public/${encodeURIComponent(opts.act)}` : undefined
  const { ics } = await publicShowsCalendar(
    deps,
    opts.workspace ? { actSlug: opts.act, workspaceSlug: opts.workspace, pageUrl } : { handle: opts.act, pageUrl },
  )
  return ics
}

/** Adds `greenroom export ics --act <slug> [--workspace <slug>] [--out <file>]` under `export`. */
export function addExportIcsCommand(exportCommand: Command, withDatabase: <T>(run: (database: Database) => Promise<T>) => Promise<T>): void {
  exportCommand
    .command('ics')
    .description("Write an act's public iCalendar feed (announced shows, as /public/{act}/shows.ics serves them) to stdout (or --out)")
    .requiredOption('--act <slug>', "the act's slug")
    .option('--workspace <slug>', "the act's workspace (without it, --act is the act's public handle, as in /public/{handle})")
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (opts: { act: string; workspace?: string; out?: string }) => {
      const config = readConfig()
      await withDatabase(async (database) => {
        const ics = await exportIcs({ db: database.db, clock: clockOf(config), travel: config.travel }, { ...opts, publicUrl: config.publicUrl })
        if (opts.out) writeFileSync(opts.out, ics)
        else process.stdout.write(ics)
      })
    })
}
