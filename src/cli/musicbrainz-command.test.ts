import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { addWorkspace } from '../test/public-show-rows.ts'
import { cliDatabase } from '../test/test-database.ts'
import { runGreenroom } from '../test/cli-process.ts'

const SAMPLES = new URL('../../../shared/interop-samples/musicbrainz-ws2/', import.meta.url).pathname
const METEORA = join(SAMPLES, 'lookup/release/c9d52105-5c20-3216-bc1b-e54918f8f688.json')
const HELLO = join(SAMPLES, 'lookup/work/b1df2cf3-69a9-3bc0-be44-f71e79b27a22.json')
const NIRVANA = join(SAMPLES, 'lookup/artist/5b11f4ce-a62d-471e-81fc-a69a8278c7da.json')
const EVENT = join(SAMPLES, 'lookup/event/fe39727a-3d21-4066-9345-3970cbd6cca4.json')

const greenroom = (args: string[], env: Record<string, string> = {}) => runGreenroom(args, { GREENROOM_NOW: '2026-11-21T12:00:00Z', ...env })

// The command runs as its own process on the suite's database kind: a PGlite data directory, or a
// PostgreSQL database of its own through DATABASE_URL (GREENROOM_TEST_DB=postgres).
describe('greenroom import musicbrainz', () => {
  it('imports several files with progress on stderr, changes nothing the second time, and exits 2 on a bad file', async () => {
    const target = await cliDatabase('musicbrainz')
    onTestFinished(() => target.drop())
    const dir = mkdtempSync(join(tmpdir(), 'greenroom-musicbrainz-files-'))
    const onDisk = await target.open()
    await addWorkspace(onDisk.db, 'band')
    await onDisk.close()
    const env = target.env

    const help = await greenroom(['import', 'musicbrainz', '--help'], env)
    expect(help.stdout).toMatch(/Usage: greenroom import musicbrainz \[options\] <files\.\.\.>[\s\S]*--workspace <slug>[\s\S]*--json/)

    const first = await greenroom(['import', 'musicbrainz', METEORA, HELLO, NIRVANA, '--workspace', 'band', '--json'], env)
    expect(first.code, first.stderr).toBe(0)
    expect(first.stderr.split('\n').filter(Boolean)).toEqual([
      '[1/3] c9d52105-5c20-3216-bc1b-e54918f8f688.json: release: 6 people created, 1 acts created, 13 songs (works) created, 13 recordings created, 1 release groups created, 1 editions created',
      '[2/3] b1df2cf3-69a9-3bc0-be44-f71e79b27a22.json: work: 1 people created, 1 songs (works) created',
      '[3/3] 5b11f4ce-a62d-471e-81fc-a69a8278c7da.json: artist: 1 acts created',
    ])
    const result = JSON.parse(first.stdout)
    expect(result).toMatchObject({ failed: [], worksNeedingSplits: 13, counts: { works: { created: 14 }, editions: { created: 1 }, acts: { created: 2 } } })
    expect(result.files.map((f: { name: string; kind: string }) => f.kind)).toEqual(['release', 'work', 'artist'])

    const second = await greenroom(['import', 'musicbrainz', METEORA, HELLO, NIRVANA, '--workspace', 'band'], env)
    expect(second.code, second.stderr).toBe(0)
    expect(second.stdout).toMatch(
      /^Imported 3 of 3 MusicBrainz files: nothing new; \d+ records already here and unchanged\.\n13 songs of the workspace have writers without splits/,
    )
    expect(second.stderr).toContain('[1/3] c9d52105-5c20-3216-bc1b-e54918f8f688.json: release: nothing new')

    const broken = join(dir, 'broken.json')
    writeFileSync(broken, JSON.stringify({ id: 'c9d52105-5c20-3216-bc1b-e54918f8f688', title: 'Meteora', status: 'Official', date: '2003-13', media: [] }))
    const bad = await greenroom(['import', 'musicbrainz', broken, EVENT, HELLO, '--workspace', 'band'], env)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('[1/3] broken.json: not imported: ')
    expect(bad.stderr).toContain('  date: month 13 does not exist')
    expect(bad.stderr).toContain('[2/3] fe39727a-3d21-4066-9345-3970cbd6cca4.json: not imported: This is a MusicBrainz event;')
    expect(bad.stderr).toContain('[3/3] b1df2cf3-69a9-3bc0-be44-f71e79b27a22.json: work: nothing new')
    expect(bad.stderr).toContain('greenroom: 2 of 3 files could not be imported: broken.json, fe39727a-3d21-4066-9345-3970cbd6cca4.json.')
    expect(bad.stdout).toContain('Imported 1 of 3 MusicBrainz files')

    const unknown = await greenroom(['import', 'musicbrainz', HELLO, '--workspace', 'nowhere'], env)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('greenroom: No workspace "nowhere" here.')
  }, 180_000)
})
