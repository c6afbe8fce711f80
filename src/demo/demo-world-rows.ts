import type * as schema from '../db/schema/index.ts'
import { percentToBasisPoints } from '../domain/writer-shares.ts'
import { demoEmail, type DemoWorld } from './world-2013.ts'
import type { Context, RowOptions } from './demo-row-context.ts'
import { touringRows, type TouringRows } from './demo-touring-rows.ts'
import { pastTourRows, setlistRows, type SetlistRows } from './demo-setlist-rows.ts'
import { chartRows, type ChartRows } from './demo-chart-rows.ts'
import { rightsRows, type RightsRows } from './demo-rights-rows.ts'
import { publishingRows, type PublishingRows } from './demo-publishing-rows.ts'

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert']

/** The rows of every table the demo fills (insertion order: TABLES in load-demo-world.ts). */
export interface DemoWorldRows extends TouringRows, SetlistRows, ChartRows, RightsRows, PublishingRows {
  users: Insert<typeof schema.users>[]
  workspaces: Insert<typeof schema.workspaces>[]
  workspaceMembers: Insert<typeof schema.workspaceMembers>[]
  people: Insert<typeof schema.people>[]
  acts: Insert<typeof schema.acts>[]
  actMemberships: Insert<typeof schema.actMemberships>[]
  works: Insert<typeof schema.works>[]
  workWriters: Insert<typeof schema.workWriters>[]
  recordings: Insert<typeof schema.recordings>[]
  recordingLeads: Insert<typeof schema.recordingLeads>[]
  recordingFeatured: Insert<typeof schema.recordingFeatured>[]
  releaseGroups: Insert<typeof schema.releaseGroups>[]
  editions: Insert<typeof schema.editions>[]
  tracks: Insert<typeof schema.tracks>[]
  placements: Insert<typeof schema.placements>[]
}

/** Turns the readable refs of a (validated) demo world into rows with fresh UUIDs. Pure apart from `newId`. */
export function demoWorldRows(world: DemoWorld, opts: RowOptions): DemoWorldRows {
  const ids = new Map<string, string>()
  const ctx: Context = {
    ...opts,
    workspaceId: opts.newId(),
    idOf: (kind, ref) => {
      const key = `${kind}:${ref}`
      let id = ids.get(key)
      if (!id) ids.set(key, (id = opts.newId()))
      return id
    },
  }
  const touring = touringRows(world, ctx)
  // The last tour (history for the set-list rules) comes after this year's tours and shows.
  const past = pastTourRows(world, ctx)
  return {
    ...accountRows(world, ctx),
    ...peopleRows(world, ctx),
    ...workRows(world, ctx),
    ...recordingRows(world, ctx),
    ...releaseRows(world, ctx),
    ...touring,
    tours: [...touring.tours, ...past.tours],
    shows: [...touring.shows, ...past.shows],
    ...setlistRows(world, ctx),
    ...chartRows(world, ctx),
    ...rightsRows(world, ctx),
    ...publishingRows(world, ctx),
  }
}

function accountRows(world: DemoWorld, { workspaceId, now, passwordHash, idOf }: Context) {
  const withLogin = world.people.filter((p) => p.login)
  return {
    users: withLogin.map((p) => ({ id: idOf('user', p.ref), email: demoEmail(p), displayName: p.name, passwordHash, createdAt: now })),
    workspaces: [{ id: workspaceId, slug: world.workspace.slug, name: world.workspace.name, createdAt: now }],
    workspaceMembers: withLogin.map((p) => ({ workspaceId, userId: idOf('user', p.ref), role: p.login!, joinedAt: now })),
  }
}

function peopleRows(world: DemoWorld, { workspaceId, now, idOf, newId }: Context) {
  const stamps = { workspaceId, createdAt: now, updatedAt: now }
  const people = world.people.map((p) => ({
    ...stamps,
    id: idOf('person', p.ref),
    name: p.name,
    email: p.login ? demoEmail(p) : null,
    userId: p.login ? idOf('user', p.ref) : null,
    notes: p.notes ?? '',
  }))
  const acts = world.acts.map((a) => ({
    ...stamps,
    id: idOf('act', a.ref),
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    isInternal: a.isInternal,
    description: a.description,
  }))
  const actMemberships = world.memberships.map((m) => ({
    workspaceId,
    id: newId(),
    actId: idOf('act', m.act),
    personId: idOf('person', m.person),
    role: m.role,
    instruments: [...m.instruments],
    beginDate: m.beginDate ?? null,
    endDate: m.endDate ?? null,
  }))
  return { people, acts, actMemberships }
}

function workRows(world: DemoWorld, { workspaceId, now, idOf }: Context) {
  const works = world.works.map((w) => ({ workspaceId, id: idOf('work', w.ref), title: w.title, notes: w.notes ?? '', createdAt: now, updatedAt: now }))
  const workWriters = world.works.flatMap((w) =>
    w.writers.map((wr, i) => ({
      workspaceId,
      workId: idOf('work', w.ref),
      personId: idOf('person', wr.person),
      position: i + 1,
      role: wr.role ?? 'composer-lyricist',
      shareBp: percentToBasisPoints(wr.sharePercent)!,
    })),
  )
  return { works, workWriters }
}

function recordingRows(world: DemoWorld, { workspaceId, now, idOf }: Context) {
  const recordings = world.recordings.map((r) => ({
    workspaceId,
    id: idOf('recording', r.ref),
    workId: idOf('work', r.work),
    actId: idOf('act', r.act),
    title: r.title ?? null,
    kind: r.kind,
    durationSeconds: r.durationSeconds ?? null,
    key: r.key ?? null,
    mode: r.mode ?? null,
    tempoBpm: r.tempoBpm ?? null,
    energy: r.energy ?? null,
    needs: [...r.needs],
    recordedOn: r.recordedOn ?? null,
    notes: r.notes ?? '',
    createdAt: now,
    updatedAt: now,
  }))
  const recordingLeads = world.recordings.flatMap((r) =>
    r.leads.map((person, i) => ({ workspaceId, recordingId: idOf('recording', r.ref), personId: idOf('person', person), position: i + 1 })),
  )
  const recordingFeatured = world.recordings.flatMap((r) =>
    (r.featured ?? []).map((f, i) => ({ workspaceId, recordingId: idOf('recording', r.ref), actId: idOf('act', f.act), position: i + 1, credit: f.credit })),
  )
  return { recordings, recordingLeads, recordingFeatured }
}

function releaseRows(world: DemoWorld, { workspaceId, now, idOf, newId }: Context) {
  // Albums first: a single points at its album (single_of_id is a foreign key).
  const groups = [...world.releaseGroups].sort((a, b) => Number(a.singleOf !== undefined) - Number(b.singleOf !== undefined))
  const releaseGroups = groups.map((g) => ({
    workspaceId,
    id: idOf('release', g.ref),
    actId: idOf('act', g.act),
    title: g.title,
    kind: g.kind,
    singleOfId: g.singleOf ? idOf('release', g.singleOf) : null,
    singleOrder: g.singleOrder ?? null,
    notes: g.notes ?? '',
    createdAt: now,
    updatedAt: now,
  }))
  const editions: DemoWorldRows['editions'] = []
  const tracks: DemoWorldRows['tracks'] = []
  for (const g of groups) {
    g.editions.forEach((e, i) => {
      const id = newId()
      const { name, releaseDate = null, preorderDate = null, format = null } = e
      editions.push({ workspaceId, id, releaseGroupId: idOf('release', g.ref), position: i + 1, name, releaseDate, preorderDate, format })
      for (const t of e.tracks) tracks.push({ workspaceId, editionId: id, medium: t.medium, position: t.position, recordingId: idOf('recording', t.recording) })
    })
  }
  const placements = world.placements.map((p) => ({
    workspaceId,
    id: newId(),
    recordingId: idOf('recording', p.recording),
    series: p.series,
    season: p.season,
    episodeNumber: p.episodeNumber,
    episodeTitle: p.episodeTitle,
    airDate: p.airDate,
  }))
  return { releaseGroups, editions, tracks, placements }
}
