import { describe, expect, it } from 'vitest'
import { fixedClock } from '../domain/clock.ts'
import { ForbiddenError } from '../domain/errors.ts'
import { readScope, type Resource } from '../domain/permissions.ts'
import { WORKSPACE_ROLES } from '../domain/roles.ts'
import { DEFAULT_TRAVEL_POLICY } from '../domain/travel-estimate.ts'
import type { JobQueue } from '../jobs/job-queue.ts'
import { getAct, listActs } from './acts/list-acts.ts'
import { getPublicHandle } from './acts/public-handle.ts'
import { chartHistory } from './charts/chart-history.ts'
import { getAwardNomination, listAwardNominations } from './charts/list-award-nominations.ts'
import { getChartEntry, listChartEntries } from './charts/list-chart-entries.ts'
import type { Actor, Deps } from './deps.ts'
import { listDeadLetters } from './jobs/dead-letters.ts'
import { getOrganization, listOrganizations } from './organizations/list-organizations.ts'
import { getPlacement, listPlacements } from './placements/list-placements.ts'
import { workSplitSheet } from './publishing/split-sheet.ts'
import { getRecording, listRecordings } from './recordings/list-recordings.ts'
import { getReleaseGroup, listReleaseGroups } from './releases/list-release-groups.ts'
import { listMyFreeWorks } from './rights/list-free-works.ts'
import { getWorkAvailability, listHolds } from './rights/list-holds.ts'
import { getWorkspace } from './workspaces/get-workspace.ts'

/**
 * Every read use case asks the permission table for its reader (readerOf) before it reads anything,
 * so a use case called without the HTTP gate (the CLI, a job, a future route) still refuses a role
 * the table refuses. The database here throws on any use: a refusal must come before the first query.
 * What each allowed role then sees is the role-matrix test's (over HTTP, on the demo world).
 */
const untouchable = new Proxy({} as Deps['db'], {
  get() {
    throw new Error('the database was touched before the permission check')
  },
})
const deps: Deps = { db: untouchable, clock: fixedClock(new Date('2026-12-07T10:00:00Z')), travel: DEFAULT_TRAVEL_POLICY }
const queue = new Proxy({} as JobQueue, {
  get() {
    throw new Error('the queue was touched before the permission check')
  },
})
const id = '0190a5b8-0000-7000-8000-000000000001'

const reads: [string, Resource, (actor: Actor) => Promise<unknown>][] = [
  ['list acts', 'acts', (a) => listActs(deps, a)],
  ['get an act', 'acts', (a) => getAct(deps, a, id)],
  ["an act's public handle", 'public-handles', (a) => getPublicHandle(deps, a, id)],
  ['chart history', 'charts', (a) => chartHistory(deps, a)],
  ['list chart entries', 'charts', (a) => listChartEntries(deps, a)],
  ['get a chart entry', 'charts', (a) => getChartEntry(deps, a, id)],
  ['list award nominations', 'charts', (a) => listAwardNominations(deps, a)],
  ['get an award nomination', 'charts', (a) => getAwardNomination(deps, a, id)],
  ['list organizations', 'organizations', (a) => listOrganizations(deps, a)],
  ['get an organization', 'organizations', (a) => getOrganization(deps, a, id)],
  ['list placements', 'catalog', (a) => listPlacements(deps, a)],
  ['get a placement', 'catalog', (a) => getPlacement(deps, a, id)],
  ['list recordings', 'catalog', (a) => listRecordings(deps, a)],
  ['get a recording', 'catalog', (a) => getRecording(deps, a, id)],
  ['list release groups', 'catalog', (a) => listReleaseGroups(deps, a)],
  ['get a release group', 'catalog', (a) => getReleaseGroup(deps, a, id)],
  ["a work's holds", 'rights', (a) => listHolds(deps, a, id)],
  ["a work's availability", 'rights', (a) => getWorkAvailability(deps, a, id)],
  ['my free songs', 'rights', (a) => listMyFreeWorks(deps, a)],
  ['a split sheet', 'publishing', (a) => workSplitSheet(deps, a, id)],
  ['the workspace', 'workspace', (a) => getWorkspace(deps, a)],
  ['dead letters', 'jobs', (a) => listDeadLetters(deps, queue, a)],
]

describe('read use cases ask the permission table first', () => {
  for (const [name, resource, read] of reads) {
    it(`${name} (${resource}): refused exactly for the roles the table refuses, before any read`, async () => {
      for (const role of WORKSPACE_ROLES) {
        const actor: Actor = { userId: id, workspaceId: id, role }
        const outcome = await read(actor).then(
          () => 'read',
          (e: unknown) => (e instanceof ForbiddenError ? 'refused' : 'went on to read'),
        )
        // An allowed role passes the check and reaches the database, which throws here: 'went on to read'.
        expect({ role, outcome }).toEqual({ role, outcome: readScope(role, resource) === 'none' ? 'refused' : 'went on to read' })
      }
    })
  }
})
