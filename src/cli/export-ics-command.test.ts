import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Database } from '../db/client.ts'
import { migrate } from '../db/migrate.ts'
import { fixedClock } from '../domain/clock.ts'
import { DEFAULT_TRAVEL_POLICY } from '../domain/travel-estimate.ts'
import { buildApp } from '../http/app.ts'
import { addAct, addShow, addVenue, addWorkspace, claimHandle } from '../test/public-show-rows.ts'
import { freshDatabase } from '../test/test-database.ts'
import { exportIcs } from './export-ics-command.ts'
import { runGreenroom } from '../test/cli-process.ts'

const NOW = new Date('2013-04-15T12:00:00Z')

const greenroom = (args: string[], env: Record<string, string> = {}) => runGreenroom(args, { GREENROOM_NOW: NOW.toISOString(), ...env })

/** Two workspaces with an act called big-time-rush; the first one's owner claimed the public handle big-time-rush. */
async function seed(database: Database) {
  const db = database.db
  const ids: Record<string, string> = {}
  for (const [slug, createdAt] of [
    ['first', '2012-01-01'],
    ['second', '2012-05-01'],
  ] as const) {
    const ws = await addWorkspace(db, slug, new Date(createdAt))
    const act = await addAct(db, ws, { slug: 'big-time-rush', name: 'Big Time Rush', createdAt: new Date(createdAt) })
    if (slug === 'first') await claimHandle(db, ws, act, 'big-time-rush')
    await addAct(db, ws, { slug: 'victoria-justice', name: 'Victoria Justice', isInternal: false })
    const venue = await addVenue(db, ws, {
      name: 'Xcel Energy Center',
      city: 'Saint Paul',
      country: 'US',
      timeZone: 'America/Chicago',
      latitude: 44.94,
      longitude: -93.1,
    })
    ids[slug] = (
      await addShow(db, ws, { actId: act, venueId: venue, timeZone: 'America/Chicago', localDate: '2013-07-10', doors: '18:30', curfew: '23:00' })
    ).id
    ids[`${slug}Secret`] = (
      await addShow(db, ws, { actId: act, venueId: venue, timeZone: 'America/Chicago', localDate: '2013-07-11', doors: '18:30', announcement: 'unannounced' })
    ).id
  }
  return ids
}

const withoutUrl = (ics: string) => ics.replace(/\r\n /g, '').replace(/^URL.*\r\n/gm, '')

describe('greenroom export ics', () => {
  let database: Database
  let ids: Record<string, string>
  const deps = () => ({ db: database.db, clock: fixedClock(NOW), travel: DEFAULT_TRAVEL_POLICY })

  beforeAll(async () => {
    database = await freshDatabase()
    ids = await seed(database)
  })
  afterAll(() => database.close())

  it('prints what the public route serves', async () => {
    const app = await buildApp({ database, clock: fixedClock(NOW), logLevel: 'silent' })
    const served = (await app.inject({ method: 'GET', url: '/public/big-time-rush/shows.ics' })).body
    await app.close()
    const printed = await exportIcs(deps(), { act: 'big-time-rush' })
    expect(withoutUrl(printed)).toBe(withoutUrl(served))
    expect(printed).toContain(ids.first)
    expect(printed).not.toContain(ids.second)
    expect(printed).not.toContain(ids.firstSecret)
  })

  it('takes the act of another workspace when asked, and refuses an outside act', async () => {
    const printed = await exportIcs(deps(), { act: 'big-time-rush', workspace: 'second', publicUrl: 'https://greenroom.example/' })
    expect(printed).toContain(ids.second)
    expect(printed.replace(/\r\n /g, '')).toContain('URL;VALUE=URI:https://greenroom.example/public/big-time-rush')
    await expect(exportIcs(deps(), { act: 'victoria-justice' })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('runs as a command on a data directory, to stdout or a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'greenroom-ics-'))
    const onDisk = await createDb({ kind: 'pglite', dataDir: dir })
    await migrate(onDisk)
    const seeded = await seed(onDisk)
    await onDisk.close()
    const env = { GREENROOM_DATA_DIR: dir }
    const help = await greenroom(['export', 'ics', '--help'], env)
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Usage: greenroom export ics \[options\][\s\S]*--act <slug>[\s\S]*--workspace <slug>[\s\S]*--out <file>/)
    const printed = await greenroom(['export', 'ics', '--act', 'big-time-rush'], env)
    expect(printed.code, printed.stderr).toBe(0)
    expect(printed.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(printed.stdout).toContain(`UID:${seeded.first}@greenroom`)
    const out = join(dir, 'btr.ics')
    expect((await greenroom(['export', 'ics', '--act', 'big-time-rush', '--workspace', 'second', '--out', out], env)).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain(`UID:${seeded.second}@greenroom`)
    const unknown = await greenroom(['export', 'ics', '--act', 'nobody'], env)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('greenroom: No act "nobody" here.')
  }, 120_000)
})
