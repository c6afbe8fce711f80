import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { fixedClock } from '../domain/clock.ts'
import { DEFAULT_TRAVEL_POLICY } from '../domain/travel-estimate.ts'
import { acknowledgementOf } from '../interop/cwr/ack.ts'
import { parseCwr } from '../interop/cwr/transmission.ts'
import { addWorkspace } from '../test/public-show-rows.ts'
import { createOrganization } from '../usecases/organizations/save-organization.ts'
import { createPerson } from '../usecases/people/save-person.ts'
import { savePublishingSettings } from '../usecases/publishing/settings.ts'
import { saveWorkPublishing } from '../usecases/publishing/work-publishing.ts'
import { createWork } from '../usecases/works/save-work.ts'
import { cliDatabase } from '../test/test-database.ts'
import { runGreenroom } from '../test/cli-process.ts'

const ROOT = new URL('../..', import.meta.url).pathname
const ACK_BMI = new URL('../../../shared/interop-samples/cwr/CW220001052_DMP.V21', import.meta.url).pathname

const greenroom = (args: string[], env: Record<string, string> = {}) => runGreenroom(args, { GREENROOM_NOW: '2013-06-11T14:05:09Z', ...env })

// The command runs as its own process on the suite's database kind: a PGlite data directory, or a
// PostgreSQL database of its own through DATABASE_URL (GREENROOM_TEST_DB=postgres).
describe('greenroom export cwr / import cwr-ack', () => {
  it('exports the registrations to stdout, imports an acknowledgement, and asks for --workspace when there are several', async () => {
    const target = await cliDatabase('cwr')
    onTestFinished(() => target.drop())
    const dir = mkdtempSync(join(tmpdir(), 'greenroom-cwr-files-'))
    const onDisk = await target.open()
    const workspaceId = await addWorkspace(onDisk.db, 'band')
    const deps = { db: onDisk.db, clock: fixedClock(new Date('2013-06-01T10:00:00Z')), travel: DEFAULT_TRAVEL_POLICY }
    const actor = { userId: '00000000-0000-0000-0000-000000000000', workspaceId, role: 'owner' as const }
    const kendall = await createPerson(deps, actor, { name: 'Kendall Schmidt' })
    const publisher = await createOrganization(deps, actor, {
      name: 'Rocket Songs Publishing',
      kind: 'publisher',
      ipiNameNumber: '00123456789',
      society: 'ASCAP',
    })
    const work = await createWork(deps, actor, { title: 'Windows Down', writers: [{ personId: kendall.id, sharePercent: 100, role: 'composer-lyricist' }] })
    await createWork(deps, actor, { title: 'Splits Unknown', writers: [] })
    await saveWorkPublishing(deps, actor, work.id, {
      version: 0,
      writers: [
        {
          personId: kendall.id,
          publisherId: publisher.id,
          administratorId: null,
          controlled: true,
          prSharePercent: 50,
          mrSharePercent: 100,
          srSharePercent: 100,
        },
      ],
    })
    await savePublishingSettings(deps, actor, { version: 0, submitterId: publisher.id, senderCode: 'GRN' })
    await onDisk.close()
    const env = target.env

    const help = await greenroom(['export', 'cwr', '--help'], env)
    expect(help.stdout).toMatch(/Usage: greenroom export cwr \[options\][\s\S]*--workspace <slug>/)

    const exported = await greenroom(['export', 'cwr', '--workspace', 'band'], env)
    expect(exported.code, exported.stderr).toBe(0)
    expect(exported.stderr).toContain('CW130001GRN_000.V21: 1 works')
    const { transmission, issues } = parseCwr(exported.stdout)
    expect(issues).toEqual([])
    expect(exported.stdout.startsWith('HDRPB123456789ROCKET SONGS PUBLISHING')).toBe(true)
    expect(exported.stdout.split('\r\n').map((l) => l.slice(0, 3))).toEqual(['HDR', 'GRH', 'NWR', 'SPU', 'SPT', 'SWR', 'SWT', 'PWR', 'GRT', 'TRL', ''])
    expect(transmission!.groups[0]!.transactions[0]!.header.fields['submitterWorkNumber']).toBe('GRN000001')

    const ackFile = join(dir, 'CW130001021_GRN.V21')
    writeFileSync(
      ackFile,
      acknowledgementOf(transmission!, { name: 'BMI', code: 21 }, () => ({ status: 'AS', societyWorkNumber: 'BMI-77' }), new Date('2013-06-20T00:00:00Z')),
      'latin1',
    )
    const imported = await greenroom(['import', 'cwr-ack', ackFile, '--json'], env)
    expect(imported.code, imported.stderr).toBe(0)
    expect(JSON.parse(imported.stdout)).toMatchObject({
      society: 'BMI',
      updated: 1,
      unmatched: 0,
      results: [{ submitterWorkCode: 'GRN000001', status: 'registered', workId: work.id, matchedBy: 'code' }],
    })

    // the real BMI acknowledgement matches none of these works: reported, nothing updated
    const real = await greenroom(['import', 'cwr-ack', ACK_BMI, '--workspace', 'band'], env)
    expect(real.code, real.stderr).toBe(0)
    expect(real.stdout).toContain('CW220001052_DMP.V21 from BMI: 0 works updated, 5 not matched.')
    expect(real.stdout).toContain('NP no_participation  DMP000027  THREE → no matching work')

    const second = await target.open()
    await addWorkspace(second.db, 'other')
    await second.close()
    const ambiguous = await greenroom(['import', 'cwr-ack', ackFile], env)
    expect(ambiguous.code).toBe(2)
    expect(ambiguous.stderr).toContain('several workspaces: name one with --workspace <slug>')
    const notCwr = await greenroom(['import', 'cwr-ack', join(ROOT, 'package.json'), '--workspace', 'band'], env)
    expect(notCwr.code).toBe(2)
    expect(notCwr.stderr).toContain('text: not a readable CWR file')
    const noSubmitter = await greenroom(['export', 'cwr', '--workspace', 'other'], env)
    expect(noSubmitter.code).toBe(2)
    expect(noSubmitter.stderr).toContain('submitter: choose the publisher')
  }, 180_000)
})
