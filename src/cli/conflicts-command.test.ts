import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../domain/clock.ts'
import { DEFAULT_TRAVEL_POLICY } from '../domain/travel-estimate.ts'
import { ownerWithWorkspace, startTestApp, TEST_NOW, type TestApp } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { personConflictsReport } from '../usecases/timelines/person-conflicts-report.ts'
import { conflictsText } from './conflicts-command.ts'
import { runGreenroom } from '../test/cli-process.ts'

const greenroom = runGreenroom

describe('greenroom conflicts', () => {
  let t: TestApp
  const clock = fixedClock(TEST_NOW)
  beforeAll(async () => {
    t = await startTestApp()
    const first = await ownerWithWorkspace(t.app, 'Cli')
    const dustin = await created(first.client, `${first.base}/people`, { name: 'Dustin Belt', email: 'Dustin@Example.test' })
    const session = {
      kind: 'rehearsal',
      title: 'Acoustic set',
      timeZone: 'America/Chicago',
      startDate: '2013-07-12',
      startTime: '18:00',
      endDate: '2013-07-12',
      endTime: '20:00',
      personIds: [dustin.id],
    }
    await created(first.client, `${first.base}/commitments`, session)
    await created(first.client, `${first.base}/commitments`, {
      ...session,
      title: 'HD session',
      startTime: '19:00',
      endTime: '22:00',
      acknowledgeConflicts: true,
    })
    await created(first.client, `${first.base}/blockouts`, { personId: dustin.id, startDate: '2013-07-12', endDate: '2013-07-12', reason: 'Doctor' })
    const second = await ownerWithWorkspace(t.app, 'Cli Two')
    await created(second.client, `${second.base}/people`, { name: 'Dustin B.', email: 'twice@example.test' })
    await created(first.client, `${first.base}/people`, { name: 'Dustin B.', email: 'twice@example.test' })
  })
  afterAll(() => t.close())

  it("reports a person's upcoming conflicts by email, any case, with blockout reasons", async () => {
    const report = await personConflictsReport(t.database.db, { email: 'dustin@example.test', clock, travel: DEFAULT_TRAVEL_POLICY })
    expect(report.person.name).toBe('Dustin Belt')
    expect(report.conflicts.map((c) => c.kind).sort()).toEqual(['blockout', 'blockout', 'overlap'])
    expect(report.conflicts.find((c) => c.kind === 'blockout')?.reason).toBe('Doctor')
    const text = conflictsText(report)
    expect(text).toMatch(/^Dustin Belt \(cli-[a-z0-9]+\): 3 upcoming conflicts/)
    expect(text).toContain('2013-07-12 23:00 UTC  overlap  "Acoustic set" overlaps "HD session"')
  })

  it('asks for --workspace when the email is in several workspaces, and finds the person with it', async () => {
    await expect(personConflictsReport(t.database.db, { email: 'twice@example.test', clock, travel: DEFAULT_TRAVEL_POLICY })).rejects.toThrow(
      /several workspaces .*--workspace/,
    )
    await expect(personConflictsReport(t.database.db, { email: 'nobody@example.test', clock, travel: DEFAULT_TRAVEL_POLICY })).rejects.toThrow(
      /No person with email "nobody@example.test"/,
    )
    const chosen = await personConflictsReport(t.database.db, {
      email: 'twice@example.test',
      workspaceSlug: (await personConflictsReport(t.database.db, { email: 'dustin@example.test', clock, travel: DEFAULT_TRAVEL_POLICY })).workspace,
      clock,
      travel: DEFAULT_TRAVEL_POLICY,
    })
    expect(chosen).toMatchObject({ person: { name: 'Dustin B.' }, conflicts: [] })
  })

  it('has --help and exits 2 with a message for an unknown email', async () => {
    const help = await greenroom(['conflicts', '--help'], {})
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Usage: greenroom conflicts .*--person <email>/s)
    const missing = await greenroom(['conflicts', '--person', 'nobody@example.test', '--json'], {
      GREENROOM_DATA_DIR: mkdtempSync(join(tmpdir(), 'greenroom-cli-')),
    })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/greenroom: No person with email "nobody@example.test"/)
  }, 60_000)
})
