import { readFileSync } from 'node:fs'
import { Command, Option } from 'commander'
import { readConfig } from '../config/env.ts'
import { DomainError } from '../domain/errors.ts'
import { buildApp } from '../http/app.ts'
import { clockOf, openDatabase } from './open-database.ts'
import { takeEarlyDatabase } from './early-open.ts'
import type { Database } from '../db/client.ts'
import { addConflictsCommand } from './conflicts-command.ts'
import { addPlanCommands } from './plan-command.ts'
import { addExportIcsCommand } from './export-ics-command.ts'
import { addSetlistFmCommands } from './setlistfm-command.ts'
import { addMusicBrainzCommand } from './musicbrainz-command.ts'
import { addCwrCommands } from './cwr-command.ts'

const program = new Command()
  .name('greenroom')
  .description(
    "Greenroom: a band's people, songs, releases, tours and set lists.\nHonours GREENROOM_DATA_DIR (PGlite data, default ./data), DATABASE_URL (postgres://…) and GREENROOM_NOW.",
  )
  .showHelpAfterError()

/** Opens the database for one command and always closes it (releasing the data-directory lock). */
async function withDatabase<T>(run: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(readConfig())
  try {
    return await run(database)
  } finally {
    await database.close()
  }
}

function print(json: boolean, value: unknown, text: string) {
  process.stdout.write(json ? JSON.stringify(value, null, 2) + '\n' : text + '\n')
}

program
  .command('serve')
  .description('Serve the web app and the API (PORT, default 3000)')
  .option('--demo', 'load the demo world first when the database is empty')
  .action(async (opts: { demo?: boolean }) => {
    const started = performance.now()
    const config = readConfig()
    // Opened (and migrated) while this code loaded, when started through the bundle's entry (entry.ts).
    const database = await (takeEarlyDatabase() ?? openDatabase(config))
    const clock = clockOf(config)
    if (opts.demo) {
      const { loadDemoWorld } = await import('../demo/load-demo-world.ts')
      try {
        await loadDemoWorld(database.db, { clock })
        console.log('Demo world loaded: log in as <firstname>@demo.greenroom.test (e.g. kendall@) with password greenroom-demo')
      } catch (err) {
        // The demo only loads into an empty database; a restart with --demo keeps what is there.
        if (!(err instanceof DomainError && err.code === 'conflict')) throw err
        console.log('Database not empty: demo world not loaded again.')
      }
    }
    const app = await buildApp({
      database,
      clock,
      travel: config.travel,
      secureCookies: config.secureCookies,
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy,
      logLevel: config.logLevel,
      serveWebApp: true,
      mail: config.mail,
      holdReminders: config.holdReminders,
    })
    const stop = async () => {
      await app.close()
      await database.close()
      process.exit(0)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    await app.listen({ port: config.port, host: config.host })
    console.log(
      `Greenroom on http://localhost:${config.port} (${database.kind}${database.kind === 'pglite' ? ` in ${config.dataDir}` : ''}), ready in ${Math.round(performance.now() - started)} ms`,
    )
  })

program
  .command('migrate')
  .description('Apply the committed database migrations')
  .option('--json', 'print the result as JSON')
  .action(async (opts: { json?: boolean }) => {
    const { appliedSchemaVersion } = await import('../db/migrate.ts')
    await withDatabase(async (database) => {
      const version = await appliedSchemaVersion(database)
      print(!!opts.json, { database: database.kind, schemaVersion: version }, `Schema is at version ${version} (${database.kind}).`)
    })
  })

program
  .command('demo')
  .description('Load the demo world (../shared/design/world.md) into an empty database')
  .option('--json', 'print the result as JSON')
  .action(async (opts: { json?: boolean }) => {
    const { loadDemoWorld, DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } = await import('../demo/load-demo-world.ts')
    const config = readConfig()
    await withDatabase(async (database) => {
      const result = await loadDemoWorld(database.db, { clock: clockOf(config) })
      print(!!opts.json, result, `Demo world loaded into workspace "demo". Log in as <firstname>@${DEMO_EMAIL_DOMAIN} with password ${DEMO_PASSWORD}.`)
    })
  })

const exportCommand = program.command('export').description('Write data out')
exportCommand
  .command('workspace <slug>')
  .description('Write one versioned JSON document of everything in a workspace to stdout (or --out)')
  .addOption(new Option('--out <file>', 'write to a file instead of stdout'))
  .action(async (slug: string, opts: { out?: string }) => {
    const { exportWorkspaceForOperator } = await import('../usecases/workspaces/export-workspace.ts')
    const { writeFileSync } = await import('node:fs')
    await withDatabase(async (database) => {
      const doc = JSON.stringify(await exportWorkspaceForOperator(database.db, slug), null, 2) + '\n'
      if (opts.out) writeFileSync(opts.out, doc)
      else process.stdout.write(doc)
    })
  })

addExportIcsCommand(exportCommand, withDatabase)

const importCommand = program.command('import').description('Read data in')
importCommand
  .command('workspace <file>')
  .description('Import a workspace export into this database (the workspace must not exist here)')
  .option('--json', 'print the result as JSON')
  .action(async (file: string, opts: { json?: boolean }) => {
    const { importWorkspace } = await import('../usecases/workspaces/import-workspace.ts')
    let doc: unknown
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'))
    } catch (err) {
      throw new DomainError('validation', `${file} is not a readable JSON file: ${(err as Error).message}`)
    }
    await withDatabase(async (database) => {
      const result = await importWorkspace(database.db, doc as never)
      const total = Object.values(result.rows).reduce((a, b) => a + b, 0)
      print(!!opts.json, result, `Imported workspace ${result.workspaceId}: ${total} rows.`)
    })
  })

addSetlistFmCommands(importCommand, exportCommand, withDatabase)
addCwrCommands(importCommand, exportCommand, withDatabase)
addMusicBrainzCommand(importCommand, withDatabase)
addConflictsCommand(program, withDatabase)
addPlanCommands(program)

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof DomainError) {
    const fields = err.details.errors?.map((e) => `  ${e.path}: ${e.message}`).join('\n')
    process.stderr.write(`greenroom: ${err.message}\n${fields ? fields + '\n' : ''}`)
    process.exit(err.code === 'locked' ? 75 : 2)
  }
  process.stderr.write(`greenroom: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})
