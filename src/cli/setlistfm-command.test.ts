import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { addWorkspace } from '../test/public-show-rows.ts'
import { cliDatabase } from '../test/test-database.ts'
import { runGreenroom } from '../test/cli-process.ts'

const PHISH = new URL('../../../shared/interop-samples/setlistfm/phish-setlists-response.json', import.meta.url).pathname

const greenroom = (args: string[], env: Record<string, string> = {}) => runGreenroom(args, { GREENROOM_NOW: '2026-11-21T12:00:00Z', ...env })

// The command runs as its own process on the suite's database kind: a PGlite data directory, or a
// PostgreSQL database of its own through DATABASE_URL (GREENROOM_TEST_DB=postgres).
describe('greenroom import/export setlistfm', () => {
  it('imports the real file into a workspace, skips it the second time, and exports it back', async () => {
    const target = await cliDatabase('setlistfm')
    onTestFinished(() => target.drop())
    const dir = mkdtempSync(join(tmpdir(), 'greenroom-setlistfm-files-'))
    const onDisk = await target.open()
    await addWorkspace(onDisk.db, 'band')
    await onDisk.close()
    const env = target.env

    const help = await greenroom(['import', 'setlistfm', '--help'], env)
    expect(help.stdout).toMatch(/Usage: greenroom import setlistfm \[options\] <file>[\s\S]*--workspace <slug>[\s\S]*--act <slug>[\s\S]*--json/)
    const first = await greenroom(['import', 'setlistfm', PHISH, '--workspace', 'band', '--act', 'phish', '--json'], env)
    expect(first.code, first.stderr).toBe(0)
    expect(JSON.parse(first.stdout)).toMatchObject({ imported: 20, showsCreated: 20, entries: 430, actCreated: true })
    const second = await greenroom(['import', 'setlistfm', PHISH, '--workspace', 'band', '--act', 'phish'], env)
    expect(second.stdout).toContain('Imported 0 of 20 set lists from setlist.fm (20 already here, 0 skipped)')

    // One odd set list and one odd song are reported, line by line; the rest is imported.
    const [good] = JSON.parse(readFileSync(PHISH, 'utf8')).setlist
    const odd = join(dir, 'odd.json')
    writeFileSync(
      odd,
      JSON.stringify({
        setlist: [
          { ...good, id: 'fresh1', sets: { set: { name: 'Set 1:', song: [{ name: 'Llama' }, { name: 'x'.repeat(201) }] } } },
          { ...good, id: 'nodate', eventDate: 'spring' },
        ],
      }),
    )
    const third = await greenroom(['import', 'setlistfm', odd, '--workspace', 'band', '--act', 'phish'], env)
    expect(third.code, third.stderr).toBe(0)
    expect(third.stdout).toContain('Imported 1 of 2 set lists from setlist.fm (0 already here, 1 skipped)')
    expect(third.stdout).toContain('skipped set list nodate (spring, Hollywood Bowl): eventDate: eventDate must be DD-MM-YYYY')
    expect(third.stdout).toMatch(/left out of set list fresh1 \(2025-04-27, Hollywood Bowl, Los Angeles\): set 1, song 2 "x+…": name: /)

    const exported = await greenroom(['export', 'setlistfm', '--workspace', 'band', '--act', 'phish'], env)
    expect(exported.code, exported.stderr).toBe(0)
    expect(JSON.parse(exported.stdout)).toMatchObject({
      type: 'setlists',
      total: 21,
      setlist: expect.arrayContaining([expect.objectContaining({ id: '235d0827' })]),
    })

    const unknown = await greenroom(['export', 'setlistfm', '--workspace', 'nowhere', '--act', 'phish'], env)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('greenroom: No workspace "nowhere" here.')
  }, 180_000)
})
