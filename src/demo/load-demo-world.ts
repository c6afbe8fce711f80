import { hash } from '@node-rs/argon2'
import { uuidv7 } from 'uuidv7'
import type { Db } from '../db/client.ts'
import { anyWorkspaceSlug, insertRows, takenEmails, type TableName } from '../db/writes/bulk.ts'
import type { Clock } from '../domain/clock.ts'
import { ConflictError, ValidationError } from '../domain/errors.ts'
import type { WorkspaceRole } from '../domain/roles.ts'
import { loadBusinessDemo } from './demo-business.ts'
import { loadRoadDemo } from './demo-road.ts'
import { loadGuestsDemo } from './demo-guests.ts'
import { loadAdvanceDemo } from './demo-advance.ts'
import { loadTravelDemo } from './demo-travel.ts'
import { loadAvailabilityDemo } from './demo-availability.ts'
import { loadNotifyDemo } from './demo-notify.ts'
import { demoWorldIssues } from './demo-world-issues.ts'
import { demoWorldRows, type DemoWorldRows } from './demo-world-rows.ts'
import { DEMO_PASSWORD, world2013, type DemoWorld } from './world-2013.ts'

/** The demo's logins, for the command that loads it to print. */
export { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from './world-2013.ts'

export interface DemoLogin {
  email: string
  name: string
  role: WorkspaceRole
}

export interface LoadedDemoWorld {
  workspaceId: string
  workspaceSlug: string
  /** Number of user accounts created (one per person with a login). */
  users: number
  /** Rows inserted per table. */
  rows: Record<keyof DemoWorldRows, number>
  /** Who can sign in, all with DEMO_PASSWORD. */
  logins: DemoLogin[]
}

/** Table of each row set, in insertion order: parents before children. */
const TABLES: { [K in keyof DemoWorldRows]: TableName } = {
  users: 'users',
  workspaces: 'workspaces',
  workspaceMembers: 'workspaceMembers',
  people: 'people',
  acts: 'acts',
  actMemberships: 'actMemberships',
  works: 'works',
  workWriters: 'workWriters',
  recordings: 'recordings',
  recordingLeads: 'recordingLeads',
  recordingFeatured: 'recordingFeatured',
  releaseGroups: 'releaseGroups',
  editions: 'editions',
  tracks: 'tracks',
  placements: 'placements',
  venues: 'venues',
  tours: 'tours',
  tourLegs: 'tourLegs',
  shows: 'shows',
  showBilling: 'showBilling',
  showLineup: 'showLineup',
  commitments: 'commitments',
  commitmentPeople: 'commitmentPeople',
  blockouts: 'blockouts',
  actSetlistSettings: 'actSetlistSettings',
  setlistProposals: 'setlistProposals',
  setlistVersions: 'setlistVersions',
  setlistAnswers: 'setlistAnswers',
  showSetlists: 'showSetlists',
  playedSetlists: 'playedSetlists',
  tourPlannerSettings: 'tourPlannerSettings',
  chartEntries: 'chartEntries',
  awardNominations: 'awardNominations',
  organizations: 'organizations',
  workHolds: 'workHolds',
  pitches: 'pitches',
  publishingOrganizations: 'organizations',
  publishingSettings: 'publishingSettings',
  writerProfiles: 'writerProfiles',
  workPublishing: 'workPublishing',
  writerPublishers: 'writerPublishers',
}

/**
 * Loads the demo world (by default Big Time Rush & Heffron Drive in 2013) into an empty database,
 * in one transaction. Refuses with a conflict when any workspace exists or a demo login is taken:
 * the demo never mixes with real data.
 */
export async function loadDemoWorld(db: Db, opts: { clock: Clock; world?: DemoWorld }): Promise<LoadedDemoWorld> {
  const world = opts.world ?? world2013
  const issues = demoWorldIssues(world)
  if (issues.length > 0) throw new ValidationError(issues, `The demo world data is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`)
  // argon2 is slow on purpose: hash once, every demo login shares the password.
  const passwordHash = await hash(DEMO_PASSWORD)
  const rows = demoWorldRows(world, { now: opts.clock.now(), passwordHash, newId: uuidv7 })

  await db.transaction(async (tx) => {
    await assertEmpty(tx as unknown as Db, rows)
    for (const name of Object.keys(TABLES) as (keyof DemoWorldRows)[]) {
      await insertRows(tx, TABLES[name], rows[name])
    }
    await loadRoadDemo(tx as unknown as Db, rows, { now: opts.clock.now(), newId: uuidv7 })
    await loadGuestsDemo(tx as unknown as Db, rows, { now: opts.clock.now(), newId: uuidv7 })
    await loadAdvanceDemo(tx as unknown as Db, rows, { now: opts.clock.now(), newId: uuidv7 })
    await loadTravelDemo(tx as unknown as Db, rows, { now: opts.clock.now(), newId: uuidv7 })
    await loadAvailabilityDemo(tx as unknown as Db, rows, { now: opts.clock.now(), newId: uuidv7 })
    await loadNotifyDemo(tx as unknown as Db, rows, { now: opts.clock.now(), newId: uuidv7 })
    await loadBusinessDemo(tx as unknown as Db, rows, { now: opts.clock.now() })
    // The band's owner claims each of our acts' slug as its public handle (ADR 015), so
    // /public/big-time-rush is the band's page; outside acts get none.
    const owner = rows.workspaceMembers.find((m) => m.role === 'owner')
    const ours = rows.acts.filter((a) => a.isInternal)
    await insertRows(
      tx,
      'publicHandles',
      ours.map((a) => ({ handle: a.slug, workspaceId: a.workspaceId, actId: a.id, claimedBy: owner?.userId ?? null, claimedAt: opts.clock.now() })),
    )
  })

  const workspace = rows.workspaces[0]!
  const roleOf = new Map(rows.workspaceMembers.map((m) => [m.userId, m.role]))
  return {
    workspaceId: workspace.id,
    workspaceSlug: workspace.slug,
    users: rows.users.length,
    rows: Object.fromEntries(Object.entries(rows).map(([name, values]) => [name, values.length])) as LoadedDemoWorld['rows'],
    logins: rows.users.map((u) => ({ email: u.email, name: u.displayName, role: roleOf.get(u.id)! })),
  }
}

async function assertEmpty(db: Db, rows: DemoWorldRows): Promise<void> {
  const workspaceSlug = await anyWorkspaceSlug(db)
  if (workspaceSlug !== null) {
    throw new ConflictError(`The demo loads into an empty database only; this one already has the workspace "${workspaceSlug}".`)
  }
  const taken = await takenEmails(
    db,
    rows.users.map((u) => u.email),
  )
  if (taken.length > 0) {
    throw new ConflictError(`The demo loads into an empty database only; these logins already exist: ${taken.join(', ')}.`)
  }
}
