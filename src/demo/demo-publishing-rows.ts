import type * as schema from '../db/schema/index.ts'
import { publishingShareIssues } from '../domain/publishing-shares.ts'
import { IPI_NAME_NUMBER_PATTERN } from '../domain/organizations.ts'
import { percentToBasisPoints } from '../domain/writer-shares.ts'
import type { Context } from './demo-row-context.ts'
import type { Checker } from './demo-checker.ts'
import type { DemoWorld } from './world-2013.ts'

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert']

export interface PublishingRows {
  /** The publishers and administrators of the demo (organizations table, after the rights' ones). */
  publishingOrganizations: Insert<typeof schema.organizations>[]
  publishingSettings: Insert<typeof schema.publishingSettings>[]
  writerProfiles: Insert<typeof schema.writerProfiles>[]
  workPublishing: Insert<typeof schema.workPublishing>[]
  writerPublishers: Insert<typeof schema.writerPublishers>[]
}

/** The share of the work a publisher collects: a part (percent) of the writer's share, in basis points. */
const partOf = (shareBp: number, percent: number) => Math.floor((shareBp * percent) / 100)

/** Each deal applied to each listed work its writer co-wrote. */
function dealsOnWorks(world: DemoWorld) {
  const p = world.publishing
  if (!p) return []
  return p.works.flatMap((ref) => {
    const work = world.works.find((w) => w.ref === ref)
    if (!work) return []
    return p.deals.flatMap((deal) => {
      const writer = work.writers.find((w) => w.person === deal.person)
      if (!writer) return []
      const shareBp = percentToBasisPoints(writer.sharePercent) ?? 0
      return [{ work: ref, deal, shareBp, pr: partOf(shareBp, deal.prOfShare), mr: partOf(shareBp, deal.mrOfShare), sr: partOf(shareBp, deal.srOfShare) }]
    })
  })
}

/** Rows of the demo's publishing: publishers, the submitter, writers' IPIs and each album song's deals. */
export function publishingRows(world: DemoWorld, { workspaceId, now, idOf, newId }: Context): PublishingRows {
  const p = world.publishing
  if (!p) return { publishingOrganizations: [], publishingSettings: [], writerProfiles: [], workPublishing: [], writerPublishers: [] }
  const orgIds = new Map(p.parties.map((o) => [o.ref, newId()]))
  const onWorks = dealsOnWorks(world)
  const works = [...new Set(onWorks.map((d) => d.work))]
  return {
    publishingOrganizations: p.parties.map((o) => ({
      workspaceId,
      id: orgIds.get(o.ref)!,
      name: o.name,
      kind: o.kind,
      ipiNameNumber: o.ipiNameNumber,
      society: o.society,
      notes: o.notes ?? '',
      createdAt: now,
      updatedAt: now,
    })),
    publishingSettings: [{ workspaceId, submitterId: orgIds.get(p.submitter)!, senderCode: p.senderCode, updatedAt: now }],
    writerProfiles: p.profiles.map((x) => ({
      workspaceId,
      personId: idOf('person', x.person),
      ipiNameNumber: x.ipiNameNumber ?? null,
      society: x.society,
      updatedAt: now,
    })),
    workPublishing: works.map((w) => ({ workspaceId, workId: idOf('work', w), version: 1, updatedAt: now })),
    writerPublishers: onWorks.map((d) => ({
      workspaceId,
      workId: idOf('work', d.work),
      personId: idOf('person', d.deal.person),
      publisherId: orgIds.get(d.deal.publisher)!,
      administratorId: d.deal.administrator ? orgIds.get(d.deal.administrator)! : null,
      controlled: true,
      prShareBp: d.pr,
      mrShareBp: d.mr,
      srShareBp: d.sr,
    })),
  }
}

/** What the API would refuse: known refs, 11-digit IPIs, a publisher as submitter, and shares within each writer's share. */
export function checkPublishing(world: DemoWorld, c: Checker): void {
  const p = world.publishing
  if (!p) return
  const parties = new Set(p.parties.map((o) => o.ref))
  p.parties.forEach((o, i) =>
    c.check(IPI_NAME_NUMBER_PATTERN.test(o.ipiNameNumber), `publishing.parties.${i}.ipiNameNumber`, 'an IPI name number is 11 digits'),
  )
  c.check(parties.has(p.submitter), 'publishing.submitter', `no party "${p.submitter}"`)
  c.check(/^[A-Z0-9]{2,3}$/.test(p.senderCode), 'publishing.senderCode', 'two or three capitals or digits')
  p.profiles.forEach((x, i) => {
    c.known('person', x.person, `publishing.profiles.${i}.person`)
    c.check(!x.ipiNameNumber || IPI_NAME_NUMBER_PATTERN.test(x.ipiNameNumber), `publishing.profiles.${i}.ipiNameNumber`, 'an IPI name number is 11 digits')
  })
  p.deals.forEach((d, i) => {
    c.known('person', d.person, `publishing.deals.${i}.person`)
    c.check(parties.has(d.publisher), `publishing.deals.${i}.publisher`, `no party "${d.publisher}"`)
    c.check(!d.administrator || parties.has(d.administrator), `publishing.deals.${i}.administrator`, `no party "${d.administrator}"`)
  })
  p.works.forEach((w, i) => c.known('work', w, `publishing.works.${i}`))
  for (const ref of p.works) {
    const work = world.works.find((w) => w.ref === ref)
    if (!work) continue
    const entries = dealsOnWorks(world).filter((d) => d.work === ref)
    const issues = publishingShareIssues(
      entries.map((d) => ({
        personId: d.deal.person,
        publisherId: d.deal.publisher,
        administratorId: d.deal.administrator ?? null,
        controlled: true,
        prSharePercent: d.pr / 100,
        mrSharePercent: d.mr / 100,
        srSharePercent: d.sr / 100,
      })),
      work.writers.map((w) => ({ personId: w.person, shareBp: percentToBasisPoints(w.sharePercent) })),
    )
    for (const issue of issues) c.check(false, `publishing.works.${p.works.indexOf(ref)}`, `${ref}: ${issue.path} ${issue.message}`)
  }
}
