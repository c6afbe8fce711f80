import { uuidv7 } from 'uuidv7'
import { IMPORT_KINDS } from '../../contract/imports.ts'
import type { Db } from '../../db/client.ts'
import { sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import type { ExternalEntityKind } from '../../db/schema/index.ts'
import { countWorksNeedingSplits, LinkedImportStore } from '../../db/writes/linked-import.ts'
import type { Clock } from '../../domain/clock.ts'
import { ConflictError, NotFoundError } from '../../domain/errors.ts'
import { slugify } from '../../domain/slug.ts'
import { actKindOf, parseMusicBrainz } from '../../interop/musicbrainz/parse.ts'
import type {
  MbActDocument,
  MbArtist,
  MbDocumentKind,
  MbEdition,
  MbMembership,
  MbRecording,
  MbReleaseGroup,
  MbWork,
  ParsedMbDocument,
} from '../../interop/musicbrainz/types.ts'

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
      const store = new LinkedImportStore(tx, input.workspaceId, SOURCE, input.clock.now())
      if (!(await store.workspaceExists())) throw new NotFoundError('workspace', input.workspaceId)
      const run = new ImportRun(store)
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

  constructor(private readonly store: LinkedImportStore) {}

  async result(parsed: ParsedMbDocument): Promise<MusicBrainzImportResult> {
    const counts = Object.fromEntries(
      IMPORT_KINDS.map((k) => {
        const c: ImportCounts = { created: 0, updated: 0, unchanged: 0 }
        for (const o of this.outcomes.get(k)!.values()) c[o]++
        return [k, c]
      }),
    ) as Record<ImportKind, ImportCounts>
    const pending = await this.store.works.worksWithOpenSplits([...this.touchedWorks])
    const warnings = [...new Set([...parsed.warnings, ...this.warnings])]
    if (this.placeholderWorks) {
      warnings.push(
        `${this.placeholderWorks} recording${this.placeholderWorks === 1 ? ' names' : 's name'} no work in MusicBrainz: a song of the same title was created for each, its writers not known yet.`,
      )
    }
    if (pending) {
      warnings.push(`${pending} work${pending === 1 ? ' has' : 's have'} writers without splits: fill them in under Songs ("splits to fill").`)
    }
    return { kind: parsed.kind, search: parsed.search, entities: parsed.entities, counts, worksNeedingSplits: pending, warnings }
  }

  /** Records what happened to one record; within a file the strongest outcome wins (created > updated > unchanged). */
  private mark(kind: ImportKind, key: string, outcome: ImportOutcome): void {
    const seen = this.outcomes.get(kind)!
    const before = seen.get(key)
    if (before === 'created' || (before === 'updated' && outcome === 'unchanged')) return
    seen.set(key, outcome)
  }

  /** The one record of these no MusicBrainz identifier points at yet, linked to `externalId`; null when none or several. */
  private async adoptSingle(kind: ExternalEntityKind, externalId: string, ids: string[]): Promise<string | null> {
    const candidates = await this.store.unlinked(kind, ids)
    if (candidates.length !== 1) return null
    await this.store.link(kind, externalId, candidates[0]!)
    return candidates[0]!
  }

  private async freeSlug(artist: MbArtist): Promise<string> {
    if (!this.slugs) this.slugs = new Set(await this.store.people.actSlugs())
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
    let id = await this.store.linked('act', artist.mbid)
    if (!id) id = await this.adoptSingle('act', artist.mbid, await this.store.people.actsNamed(artist.name))
    if (id) this.mark('acts', artist.mbid, 'unchanged')
    else {
      id = uuidv7()
      const description = [artist.disambiguation.trim(), lifeSpan].filter(Boolean).join(' · ')
      await this.store.people.insertAct({
        id,
        slug: await this.freeSlug(artist),
        name: artist.name.slice(0, NAME_MAX),
        kind: actKindOf(artist.type),
        description,
      })
      await this.store.link('act', artist.mbid, id)
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
    let id = await this.store.linked('person', artist.mbid)
    if (!id) id = await this.adoptSingle('person', artist.mbid, await this.store.people.peopleNamed(artist.name))
    if (id) this.mark('people', artist.mbid, 'unchanged')
    else {
      id = uuidv7()
      await this.store.people.insertPerson(id, artist.name.slice(0, NAME_MAX))
      await this.store.link('person', artist.mbid, id)
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
    let id = await this.store.linked('membership', key)
    if (!id) id = await this.adoptSingle('membership', key, await this.store.people.membershipsBegun(actId, personId, m.beginDate))
    if (!id) {
      id = uuidv7()
      await this.store.people.insertMembership({ id, actId, personId, instruments: m.instruments, beginDate: m.beginDate, endDate: m.endDate })
      await this.store.link('membership', key, id)
      this.mark('memberships', key, 'created')
      return
    }
    const row = await this.store.people.membership(id)
    const fill: { endDate?: string; instruments?: string[] } = {}
    if (row && row.endDate === null && m.endDate) fill.endDate = m.endDate
    if (row && row.instruments.length === 0 && m.instruments.length) fill.instruments = m.instruments
    if (Object.keys(fill).length) {
      await this.store.people.fillMembership(id, fill)
      this.mark('memberships', key, 'updated')
    } else this.mark('memberships', key, 'unchanged')
  }

  /**
   * Adds MusicBrainz's writers to a work with their roles and no shares (splits to fill). A work whose
   * splits are already set is left alone: a writer it lacks is reported instead of breaking its 100 %.
   */
  private async writers(workId: string, work: MbWork): Promise<boolean> {
    if (work.writers.length === 0) return false
    const existing = await this.store.works.writersOf(workId)
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
    await this.store.works.addWritersWithoutShares(
      workId,
      missing.map((m, i) => ({ personId: m.personId, position: start + i, role: m.role })),
    )
    return true
  }

  async work(work: MbWork): Promise<string> {
    const key = `work:${work.mbid}`
    const cached = this.ids.get(key)
    if (cached) return cached
    let id = await this.store.linked('work', work.mbid)
    if (!id && work.iswc) id = await this.adoptSingle('work', work.mbid, await this.store.works.worksWithIswcDigits(work.iswc.replace(/\D/g, '')))
    if (id) {
      const row = await this.store.works.work(id)
      const fillIswc = !row?.iswc && work.iswc
      const wroteWriters = await this.writers(id, work)
      if (fillIswc || wroteWriters) {
        await this.store.works.touchWork(id, fillIswc ? { iswc: work.iswc } : {})
        this.mark('works', work.mbid, 'updated')
      } else this.mark('works', work.mbid, 'unchanged')
    } else {
      id = uuidv7()
      await this.store.works.insertWork({ id, title: work.title.slice(0, NAME_MAX), iswc: work.iswc })
      await this.writers(id, work)
      await this.store.link('work', work.mbid, id)
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
    let id = await this.store.linked('recording', rec.mbid)
    if (id) {
      const row = await this.store.works.recording(id)
      const fill: { workId?: string; durationSeconds?: number; recordedOn?: string } = {}
      if (row && row.durationSeconds === null && rec.durationSeconds !== null) fill.durationSeconds = rec.durationSeconds
      if (row && row.recordedOn === null && rec.recordedOn !== null) fill.recordedOn = rec.recordedOn
      const stand = row && workId && row.workId !== workId ? await this.standInWork(row.workId, rec.title) : false
      if (stand) fill.workId = workId!
      if (Object.keys(fill).length) {
        await this.store.works.fillRecording(id, fill)
        this.mark('recordings', rec.mbid, 'updated')
      } else this.mark('recordings', rec.mbid, 'unchanged')
      if (stand) await this.dropStandIn(row!.workId)
    } else {
      const featured: string[] = []
      for (const other of others) if (other !== actId && !featured.includes(other)) featured.push(other)
      let ownWorkId = workId
      if (!ownWorkId) {
        ownWorkId = uuidv7()
        await this.store.works.insertWork({ id: ownWorkId, title: rec.title.slice(0, NAME_MAX) })
        this.mark('works', `for-recording:${rec.mbid}`, 'created')
        this.placeholderWorks++
      }
      const workTitle = rec.work?.title ?? rec.title
      id = uuidv7()
      await this.store.works.insertRecording(
        {
          id,
          workId: ownWorkId,
          actId: actId!,
          title: rec.title === workTitle ? null : rec.title.slice(0, 200),
          kind: rec.kind,
          durationSeconds: rec.durationSeconds,
          recordedOn: rec.recordedOn,
        },
        featured,
      )
      await this.store.link('recording', rec.mbid, id)
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
    const work = await this.store.works.work(workId)
    if (!work || work.title !== title.slice(0, NAME_MAX) || work.iswc !== null || work.notes !== '') return false
    if ((await this.store.unlinked('work', [workId])).length === 0) return false
    return !(await this.store.works.hasWriters(workId))
  }

  /** Deletes a stand-in work nothing uses any more; keeps it when anything still refers to it. */
  private async dropStandIn(workId: string): Promise<void> {
    if (await this.store.works.hasRecordings(workId)) return
    await this.store.works.deleteWorkUnlessReferenced(workId)
  }

  /** A release group with its editions: found by its MBID, or by an edition already imported, else created. */
  async releaseGroup(g: MbReleaseGroup): Promise<void> {
    // Recordings first: an edition's track list needs them, and they are counted even when the edition is here already.
    const recordingIds = new Map<string, string>()
    for (const e of g.editions) for (const t of e.tracks) recordingIds.set(t.recording.mbid, await this.recording(t.recording))

    const actId = await this.act(g.credit[0]!)
    const groupKey = g.mbid ?? `release:${g.editions[0]?.mbid ?? g.title}`
    let groupId = g.mbid ? await this.store.linked('release-group', g.mbid) : null
    if (!groupId) {
      for (const e of g.editions) {
        const editionId = await this.store.linked('edition', e.mbid)
        if (!editionId) continue
        const found = await this.store.releases.releaseGroupOfEdition(editionId)
        if (found) groupId = found
        break
      }
      if (groupId && g.mbid) await this.store.link('release-group', g.mbid, groupId)
    }
    let groupChanged = false
    if (groupId) this.mark('releaseGroups', groupKey, 'unchanged')
    else {
      groupId = uuidv7()
      const notes = g.secondaryTypes.length ? `MusicBrainz: ${g.secondaryTypes.join(', ')}.` : ''
      await this.store.releases.insertReleaseGroup({ id: groupId, actId, title: g.title.slice(0, NAME_MAX), kind: g.kind, notes })
      if (g.mbid) await this.store.link('release-group', g.mbid, groupId)
      this.mark('releaseGroups', groupKey, 'created')
    }
    for (const e of g.editions) if (await this.edition(groupId, e, recordingIds)) groupChanged = true
    if (groupChanged && this.outcomes.get('releaseGroups')!.get(groupKey) !== 'created') {
      await this.store.releases.touchReleaseGroup(groupId)
      this.mark('releaseGroups', groupKey, 'updated')
    }
  }

  /** Creates or fills in one edition; true when something was written. */
  private async edition(groupId: string, e: MbEdition, recordingIds: Map<string, string>): Promise<boolean> {
    const trackRows = () => e.tracks.map((t) => ({ medium: t.medium, position: t.position, recordingId: recordingIds.get(t.recording.mbid)! }))
    const id = await this.store.linked('edition', e.mbid)
    if (!id) {
      const slots = await this.store.releases.editionSlots(groupId)
      if (slots.count >= MAX_EDITIONS) {
        if (this.fullGroups.has(groupId)) return false
        this.fullGroups.add(groupId)
        this.warnings.push(`A release group keeps at most ${MAX_EDITIONS} editions; "${e.name}" (${e.mbid}) and any further ones were left out.`)
        return false
      }
      const editionId = uuidv7()
      await this.store.releases.insertEdition({
        id: editionId,
        releaseGroupId: groupId,
        position: slots.last === null ? 0 : slots.last + 1,
        name: e.name,
        releaseDate: e.releaseDate,
        format: e.format,
        barcode: e.barcode,
      })
      if (e.tracks.length) await this.store.releases.insertTracks(editionId, trackRows())
      await this.store.link('edition', e.mbid, editionId)
      this.mark('editions', e.mbid, 'created')
      return true
    }
    const row = await this.store.releases.edition(id)
    const fill: { releaseDate?: string; format?: string; barcode?: string } = {}
    if (row && row.releaseDate === null && e.releaseDate) fill.releaseDate = e.releaseDate
    if (row && row.format === null && e.format) fill.format = e.format
    if (row && row.barcode === null && e.barcode) fill.barcode = e.barcode
    let changed = false
    if (Object.keys(fill).length) {
      await this.store.releases.fillEdition(id, fill)
      changed = true
    }
    if (e.tracks.length && (await this.store.releases.trackCount(id)) === 0) {
      await this.store.releases.insertTracks(id, trackRows())
      changed = true
    }
    this.mark('editions', e.mbid, changed ? 'updated' : 'unchanged')
    return changed
  }
}

/** How many works of the workspace have writers without splits (the "splits to fill" list). */
export function worksNeedingSplits(db: Db, workspaceId: string): Promise<number> {
  return countWorksNeedingSplits(db, workspaceId)
}
