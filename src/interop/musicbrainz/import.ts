import { and, eq, inArray, isNull, max, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import { uuidv7 } from 'uuidv7'
import { IMPORT_KINDS } from '../../contract/imports.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import {
  actMemberships,
  acts,
  editions,
  externalIds,
  people,
  recordingFeatured,
  recordings,
  releaseGroups,
  tracks,
  workWriters,
  works,
  workspaces,
  type ExternalEntityKind,
} from '../../db/schema/index.ts'
import type { Clock } from '../../domain/clock.ts'
import { ConflictError, NotFoundError } from '../../domain/errors.ts'
import { slugify } from '../../domain/slug.ts'
import {
  actKindOf,
  parseMusicBrainz,
  type MbActDocument,
  type MbArtist,
  type MbDocumentKind,
  type MbEdition,
  type MbMembership,
  type MbRecording,
  type MbReleaseGroup,
  type MbWork,
  type ParsedMbDocument,
} from './parse.ts'

export type ImportKind = (typeof IMPORT_KINDS)[number]
export type ImportOutcome = 'created' | 'updated' | 'unchanged'
export type ImportCounts = Record<ImportOutcome, number>

export interface MusicBrainzImportResult {
  kind: MbDocumentKind
  search: boolean
  /** How many artists, release groups, releases, recordings or works the document holds. */
  entities: number
  /** Per kind of Greenroom record: how many the import created, filled in, or found as they were. */
  counts: Record<ImportKind, ImportCounts>
  /** Works of this document whose writers are known but whose splits are not. */
  worksNeedingSplits: number
  warnings: string[]
}

export interface ImportMusicBrainzInput {
  workspaceId: string
  document: unknown
  clock: Clock
}

const SOURCE = 'musicbrainz'
const NAME_MAX = 200

/** Reads one ws/2 JSON document and imports it (see importParsedMusicBrainz). */
export async function importMusicBrainz(db: Db, input: ImportMusicBrainzInput): Promise<MusicBrainzImportResult> {
  return importParsedMusicBrainz(db, { workspaceId: input.workspaceId, parsed: parseMusicBrainz(input.document), clock: input.clock })
}

/**
 * Imports one parsed document in one transaction. Records are found again through `external_ids`
 * (MBIDs), so a second import of the same document changes nothing. A record that is already here is
 * only filled in where it is empty (a missing ISWC, duration, track list, writer credits while the
 * splits are still open); what the band has edited is never overwritten.
 */
export async function importParsedMusicBrainz(
  db: Db,
  input: { workspaceId: string; parsed: ParsedMbDocument; clock: Clock },
): Promise<MusicBrainzImportResult> {
  const { parsed } = input
  try {
    return await db.transaction(async (txn) => {
      const tx = txn as unknown as Db
      const [ws] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, input.workspaceId))
      if (!ws) throw new NotFoundError('workspace', input.workspaceId)
      const run = new ImportRun(tx, input.workspaceId, input.clock.now())
      for (const a of parsed.artists) await run.actDocument(a)
      for (const w of parsed.works) await run.work(w)
      for (const r of parsed.recordings) await run.recording(r)
      for (const g of parsed.releaseGroups) await run.releaseGroup(g)
      return run.result(parsed)
    })
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION)
      throw new ConflictError('Another import of the same MusicBrainz data ran at the same time; nothing of this file was written. Import it again.')
    throw err
  }
}

/** The table of each kind of linked record (all have workspace_id and id). */
const TABLE_OF: Record<ExternalEntityKind, PgTable> = {
  person: people,
  act: acts,
  membership: actMemberships,
  work: works,
  recording: recordings,
  'release-group': releaseGroups,
  edition: editions,
}
/** A release group's editor takes at most this many editions (contract EditionBodySchema list). */
const MAX_EDITIONS = 50

class ImportRun {
  private readonly ids = new Map<string, string>()
  private readonly outcomes = new Map<ImportKind, Map<string, ImportOutcome>>(IMPORT_KINDS.map((k) => [k, new Map()]))
  private readonly warnings: string[] = []
  private readonly touchedWorks = new Set<string>()
  private placeholderWorks = 0
  private readonly fullGroups = new Set<string>()
  private slugs: Set<string> | null = null

  constructor(
    private readonly tx: Db,
    private readonly ws: string,
    private readonly now: Date,
  ) {}

  async result(parsed: ParsedMbDocument): Promise<MusicBrainzImportResult> {
    const counts = Object.fromEntries(
      IMPORT_KINDS.map((k) => {
        const c: ImportCounts = { created: 0, updated: 0, unchanged: 0 }
        for (const o of this.outcomes.get(k)!.values()) c[o]++
        return [k, c]
      }),
    ) as Record<ImportKind, ImportCounts>
    const touched = [...this.touchedWorks]
    const pending = touched.length
      ? await this.tx
          .selectDistinct({ workId: workWriters.workId })
          .from(workWriters)
          .where(and(eq(workWriters.workspaceId, this.ws), inArray(workWriters.workId, touched), isNull(workWriters.shareBp)))
      : []
    const warnings = [...new Set([...parsed.warnings, ...this.warnings])]
    if (this.placeholderWorks) {
      warnings.push(
        `${this.placeholderWorks} recording${this.placeholderWorks === 1 ? ' names' : 's name'} no work in MusicBrainz: a song of the same title was created for each, its writers not known yet.`,
      )
    }
    if (pending.length) {
      warnings.push(`${pending.length} work${pending.length === 1 ? ' has' : 's have'} writers without splits: fill them in under Songs ("splits to fill").`)
    }
    return { kind: parsed.kind, search: parsed.search, entities: parsed.entities, counts, worksNeedingSplits: pending.length, warnings }
  }

  /** Records what happened to one record; within a file the strongest outcome wins (created > updated > unchanged). */
  private mark(kind: ImportKind, key: string, outcome: ImportOutcome): void {
    const seen = this.outcomes.get(kind)!
    const before = seen.get(key)
    if (before === 'created' || (before === 'updated' && outcome === 'unchanged')) return
    seen.set(key, outcome)
  }

  private async linked(kind: ExternalEntityKind, externalId: string): Promise<string | null> {
    const [row] = await this.tx
      .select({ entityId: externalIds.entityId })
      .from(externalIds)
      .where(
        and(eq(externalIds.workspaceId, this.ws), eq(externalIds.source, SOURCE), eq(externalIds.entityKind, kind), eq(externalIds.externalId, externalId)),
      )
    if (!row) return null
    // Every table of TABLE_OF has these two columns; typed as one of them to build the query.
    const table = TABLE_OF[kind] as typeof people
    const [exists] = await this.tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.workspaceId, this.ws), eq(table.id, row.entityId)))
    // A record deleted since the last import is created again; link() re-points the identifier.
    return exists ? row.entityId : null
  }

  private async link(kind: ExternalEntityKind, externalId: string, entityId: string): Promise<void> {
    await this.tx
      .insert(externalIds)
      .values({ workspaceId: this.ws, source: SOURCE, entityKind: kind, externalId, entityId, createdAt: this.now })
      .onConflictDoUpdate({ target: [externalIds.workspaceId, externalIds.source, externalIds.entityKind, externalIds.externalId], set: { entityId } })
  }

  /** Of these records, the ones no MusicBrainz identifier points at yet (safe to match by name). */
  private async unlinked(kind: ExternalEntityKind, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return []
    const taken = await this.tx
      .select({ id: externalIds.entityId })
      .from(externalIds)
      .where(and(eq(externalIds.workspaceId, this.ws), eq(externalIds.source, SOURCE), eq(externalIds.entityKind, kind), inArray(externalIds.entityId, ids)))
    const linked = new Set(taken.map((r) => r.id))
    return ids.filter((id) => !linked.has(id))
  }

  private async freeSlug(artist: MbArtist): Promise<string> {
    if (!this.slugs) this.slugs = new Set((await this.tx.select({ slug: acts.slug }).from(acts).where(eq(acts.workspaceId, this.ws))).map((r) => r.slug))
    let base = slugify(artist.name)
    if (base === 'untitled' && artist.sortName) base = slugify(artist.sortName)
    let slug = base
    for (let n = 2; this.slugs.has(slug); n++) slug = `${base.slice(0, 55).replace(/-+$/, '')}-${n}`
    this.slugs.add(slug)
    return slug
  }

  /**
   * The act of an artist: the one imported before, else the only unlinked act of that name (the
   * band's own act, entered by hand), else a new external act.
   */
  async act(artist: MbArtist, lifeSpan: string | null = null): Promise<string> {
    const key = `act:${artist.mbid}`
    const cached = this.ids.get(key)
    if (cached) return cached
    let id = await this.linked('act', artist.mbid)
    if (!id) {
      const named = await this.tx
        .select({ id: acts.id })
        .from(acts)
        .where(and(eq(acts.workspaceId, this.ws), sql`lower(${acts.name}) = lower(${artist.name})`))
      const candidates = await this.unlinked(
        'act',
        named.map((r) => r.id),
      )
      if (candidates.length === 1) {
        id = candidates[0]!
        await this.link('act', artist.mbid, id)
      }
    }
    if (id) this.mark('acts', artist.mbid, 'unchanged')
    else {
      id = uuidv7()
      const description = [artist.disambiguation.trim(), lifeSpan].filter(Boolean).join(' · ')
      await this.tx.insert(acts).values({
        workspaceId: this.ws,
        id,
        slug: await this.freeSlug(artist),
        name: artist.name.slice(0, NAME_MAX),
        kind: actKindOf(artist.type),
        isInternal: false,
        description,
        createdAt: this.now,
        updatedAt: this.now,
      })
      await this.link('act', artist.mbid, id)
      this.mark('acts', artist.mbid, 'created')
    }
    this.ids.set(key, id)
    return id
  }

  /** The person of an artist (a writer or a member): imported before, else the only unlinked person of that name, else new. */
  async person(artist: MbArtist): Promise<string> {
    const key = `person:${artist.mbid}`
    const cached = this.ids.get(key)
    if (cached) return cached
    let id = await this.linked('person', artist.mbid)
    if (!id) {
      const named = await this.tx
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.workspaceId, this.ws), sql`lower(${people.name}) = lower(${artist.name})`))
      const candidates = await this.unlinked(
        'person',
        named.map((r) => r.id),
      )
      if (candidates.length === 1) {
        id = candidates[0]!
        await this.link('person', artist.mbid, id)
      }
    }
    if (id) this.mark('people', artist.mbid, 'unchanged')
    else {
      id = uuidv7()
      await this.tx.insert(people).values({ workspaceId: this.ws, id, name: artist.name.slice(0, NAME_MAX), createdAt: this.now, updatedAt: this.now })
      await this.link('person', artist.mbid, id)
      this.mark('people', artist.mbid, 'created')
    }
    this.ids.set(key, id)
    return id
  }

  async actDocument(doc: MbActDocument): Promise<void> {
    await this.act(doc.artist, doc.lifeSpan)
    for (const m of doc.memberships) await this.membership(m)
  }

  private async membership(m: MbMembership): Promise<void> {
    const key = `${m.group.mbid}/${m.member.mbid}/${m.beginDate ?? ''}`
    const actId = await this.act(m.group)
    const personId = await this.person(m.member)
    let id = await this.linked('membership', key)
    if (!id) {
      const same = await this.tx
        .select({ id: actMemberships.id })
        .from(actMemberships)
        .where(
          and(
            eq(actMemberships.workspaceId, this.ws),
            eq(actMemberships.actId, actId),
            eq(actMemberships.personId, personId),
            m.beginDate ? eq(actMemberships.beginDate, m.beginDate) : isNull(actMemberships.beginDate),
          ),
        )
      const candidates = await this.unlinked(
        'membership',
        same.map((r) => r.id),
      )
      if (candidates.length === 1) {
        id = candidates[0]!
        await this.link('membership', key, id)
      }
    }
    if (!id) {
      id = uuidv7()
      await this.tx
        .insert(actMemberships)
        .values({ workspaceId: this.ws, id, actId, personId, role: 'member', instruments: m.instruments, beginDate: m.beginDate, endDate: m.endDate })
      await this.link('membership', key, id)
      this.mark('memberships', key, 'created')
      return
    }
    const [row] = await this.tx
      .select()
      .from(actMemberships)
      .where(and(eq(actMemberships.workspaceId, this.ws), eq(actMemberships.id, id)))
    const fill: Partial<typeof actMemberships.$inferInsert> = {}
    if (row && row.endDate === null && m.endDate) fill.endDate = m.endDate
    if (row && row.instruments.length === 0 && m.instruments.length) fill.instruments = m.instruments
    if (Object.keys(fill).length) {
      await this.tx
        .update(actMemberships)
        .set({ ...fill, version: sql`${actMemberships.version} + 1` })
        .where(and(eq(actMemberships.workspaceId, this.ws), eq(actMemberships.id, id)))
      this.mark('memberships', key, 'updated')
    } else this.mark('memberships', key, 'unchanged')
  }

  /**
   * Adds MusicBrainz's writers to a work with their roles and no shares (splits to fill). A work whose
   * splits are already set is left alone: a writer it lacks is reported instead of breaking its 100 %.
   */
  private async writers(workId: string, work: MbWork): Promise<boolean> {
    if (work.writers.length === 0) return false
    const existing = await this.tx
      .select({ personId: workWriters.personId, shareBp: workWriters.shareBp, position: workWriters.position })
      .from(workWriters)
      .where(and(eq(workWriters.workspaceId, this.ws), eq(workWriters.workId, workId)))
    const have = new Set(existing.map((w) => w.personId))
    const missing: { personId: string; role: string; name: string }[] = []
    for (const w of work.writers) {
      const personId = await this.person(w.artist)
      if (have.has(personId)) continue
      have.add(personId)
      missing.push({ personId, role: w.role, name: w.artist.name })
    }
    if (missing.length === 0) return false
    const splitsSet = existing.length > 0 && existing.every((w) => w.shareBp !== null)
    if (splitsSet) {
      this.warnings.push(
        `"${work.title}": MusicBrainz also credits ${missing.map((m) => m.name).join(', ')}; its splits are already set, so add ${missing.length === 1 ? 'this writer' : 'them'} yourself if that is right.`,
      )
      return false
    }
    const start = existing.reduce((n, w) => Math.max(n, w.position + 1), 0)
    await this.tx
      .insert(workWriters)
      .values(missing.map((m, i) => ({ workspaceId: this.ws, workId, personId: m.personId, position: start + i, role: m.role, shareBp: null })))
    return true
  }

  async work(work: MbWork): Promise<string> {
    const key = `work:${work.mbid}`
    const cached = this.ids.get(key)
    if (cached) return cached
    let id = await this.linked('work', work.mbid)
    if (!id && work.iswc) {
      const digits = work.iswc.replace(/\D/g, '')
      const same = await this.tx
        .select({ id: works.id })
        .from(works)
        .where(and(eq(works.workspaceId, this.ws), sql`regexp_replace(${works.iswc}, '[^0-9]', '', 'g') = ${digits}`))
      const candidates = await this.unlinked(
        'work',
        same.map((r) => r.id),
      )
      if (candidates.length === 1) {
        id = candidates[0]!
        await this.link('work', work.mbid, id)
      }
    }
    if (id) {
      const [row] = await this.tx
        .select({ iswc: works.iswc })
        .from(works)
        .where(and(eq(works.workspaceId, this.ws), eq(works.id, id)))
      const fillIswc = !row?.iswc && work.iswc
      const wroteWriters = await this.writers(id, work)
      if (fillIswc || wroteWriters) {
        await this.tx
          .update(works)
          .set({ ...(fillIswc ? { iswc: work.iswc } : {}), version: sql`${works.version} + 1`, updatedAt: this.now })
          .where(and(eq(works.workspaceId, this.ws), eq(works.id, id)))
        this.mark('works', work.mbid, 'updated')
      } else this.mark('works', work.mbid, 'unchanged')
    } else {
      id = uuidv7()
      await this.tx
        .insert(works)
        .values({ workspaceId: this.ws, id, title: work.title.slice(0, NAME_MAX), iswc: work.iswc, createdAt: this.now, updatedAt: this.now })
      await this.writers(id, work)
      await this.link('work', work.mbid, id)
      this.mark('works', work.mbid, 'created')
    }
    this.ids.set(key, id)
    this.touchedWorks.add(id)
    return id
  }

  async recording(rec: MbRecording): Promise<string> {
    const key = `recording:${rec.mbid}`
    const cached = this.ids.get(key)
    if (cached) return cached
    const workId = rec.work ? await this.work(rec.work) : null
    // The credited acts are looked up (and counted) even when the recording is here already.
    const creditIds: string[] = []
    for (const a of rec.credit) creditIds.push(await this.act(a))
    const [actId, ...others] = creditIds
    let id = await this.linked('recording', rec.mbid)
    if (id) {
      const [row] = await this.tx
        .select({ workId: recordings.workId, durationSeconds: recordings.durationSeconds, recordedOn: recordings.recordedOn })
        .from(recordings)
        .where(and(eq(recordings.workspaceId, this.ws), eq(recordings.id, id)))
      const fill: Partial<typeof recordings.$inferInsert> = {}
      if (row && row.durationSeconds === null && rec.durationSeconds !== null) fill.durationSeconds = rec.durationSeconds
      if (row && row.recordedOn === null && rec.recordedOn !== null) fill.recordedOn = rec.recordedOn
      const stand = row && workId && row.workId !== workId ? await this.standInWork(row.workId, rec.title) : false
      if (stand) fill.workId = workId!
      if (Object.keys(fill).length) {
        await this.tx
          .update(recordings)
          .set({ ...fill, version: sql`${recordings.version} + 1`, updatedAt: this.now })
          .where(and(eq(recordings.workspaceId, this.ws), eq(recordings.id, id)))
        this.mark('recordings', rec.mbid, 'updated')
      } else this.mark('recordings', rec.mbid, 'unchanged')
      if (stand) await this.dropStandIn(row!.workId)
    } else {
      const featured: string[] = []
      for (const other of others) if (other !== actId && !featured.includes(other)) featured.push(other)
      let ownWorkId = workId
      if (!ownWorkId) {
        ownWorkId = uuidv7()
        await this.tx
          .insert(works)
          .values({ workspaceId: this.ws, id: ownWorkId, title: rec.title.slice(0, NAME_MAX), createdAt: this.now, updatedAt: this.now })
        this.mark('works', `for-recording:${rec.mbid}`, 'created')
        this.placeholderWorks++
      }
      const workTitle = rec.work?.title ?? rec.title
      id = uuidv7()
      await this.tx.insert(recordings).values({
        workspaceId: this.ws,
        id,
        workId: ownWorkId,
        actId: actId!,
        title: rec.title === workTitle ? null : rec.title.slice(0, 200),
        kind: rec.kind,
        durationSeconds: rec.durationSeconds,
        recordedOn: rec.recordedOn,
        createdAt: this.now,
        updatedAt: this.now,
      })
      if (featured.length)
        await this.tx.insert(recordingFeatured).values(featured.map((f, position) => ({ workspaceId: this.ws, recordingId: id!, actId: f, position })))
      await this.link('recording', rec.mbid, id)
      this.mark('recordings', rec.mbid, 'created')
    }
    this.ids.set(key, id)
    return id
  }

  /**
   * Whether a recording's work is the stand-in an earlier import made for it (no MusicBrainz work was
   * named then): unlinked, the recording's title, no writers, ISWC or notes. Such a recording moves
   * to the real work when a later document names it.
   */
  private async standInWork(workId: string, title: string): Promise<boolean> {
    const [work] = await this.tx
      .select()
      .from(works)
      .where(and(eq(works.workspaceId, this.ws), eq(works.id, workId)))
    if (!work || work.title !== title.slice(0, NAME_MAX) || work.iswc !== null || work.notes !== '') return false
    if ((await this.unlinked('work', [workId])).length === 0) return false
    const [writer] = await this.tx
      .select({ personId: workWriters.personId })
      .from(workWriters)
      .where(and(eq(workWriters.workspaceId, this.ws), eq(workWriters.workId, workId)))
      .limit(1)
    return !writer
  }

  /** Deletes a stand-in work nothing uses any more; keeps it when anything still refers to it. */
  private async dropStandIn(workId: string): Promise<void> {
    const [used] = await this.tx
      .select({ id: recordings.id })
      .from(recordings)
      .where(and(eq(recordings.workspaceId, this.ws), eq(recordings.workId, workId)))
      .limit(1)
    if (used) return
    try {
      // A savepoint: a reference from elsewhere (a hold, a pitch) refuses the delete without failing the import.
      await this.tx.transaction(async (sp) => {
        await sp.delete(works).where(and(eq(works.workspaceId, this.ws), eq(works.id, workId)))
      })
    } catch (err) {
      if (sqlState(err) !== FOREIGN_KEY_VIOLATION) throw err
    }
  }

  /** A release group with its editions: found by its MBID, or by an edition already imported, else created. */
  async releaseGroup(g: MbReleaseGroup): Promise<void> {
    // Recordings first: an edition's track list needs them, and they are counted even when the edition is here already.
    const recordingIds = new Map<string, string>()
    for (const e of g.editions) for (const t of e.tracks) recordingIds.set(t.recording.mbid, await this.recording(t.recording))

    const actId = await this.act(g.credit[0]!)
    const groupKey = g.mbid ?? `release:${g.editions[0]?.mbid ?? g.title}`
    let groupId = g.mbid ? await this.linked('release-group', g.mbid) : null
    if (!groupId) {
      for (const e of g.editions) {
        const editionId = await this.linked('edition', e.mbid)
        if (!editionId) continue
        const [row] = await this.tx
          .select({ groupId: editions.releaseGroupId })
          .from(editions)
          .where(and(eq(editions.workspaceId, this.ws), eq(editions.id, editionId)))
        if (row) groupId = row.groupId
        break
      }
      if (groupId && g.mbid) await this.link('release-group', g.mbid, groupId)
    }
    let groupChanged = false
    if (groupId) this.mark('releaseGroups', groupKey, 'unchanged')
    else {
      groupId = uuidv7()
      const notes = g.secondaryTypes.length ? `MusicBrainz: ${g.secondaryTypes.join(', ')}.` : ''
      await this.tx
        .insert(releaseGroups)
        .values({ workspaceId: this.ws, id: groupId, actId, title: g.title.slice(0, NAME_MAX), kind: g.kind, notes, createdAt: this.now, updatedAt: this.now })
      if (g.mbid) await this.link('release-group', g.mbid, groupId)
      this.mark('releaseGroups', groupKey, 'created')
    }
    for (const e of g.editions) if (await this.edition(groupId, e, recordingIds)) groupChanged = true
    if (groupChanged && this.outcomes.get('releaseGroups')!.get(groupKey) !== 'created') {
      await this.tx
        .update(releaseGroups)
        .set({ version: sql`${releaseGroups.version} + 1`, updatedAt: this.now })
        .where(and(eq(releaseGroups.workspaceId, this.ws), eq(releaseGroups.id, groupId)))
      this.mark('releaseGroups', groupKey, 'updated')
    }
  }

  /** Creates or fills in one edition; true when something was written. */
  private async edition(groupId: string, e: MbEdition, recordingIds: Map<string, string>): Promise<boolean> {
    const trackRows = (editionId: string) =>
      e.tracks.map((t) => ({ workspaceId: this.ws, editionId, medium: t.medium, position: t.position, recordingId: recordingIds.get(t.recording.mbid)! }))
    const id = await this.linked('edition', e.mbid)
    if (!id) {
      const [last] = await this.tx
        .select({ n: max(editions.position), count: sql<number>`count(*)::int` })
        .from(editions)
        .where(and(eq(editions.workspaceId, this.ws), eq(editions.releaseGroupId, groupId)))
      if ((last?.count ?? 0) >= MAX_EDITIONS) {
        if (this.fullGroups.has(groupId)) return false
        this.fullGroups.add(groupId)
        this.warnings.push(`A release group keeps at most ${MAX_EDITIONS} editions; "${e.name}" (${e.mbid}) and any further ones were left out.`)
        return false
      }
      const editionId = uuidv7()
      await this.tx.insert(editions).values({
        workspaceId: this.ws,
        id: editionId,
        releaseGroupId: groupId,
        position: last?.n === null || last?.n === undefined ? 0 : last.n + 1,
        name: e.name,
        releaseDate: e.releaseDate,
        format: e.format,
        barcode: e.barcode,
      })
      if (e.tracks.length) await this.tx.insert(tracks).values(trackRows(editionId))
      await this.link('edition', e.mbid, editionId)
      this.mark('editions', e.mbid, 'created')
      return true
    }
    const [row] = await this.tx
      .select()
      .from(editions)
      .where(and(eq(editions.workspaceId, this.ws), eq(editions.id, id)))
    const fill: Partial<typeof editions.$inferInsert> = {}
    if (row && row.releaseDate === null && e.releaseDate) fill.releaseDate = e.releaseDate
    if (row && row.format === null && e.format) fill.format = e.format
    if (row && row.barcode === null && e.barcode) fill.barcode = e.barcode
    let changed = false
    if (Object.keys(fill).length) {
      await this.tx
        .update(editions)
        .set(fill)
        .where(and(eq(editions.workspaceId, this.ws), eq(editions.id, id)))
      changed = true
    }
    if (e.tracks.length) {
      const [have] = await this.tx
        .select({ n: sql<number>`count(*)::int` })
        .from(tracks)
        .where(and(eq(tracks.workspaceId, this.ws), eq(tracks.editionId, id)))
      if ((have?.n ?? 0) === 0) {
        await this.tx.insert(tracks).values(trackRows(id))
        changed = true
      }
    }
    this.mark('editions', e.mbid, changed ? 'updated' : 'unchanged')
    return changed
  }
}

/** How many works of the workspace have writers without splits (the "splits to fill" list). */
export async function countWorksNeedingSplits(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${workWriters.workId})::int` })
    .from(workWriters)
    .where(and(eq(workWriters.workspaceId, workspaceId), isNull(workWriters.shareBp)))
  return row?.n ?? 0
}
