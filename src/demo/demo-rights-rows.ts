import type * as schema from '../db/schema/index.ts'
import { blockingExclusive, holdSpan, holdTermsIssues, overlappingExclusive, releaseDay, type HoldTerms } from '../domain/availability.ts'
import { ORGANIZATION_KINDS } from '../domain/organizations.ts'
import { HOLD_KINDS, PITCH_STATUSES } from '../domain/rights.ts'
import type { Context } from './demo-row-context.ts'
import type { Checker } from './demo-checker.ts'
import type { DemoWorld } from './world-2013.ts'
import type { DemoHold } from './world-2013/rights.ts'

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert']

export interface RightsRows {
  organizations: Insert<typeof schema.organizations>[]
  workHolds: Insert<typeof schema.workHolds>[]
  pitches: Insert<typeof schema.pitches>[]
}

const EMPTY = { organizations: [], holds: [], pitches: [] }

function holderOf(hold: DemoHold): { kind: 'organization' | 'act' | 'person'; ref: string } {
  if ('organization' in hold.holder) return { kind: 'organization', ref: hold.holder.organization }
  if ('act' in hold.holder) return { kind: 'act', ref: hold.holder.act }
  return { kind: 'person', ref: hold.holder.person }
}

const periodOf = (hold: DemoHold) => (hold.period ? { months: hold.period.months ?? 0, days: hold.period.days ?? 0 } : null)

/** Rows of the demo's organisations, holds on songs and pitches; refs become ids. */
export function rightsRows(world: DemoWorld, { workspaceId, now, idOf, newId }: Context): RightsRows {
  const stamps = { workspaceId, createdAt: now, updatedAt: now }
  const rights = world.rights ?? EMPTY
  const organizationIds = new Map(rights.organizations.map((o) => [o.ref, newId()]))
  return {
    organizations: rights.organizations.map((o) => ({
      ...stamps,
      id: organizationIds.get(o.ref)!,
      name: o.name,
      kind: o.kind,
      ipiNameNumber: o.ipiNameNumber ?? null,
      society: o.society ?? null,
      notes: o.notes ?? '',
    })),
    workHolds: rights.holds.map((h) => {
      const holder = holderOf(h)
      const period = periodOf(h)
      return {
        ...stamps,
        id: newId(),
        workId: idOf('work', h.work),
        holderKind: holder.kind,
        holderOrganizationId: holder.kind === 'organization' ? organizationIds.get(holder.ref)! : null,
        holderActId: holder.kind === 'act' ? idOf('act', holder.ref) : null,
        holderPersonId: holder.kind === 'person' ? idOf('person', holder.ref) : null,
        kind: h.kind,
        startsOn: h.startsOn,
        periodMonths: period?.months ?? null,
        periodDays: period?.days ?? null,
        endsOn: h.endsOn ?? null,
        endsOnRelease: h.endsOnRelease ?? false,
        notes: h.notes ?? '',
      }
    }),
    pitches: rights.pitches.map((p) => ({
      ...stamps,
      id: newId(),
      workId: idOf('work', p.work),
      actId: p.act ? idOf('act', p.act) : null,
      artistName: p.act ? null : (p.artistName ?? null),
      status: p.status,
      pitchedOn: p.pitchedOn,
      statusOn: p.statusOn ?? p.pitchedOn,
      notes: p.notes ?? '',
    })),
  }
}

/** The release days of a work in the demo: every edition carrying a recording of it. */
function releaseDaysOf(world: DemoWorld, work: string): string[] {
  const recordings = new Set(world.recordings.filter((r) => r.work === work).map((r) => r.ref))
  return world.releaseGroups.flatMap((g) =>
    g.editions.filter((e) => e.releaseDate && e.tracks.some((t) => recordings.has(t.recording))).map((e) => releaseDay(e.releaseDate!)),
  )
}

/** What the API would refuse: known refs and kinds, sound terms, no overlapping exclusive holds, no pitch into another's exclusive hold. */
export function checkRights(world: DemoWorld, c: Checker): void {
  const rights = world.rights ?? EMPTY
  const organizations = new Set(rights.organizations.map((o) => o.ref))
  rights.organizations.forEach((o, i) => c.oneOf(ORGANIZATION_KINDS, o.kind, `rights.organizations.${i}.kind`))
  const terms: (HoldTerms & { work: string })[] = []
  rights.holds.forEach((h, i) => {
    const path = `rights.holds.${i}`
    const holder = holderOf(h)
    c.known('work', h.work, `${path}.work`)
    if (holder.kind === 'organization') c.check(organizations.has(holder.ref), `${path}.holder`, `no organization "${holder.ref}"`)
    else c.known(holder.kind, holder.ref, `${path}.holder`)
    c.oneOf(HOLD_KINDS, h.kind, `${path}.kind`)
    for (const issue of holdTermsIssues({ startsOn: h.startsOn, period: periodOf(h), endsOn: h.endsOn ?? null }))
      c.check(false, `${path}.${issue.path}`, issue.message)
    const hold = {
      id: String(i),
      work: h.work,
      kind: h.kind,
      holder: { kind: holder.kind, id: holder.ref, name: holder.ref },
      startsOn: h.startsOn,
      period: periodOf(h),
      endsOn: h.endsOn ?? null,
      endsOnRelease: h.endsOnRelease ?? false,
    }
    const other = overlappingExclusive(
      hold,
      terms.filter((t) => t.work === h.work),
    )
    c.check(other === null, `${path}.startsOn`, `overlaps another exclusive hold on "${h.work}"`)
    terms.push(hold)
  })
  rights.pitches.forEach((p, i) => {
    const path = `rights.pitches.${i}`
    c.known('work', p.work, `${path}.work`)
    if (p.act) c.known('act', p.act, `${path}.act`)
    c.check(Number(p.act !== undefined) + Number(p.artistName !== undefined) === 1, `${path}.artistName`, 'a pitch names an act or an artist, exactly one')
    c.oneOf(PITCH_STATUSES, p.status, `${path}.status`)
    c.check(!p.statusOn || p.statusOn >= p.pitchedOn, `${path}.statusOn`, 'the status cannot date from before the pitch')
    const days = releaseDaysOf(world, p.work)
    const spans = terms.filter((t) => t.work === p.work).map((t) => holdSpan(t, days))
    c.check(blockingExclusive(spans, p.pitchedOn, p.act ?? null) === null, `${path}.pitchedOn`, 'pitched while another party holds the song exclusively')
  })
}
