import type { z } from 'zod'
import type {
  MbDocumentKind,
  MbArtist,
  MbWriter,
  MbWork,
  MbRecording,
  MbTrack,
  MbEdition,
  MbReleaseGroup,
  MbMembership,
  MbActDocument,
  ParsedMbDocument,
} from './types.ts'
import { RELEASE_FORMATS, type ActKind, type RecordingKind, type ReleaseFormat, type ReleaseKind, type WriterRole } from '../../domain/catalog.ts'
import { ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { dateRangeIssues } from '../../domain/partial-date.ts'
import {
  ArtistSchema,
  RecordingSchema,
  ReleaseGroupSchema,
  ReleaseSchema,
  WorkSchema,
  searchEnvelope,
  type MbArtistPayload,
  type MbArtistRef,
  type MbRecordingPayload,
  type MbReleaseGroupPayload,
  type MbReleasePayload,
  type MbTrackPayload,
  type MbWorkPayload,
} from './payload-schema.ts'

const SEARCH_KEYS: Record<string, MbDocumentKind> = {
  artists: 'artist',
  'release-groups': 'release-group',
  releases: 'release',
  recordings: 'recording',
  works: 'work',
}
const UNSUPPORTED_SEARCH_KEYS: Record<string, string> = {
  events: 'event',
  places: 'place',
  areas: 'area',
  labels: 'label',
  series: 'series',
  instruments: 'instrument',
}
const ARTIST_TYPES = ['Person', 'Group', 'Orchestra', 'Choir', 'Character', 'Other']
const GROUP_TYPES = new Set(['Group', 'Orchestra', 'Choir'])
/** Attributes of "member of band" that are not instruments. */
const NON_INSTRUMENT_ATTRIBUTES = new Set(['original', 'founder', 'additional', 'minor', 'guest', 'solo', 'assistant', 'co'])
const WRITER_RELATIONS = new Set(['composer', 'lyricist', 'writer', 'librettist', 'arranger'])
const ISWC = /^T-?\d{3}\.?\d{3}\.?\d{3}-?\d$/
const BARCODE = /^\d{8,14}$/
const MAX_SECONDS = 4 * 3600

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export function actKindOf(type: string | null): ActKind {
  return type && GROUP_TYPES.has(type) ? 'group' : 'solo'
}

/** What a JSON value is, from its shape (ws/2 documents do not name their entity type). */
export function detectKind(doc: unknown): { kind: MbDocumentKind; search: false } | { kind: MbDocumentKind; search: true; key: string } {
  const notCatalog = (what: string) =>
    new ValidationError(
      [{ path: 'document', message: `a MusicBrainz ${what} is not catalog data: import artists, release groups, releases, recordings or works` }],
      `This is a MusicBrainz ${what}; Greenroom imports artists, release groups, releases, recordings and works.`,
    )
  if (!isObject(doc))
    throw new ValidationError([{ path: 'document', message: 'a MusicBrainz ws/2 JSON object is expected' }], 'This is not a MusicBrainz ws/2 JSON document.')
  // A search answer has its envelope; a lookup may hold lists too (a release group's releases).
  const isSearch = 'count' in doc || 'offset' in doc || 'created' in doc
  if (isSearch) for (const [key, kind] of Object.entries(SEARCH_KEYS)) if (Array.isArray(doc[key])) return { kind, search: true, key }
  if (isSearch) for (const [key, what] of Object.entries(UNSUPPORTED_SEARCH_KEYS)) if (Array.isArray(doc[key])) throw notCatalog(`${what} search`)
  if ('setlist' in doc || 'cancelled' in doc || 'time' in doc) throw notCatalog('event')
  if ('coordinates' in doc || 'address' in doc) throw notCatalog('place')
  if ('primary-type' in doc || 'primary-type-id' in doc || 'secondary-types' in doc) return { kind: 'release-group', search: false }
  if ('media' in doc || 'release-group' in doc || 'barcode' in doc || 'release-events' in doc || ('status' in doc && 'title' in doc))
    return { kind: 'release', search: false }
  if ('iswcs' in doc || ('title' in doc && ('languages' in doc || 'attributes' in doc))) return { kind: 'work', search: false }
  if ('title' in doc && ('video' in doc || 'length' in doc || 'isrcs' in doc || 'first-release-date' in doc)) return { kind: 'recording', search: false }
  if (
    'name' in doc &&
    ('gender' in doc || 'ipis' in doc || 'isnis' in doc || 'begin-area' in doc || 'country' in doc || ARTIST_TYPES.includes(String(doc.type)))
  )
    return { kind: 'artist', search: false }
  if ('name' in doc && 'sort-name' in doc) throw notCatalog('area')
  throw new ValidationError(
    [{ path: 'document', message: 'not a MusicBrainz artist, release group, release, recording or work (nor a search answer of them)' }],
    'This is not a MusicBrainz ws/2 artist, release group, release, recording or work.',
  )
}

function issuesOf(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.slice(0, 20).map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || 'document', message: i.message }))
}

function check<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value)
  if (!parsed.success)
    throw new ValidationError(
      issuesOf(parsed.error, ''),
      `This MusicBrainz ${what} cannot be read: ${issuesOf(parsed.error, '')
        .map((i) => `${i.path}: ${i.message}`)
        .slice(0, 3)
        .join('; ')}`,
    )
  return parsed.data
}

/**
 * Reads one ws/2 JSON document (a lookup of an artist, release group, release, recording or work,
 * or a search answer of them). Throws ValidationError naming the field when the document is not one.
 */
export function parseMusicBrainz(doc: unknown): ParsedMbDocument {
  const detected = detectKind(doc)
  const out: ParsedMbDocument = {
    kind: detected.kind,
    search: detected.search,
    entities: 0,
    artists: [],
    releaseGroups: [],
    recordings: [],
    works: [],
    warnings: [],
  }
  const list = <T extends z.ZodType>(schema: T): z.output<T>[] => {
    if (detected.search) return check(searchEnvelope(detected.key, schema), doc, `${detected.kind} search`)[detected.key] as z.output<T>[]
    return [check(schema, doc, detected.kind)]
  }
  const prefix = (i: number) => (detected.search ? `${detected.key}.${i}` : '')
  switch (detected.kind) {
    case 'artist':
      list(ArtistSchema).forEach((a, i) => out.artists.push(actDocument(a, prefix(i))))
      out.entities = out.artists.length
      break
    case 'release-group':
      list(ReleaseGroupSchema).forEach((rg, i) => out.releaseGroups.push(releaseGroupOf(rg, prefix(i), out.warnings)))
      out.entities = out.releaseGroups.length
      break
    case 'release':
      list(ReleaseSchema).forEach((r, i) => out.releaseGroups.push(releaseGroupOfRelease(r, prefix(i), out.warnings)))
      out.entities = out.releaseGroups.length
      break
    case 'recording': {
      const recordings = list(RecordingSchema)
      recordings.forEach((r) => out.recordings.push(recordingOf(r, [], out.warnings)))
      out.entities = recordings.length
      const releases = detected.search ? 0 : Array.isArray((doc as { releases?: unknown }).releases) ? (doc as { releases: unknown[] }).releases.length : 0
      if (releases > 0)
        out.warnings.push(`The recording lists ${releases} releases without their track lists; they are not imported (import each release's own document).`)
      break
    }
    case 'work':
      list(WorkSchema).forEach((w) => out.works.push(workOf(w, out.warnings)))
      out.entities = out.works.length
      break
  }
  const noCredit = out.recordings.filter((r) => r.credit.length === 0)
  if (noCredit.length) throw new ValidationError([{ path: 'artist-credit', message: 'a recording needs an artist credit (whose recording it is)' }])
  out.warnings = [...new Set(out.warnings)]
  return out
}

export function artistOf(ref: MbArtistRef): MbArtist {
  return { mbid: ref.id.toLowerCase(), name: ref.name, sortName: ref['sort-name'] ?? null, type: ref.type ?? null, disambiguation: ref.disambiguation }
}

function creditOf(credit: { artist: MbArtistRef }[] | null | undefined): MbArtist[] {
  const seen = new Set<string>()
  const out: MbArtist[] = []
  for (const c of credit ?? []) {
    const a = artistOf(c.artist)
    if (seen.has(a.mbid)) continue
    seen.add(a.mbid)
    out.push(a)
  }
  return out
}

function actDocument(a: MbArtistPayload, path: string): MbActDocument {
  const artist = artistOf(a)
  const span = a['life-span']
  const lifeSpan = span && (span.begin || span.end) ? `${span.begin ?? '…'}–${span.end ?? ''}` : null
  const memberships: MbMembership[] = []
  const issues: FieldIssue[] = []
  a.relations.forEach((rel, i) => {
    if (rel.type !== 'member of band' || rel['target-type'] !== 'artist' || !rel.artist) return
    const other = artistOf(rel.artist)
    // On a group's page the members point backward at it; on a person's page the person points forward at the group.
    const backward = rel.direction === 'backward'
    const [group, member] = backward ? [artist, other] : [other, artist]
    issues.push(
      ...dateRangeIssues(rel.begin, rel.end, { begin: `${path ? path + '.' : ''}relations.${i}.begin`, end: `${path ? path + '.' : ''}relations.${i}.end` }),
    )
    const instruments = [
      ...new Set(
        rel.attributes
          .filter((x) => !NON_INSTRUMENT_ATTRIBUTES.has(x.toLowerCase()))
          .map((x) => x.trim().slice(0, 60))
          .filter(Boolean),
      ),
    ].slice(0, 20)
    memberships.push({ group: { ...group, type: group.type ?? 'Group' }, member, beginDate: rel.begin, endDate: rel.end, instruments })
  })
  if (issues.length) throw new ValidationError(issues)
  return { artist, lifeSpan, memberships }
}

/** composer + lyricist, or "writer" (MusicBrainz's music-and-words credit) → composer-lyricist. */
function writerRoleOf(types: Set<string>): WriterRole {
  const composes = types.has('composer')
  const writesWords = types.has('lyricist') || types.has('librettist')
  if (types.has('writer') || (composes && writesWords)) return 'composer-lyricist'
  if (composes) return 'composer'
  if (writesWords) return 'lyricist'
  return 'arranger'
}

function workOf(w: MbWorkPayload, warnings: string[]): MbWork {
  const byArtist = new Map<string, { artist: MbArtist; types: Set<string> }>()
  for (const rel of w.relations) {
    if (rel['target-type'] !== 'artist' || !rel.artist || !WRITER_RELATIONS.has(rel.type)) continue
    const artist = artistOf(rel.artist)
    const entry = byArtist.get(artist.mbid) ?? { artist, types: new Set<string>() }
    entry.types.add(rel.type)
    byArtist.set(artist.mbid, entry)
  }
  const writers: MbWriter[] = []
  for (const { artist, types } of byArtist.values()) {
    if (artist.type && GROUP_TYPES.has(artist.type)) {
      warnings.push(
        `"${w.title}": ${artist.name} is credited as a writer but is a ${artist.type.toLowerCase()}; Greenroom's writers are people, so add its members yourself.`,
      )
      continue
    }
    writers.push({ artist, role: writerRoleOf(types) })
  }
  const [first] = w.iswcs
  let iswc: string | null = null
  if (first && ISWC.test(first)) iswc = first
  else if (first) warnings.push(`"${w.title}": the ISWC "${first}" is not in the T-123.456.789-0 form; left out.`)
  return { mbid: w.id.toLowerCase(), title: w.title, iswc, writers }
}

/** live / demo from the performance relation's attributes; remix / acoustic from the disambiguation. */
function recordingKindOf(r: MbRecordingPayload): RecordingKind {
  const attributes = new Set(r.relations.filter((rel) => rel.type === 'performance').flatMap((rel) => rel.attributes.map((a) => a.toLowerCase())))
  const text = `${r.disambiguation} ${r.title}`.toLowerCase()
  if (attributes.has('live') || /\blive\b/.test(r.disambiguation.toLowerCase())) return 'live'
  if (/\bremix\b/.test(text)) return 'remix'
  if (/\bacoustic\b/.test(text)) return 'acoustic'
  if (/\bdemo\b/.test(text)) return 'demo'
  return 'master'
}

/** When it was recorded: the performance of the work, else the "recorded at/in" relation (begin of the span). */
function recordedOnOf(r: MbRecordingPayload): string | null {
  const performance = r.relations.find((rel) => rel.type === 'performance' && rel['target-type'] === 'work' && rel.begin)
  if (performance) return performance.begin
  return r.relations.find((rel) => (rel.type === 'recorded at' || rel.type === 'recorded in') && rel.begin)?.begin ?? null
}

export function recordingOf(r: MbRecordingPayload, fallbackCredit: MbArtist[], warnings: string[] = []): MbRecording {
  const works = r.relations.filter((rel) => rel.type === 'performance' && rel['target-type'] === 'work' && rel.work)
  const seconds = r.length ? Math.round(r.length / 1000) : null
  const credit = creditOf(r['artist-credit'])
  return {
    mbid: r.id.toLowerCase(),
    title: r.title,
    durationSeconds: seconds !== null && seconds >= 1 && seconds <= MAX_SECONDS ? seconds : null,
    kind: recordingKindOf(r),
    recordedOn: recordedOnOf(r),
    credit: credit.length ? credit : fallbackCredit,
    work: works[0]?.work ? workOf(works[0].work, warnings) : null,
  }
}

const RELEASE_KIND: Record<string, ReleaseKind> = { album: 'album', ep: 'ep', single: 'single' }

function releaseKindOf(title: string, primaryType: string | null | undefined, warnings: string[]): ReleaseKind {
  const kind = primaryType ? RELEASE_KIND[primaryType.toLowerCase()] : undefined
  if (kind) return kind
  warnings.push(`"${title}" is ${primaryType ? `a ${primaryType}` : 'of no type'} in MusicBrainz; filed as an album.`)
  return 'album'
}

function releaseGroupOf(rg: MbReleaseGroupPayload, path: string, warnings: string[]): MbReleaseGroup {
  const credit = creditOf(rg['artist-credit'])
  const editions = rg.releases.map((r, i) => editionOf(r, `${path ? path + '.' : ''}releases.${i}`, warnings))
  const fromReleases = credit.length ? credit : creditOf(rg.releases.find((r) => r['artist-credit']?.length)?.['artist-credit'])
  if (fromReleases.length === 0)
    throw new ValidationError([{ path: `${path ? path + '.' : ''}artist-credit`, message: 'a release group needs an artist credit (whose release it is)' }])
  return {
    mbid: rg.id.toLowerCase(),
    title: rg.title,
    kind: releaseKindOf(rg.title, rg['primary-type'], warnings),
    secondaryTypes: rg['secondary-types'],
    credit: fromReleases,
    editions,
  }
}

function releaseGroupOfRelease(r: MbReleasePayload, path: string, warnings: string[]): MbReleaseGroup {
  const rg = r['release-group']
  const credit = creditOf(rg?.['artist-credit']?.length ? rg['artist-credit'] : r['artist-credit'])
  if (credit.length === 0)
    throw new ValidationError([{ path: `${path ? path + '.' : ''}artist-credit`, message: 'a release needs an artist credit (whose release it is)' }])
  const edition = editionOf(r, path, warnings)
  if (!rg) {
    warnings.push(`"${r.title}" does not name its release group; it is filed as an album of its own (a release-group document imported later joins it).`)
    return { mbid: null, title: r.title, kind: 'album', secondaryTypes: [], credit, editions: [edition] }
  }
  return {
    mbid: rg.id.toLowerCase(),
    title: rg.title,
    kind: releaseKindOf(rg.title, rg['primary-type'], warnings),
    secondaryTypes: rg['secondary-types'],
    credit,
    editions: [edition],
  }
}

/** "Enhanced CD", "2×CD", "CD + DVD". */
function formatsText(formats: (string | null | undefined)[]): string | null {
  const named = formats.map((f) => f?.trim() || 'Unknown medium')
  if (named.length === 0) return null
  const counts = new Map<string, number>()
  for (const f of named) counts.set(f, (counts.get(f) ?? 0) + 1)
  return [...counts].map(([f, n]) => (n > 1 ? `${n}×${f}` : f)).join(' + ')
}

function formatOf(format: string | null | undefined): ReleaseFormat | null {
  if (!format) return null
  const f = format.toLowerCase()
  if (f.includes('cd')) return 'cd'
  if (f.includes('digital')) return 'digital'
  if (f.includes('vinyl') || /\d+"/.test(f)) return 'vinyl'
  if (f.includes('cassette')) return 'cassette'
  return null
}

/**
 * A release as an edition. Greenroom's edition has no status or country of its own, so they go into
 * its name with the formats: "Enhanced CD · XE", "XW · Promotion".
 */
function editionOf(r: MbReleasePayload, path: string, warnings: string[]): MbEdition {
  const formats = r.media.map((m) => m.format)
  const mapped = [...new Set(formats.map(formatOf))]
  const format = mapped.length === 1 && mapped[0] !== undefined && (RELEASE_FORMATS as readonly (string | null)[]).includes(mapped[0]) ? mapped[0] : null
  const status = r.status && r.status !== 'Official' ? r.status : null
  const parts = [r.disambiguation.trim() || null, formatsText(formats), r.country?.trim() || null, status].filter((p): p is string => !!p)
  const name = (parts.join(' · ') || r.title).slice(0, 200)
  const rawBarcode = r.barcode?.trim() ?? ''
  let barcode: string | null = null
  if (BARCODE.test(rawBarcode)) barcode = rawBarcode
  else if (rawBarcode) warnings.push(`"${r.title}" (${name}): the barcode "${rawBarcode}" is not 8 to 14 digits; left out.`)

  const tracks: MbTrack[] = []
  const issues: FieldIssue[] = []
  const taken = new Map<string, string>()
  let dataTracks = 0
  let withoutRecording = 0
  const releaseCredit = creditOf(r['artist-credit'])
  r.media.forEach((m, mi) => {
    const medium = m.position ?? mi + 1
    dataTracks += m['data-tracks'].length + (m.pregap ? 1 : 0)
    m.tracks.forEach((t: MbTrackPayload, ti) => {
      const at = `${path ? path + '.' : ''}media.${mi}.tracks.${ti}`
      if (!t.recording) {
        withoutRecording++
        return
      }
      if (t.position < 1) {
        issues.push({ path: `${at}.position`, message: 'a track position starts at 1' })
        return
      }
      const slot = `${medium}:${t.position}`
      if (taken.has(slot))
        issues.push({ path: `${at}.position`, message: `another track is already at position ${t.position} on medium ${medium} (${taken.get(slot)})` })
      taken.set(slot, at)
      const trackCredit = creditOf(t['artist-credit'])
      tracks.push({ medium, position: t.position, recording: recordingOf(t.recording, trackCredit.length ? trackCredit : releaseCredit, warnings) })
    })
  })
  if (issues.length) throw new ValidationError(issues)
  if (dataTracks)
    warnings.push(`"${r.title}" (${name}): ${dataTracks} data or hidden pregap track${dataTracks === 1 ? ' is' : 's are'} not part of the track list.`)
  if (withoutRecording)
    warnings.push(
      `"${r.title}" (${name}): ${withoutRecording} track${withoutRecording === 1 ? ' has' : 's have'} no recording in the document (look it up with inc=recordings); left out.`,
    )
  return { mbid: r.id.toLowerCase(), name, releaseDate: r.date, format, barcode, tracks }
}
