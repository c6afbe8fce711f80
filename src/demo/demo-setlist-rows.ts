import type * as schema from '../db/schema/index.ts'
import type { SetlistEntry } from '../contract/setlists.ts'
import { showSpan } from './demo-times.ts'
import type { Context } from './demo-row-context.ts'
import type { DemoSetlistEntry, DemoWorld } from './world-2013.ts'

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert']

export interface SetlistRows {
  actSetlistSettings: Insert<typeof schema.actSetlistSettings>[]
  setlistProposals: Insert<typeof schema.setlistProposals>[]
  setlistVersions: Insert<typeof schema.setlistVersions>[]
  setlistAnswers: Insert<typeof schema.setlistAnswers>[]
  showSetlists: Insert<typeof schema.showSetlists>[]
  playedSetlists: Insert<typeof schema.playedSetlists>[]
  tourPlannerSettings: Insert<typeof schema.tourPlannerSettings>[]
}

/** The last tour's rows (tour and shows), added to the touring tables before the set lists that refer to them. */
export interface PastTourRows {
  tours: Insert<typeof schema.tours>[]
  shows: Insert<typeof schema.shows>[]
}

/** A demo entry as the contract's SetlistEntry: recording refs become ids, absent fields stay absent. */
export function entryOf(e: DemoSetlistEntry, idOf: Context['idOf']): SetlistEntry {
  const { recording, guests, ...rest } = e
  return {
    ...rest,
    ...(recording ? { recordingId: idOf('recording', recording) } : {}),
    ...(guests ? { guests: [...guests] } : {}),
  }
}

export function pastTourRows(world: DemoWorld, { workspaceId, now, idOf }: Context): PastTourRows {
  const pastTours = world.setlists?.pastTours ?? []
  const zoneOf = new Map(world.venues.map((v) => [v.ref, v.timeZone]))
  return {
    tours: pastTours.map((t) => ({
      workspaceId,
      id: idOf('tour', t.ref),
      actId: idOf('act', t.act),
      name: t.name,
      notes: t.notes,
      createdAt: now,
      updatedAt: now,
    })),
    shows: pastTours.flatMap((t) =>
      t.shows.map((s) => {
        const span = showSpan(s.date, s.times, zoneOf.get(s.venue)!)
        if (!span.ok) throw new Error(`The demo show ${s.ref} has no valid time span: ${span.issues.map((i) => i.message).join('; ')}`)
        const { loadIn = null, soundcheck = null, doors = null, setStart = null, curfew = null } = s.times
        return {
          workspaceId,
          id: idOf('show', s.ref),
          actId: idOf('act', t.act),
          tourId: idOf('tour', t.ref),
          legId: null,
          venueId: idOf('venue', s.venue),
          localDate: s.date,
          loadIn,
          soundcheck,
          doors,
          setStart,
          curfew,
          startsAt: span.startsAt,
          endsAt: span.endsAt,
          status: 'played',
          announcement: 'announced',
          announceAt: null,
          notes: '',
          createdAt: now,
          updatedAt: now,
        }
      }),
    ),
  }
}

/**
 * Rows of the set-list half of the demo: the act's consensus rule and set-list rules, the proposals
 * with every version and answer, the agreed list applied to a leg's shows, and what was played on
 * the last tour. Proposal and version ids are
 * fresh; refs point at them within the data.
 */
export function setlistRows(world: DemoWorld, { workspaceId, idOf, newId }: Context): SetlistRows {
  const data = world.setlists
  if (!data)
    return {
      actSetlistSettings: [],
      setlistProposals: [],
      setlistVersions: [],
      setlistAnswers: [],
      showSetlists: [],
      playedSetlists: [],
      tourPlannerSettings: [],
    }
  const ids = new Map<string, string>()
  const local = (kind: 'proposal' | 'version', ref: string) => {
    const key = `${kind}:${ref}`
    let id = ids.get(key)
    if (!id) ids.set(key, (id = newId()))
    return id
  }
  const versionOf = (ref: string) => local('version', ref)
  const versionRef = new Set(data.proposals.flatMap((p) => p.versions.map((v) => v.ref)))
  const known = (ref: string) => {
    if (!versionRef.has(ref)) throw new Error(`The demo set lists name an unknown version "${ref}"`)
    return versionOf(ref)
  }

  const actSetlistSettings = data.settings.map((s) => ({
    workspaceId,
    actId: idOf('act', s.act),
    consensus: s.consensus,
    deciderPersonIds: [],
    countTouringMusicians: s.countTouringMusicians,
    rules: s.rules,
    version: 1,
  }))
  const setlistProposals = data.proposals.map((p) => ({
    workspaceId,
    id: local('proposal', p.ref),
    actId: idOf('act', p.act),
    title: p.title,
    targetKind: p.target.kind,
    tourId: p.target.kind === 'tour' ? idOf('tour', p.target.tour) : null,
    legId: p.target.kind === 'leg' ? idOf('leg', p.target.leg) : null,
    showId: null,
    authorPersonId: idOf('person', p.author),
    status: p.status,
    basedOnVersionId: p.basedOn ? known(p.basedOn) : null,
    agreedVersionId: p.agreedVersion ? known(p.agreedVersion) : null,
    agreedAt: p.agreedAt ? new Date(p.agreedAt) : null,
    createdAt: new Date(p.createdAt),
    updatedAt: new Date(p.updatedAt),
  }))
  const setlistVersions = data.proposals.flatMap((p) =>
    p.versions.map((v) => ({
      workspaceId,
      id: versionOf(v.ref),
      proposalId: local('proposal', p.ref),
      number: v.number,
      parentVersionId: v.parent ? known(v.parent) : null,
      authorPersonId: idOf('person', v.author),
      kind: v.kind,
      note: v.note,
      entries: v.entries.map((e) => entryOf(e, idOf)),
      revision: 1,
      createdAt: new Date(v.createdAt),
      updatedAt: new Date(v.createdAt),
    })),
  )
  const setlistAnswers = data.answers.map((a) => ({
    workspaceId,
    id: newId(),
    versionId: known(a.version),
    personId: idOf('person', a.person),
    kind: a.kind,
    text: a.text,
    entryId: a.entryId ?? null,
    resultVersionId: a.result ? known(a.result) : null,
    createdAt: new Date(a.at),
  }))
  const agreedVersions = new Set(data.proposals.flatMap((p) => (p.agreedVersion ? [p.agreedVersion] : [])))
  const showSetlists = (data.applied ?? []).flatMap((a) => {
    if (!agreedVersions.has(a.version)) throw new Error(`The demo applies "${a.version}", which is not the agreed version of its proposal`)
    const legShows = world.shows.filter((s) => s.leg === a.leg && s.status !== 'cancelled')
    if (legShows.length === 0) throw new Error(`The demo applies a set list to the leg "${a.leg}", which has no shows`)
    return legShows.map((s) => ({
      workspaceId,
      showId: idOf('show', s.ref),
      versionId: known(a.version),
      appliedBy: idOf('person', a.by),
      appliedAt: new Date(a.at),
    }))
  })
  const playedSetlists = data.pastTours.flatMap((t) =>
    t.shows.map((s) => ({
      workspaceId,
      showId: idOf('show', s.ref),
      entries: s.played.map((e) => entryOf(e, idOf)),
      source: 'recorded',
      sourceId: null,
      recordedBy: null,
      recordedAt: new Date(s.recordedAt),
      version: 1,
    })),
  )
  const tourPlannerSettings = (data.tourRotations ?? []).map((t) => ({
    workspaceId,
    tourId: idOf('tour', t.tour),
    rotation: { ...t.rotation },
    version: 1,
    updatedAt: new Date(data.pastTours[0]?.shows[0]?.recordedAt ?? '2013-06-01T00:00:00Z'),
  }))
  return { actSetlistSettings, setlistProposals, setlistVersions, setlistAnswers, showSetlists, playedSetlists, tourPlannerSettings }
}
