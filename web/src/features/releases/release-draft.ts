import type { FieldIssue } from '../../api/api-problem.ts'
import type { ReleaseGroup } from '../../api/types.ts'

export interface TrackDraft {
  key: string
  recordingId: string
  /** The disc (or side) number as typed. */
  medium: string
}

export interface EditionDraft {
  key: string
  id?: string
  name: string
  releaseDate: string
  preorderDate: string
  format: string
  barcode: string
  tracks: TrackDraft[]
}

export interface ReleaseDraft {
  actId: string
  title: string
  kind: string
  singleOfId: string
  singleOrder: string
  notes: string
  editions: EditionDraft[]
}

let nextKey = 0
export function draftKey(prefix: string): string {
  nextKey += 1
  return `${prefix}-${nextKey}`
}

export function emptyEdition(name = 'Standard edition'): EditionDraft {
  return { key: draftKey('edition'), name, releaseDate: '', preorderDate: '', format: '', barcode: '', tracks: [] }
}

export function draftOf(release: ReleaseGroup | undefined): ReleaseDraft {
  return {
    actId: release?.actId ?? '',
    title: release?.title ?? '',
    kind: release?.kind ?? 'album',
    singleOfId: release?.singleOfId ?? '',
    singleOrder: release?.singleOrder ? String(release.singleOrder) : '',
    notes: release?.notes ?? '',
    editions: release
      ? release.editions.map((e) => ({
          key: draftKey('edition'),
          id: e.id,
          name: e.name,
          releaseDate: e.releaseDate ?? '',
          preorderDate: e.preorderDate ?? '',
          format: e.format ?? '',
          barcode: e.barcode ?? '',
          tracks: [...e.tracks]
            .sort((a, b) => a.medium - b.medium || a.position - b.position)
            .map((t) => ({ key: draftKey('track'), recordingId: t.recordingId, medium: String(t.medium) })),
        }))
      : [emptyEdition()],
  }
}

/** Moves the item at `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function moveTrack<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step
  if (target < 0 || target >= list.length) return [...list]
  const next = [...list]
  const [moved] = next.splice(index, 1)
  if (moved !== undefined) next.splice(target, 0, moved)
  return next
}

/** The request body: track positions follow the list order within each disc. */
export function bodyOf(draft: ReleaseDraft): { body: Record<string, unknown>; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  if (!draft.actId) issues.push({ path: 'actId', message: 'choose whose release this is' })
  const singleOrder = draft.singleOrder.trim() === '' ? null : Number(draft.singleOrder)
  if (singleOrder !== null && !Number.isInteger(singleOrder)) issues.push({ path: 'singleOrder', message: 'write 1 for the first single, 2 for the second…' })
  const editions = draft.editions.map((e, ei) => {
    const nextPosition = new Map<number, number>()
    const tracks = e.tracks.map((t, ti) => {
      const medium = t.medium.trim() === '' ? 1 : Number(t.medium)
      if (!Number.isInteger(medium) || medium < 1) issues.push({ path: `editions.${ei}.tracks.${ti}.medium`, message: 'a disc number is 1 or more' })
      const position = (nextPosition.get(medium) ?? 0) + 1
      nextPosition.set(medium, position)
      return { recordingId: t.recordingId, medium, position }
    })
    return {
      ...(e.id ? { id: e.id } : {}),
      name: e.name,
      releaseDate: e.releaseDate.trim() || null,
      preorderDate: e.preorderDate.trim() || null,
      format: e.format || null,
      barcode: e.barcode.replace(/\s+/g, '') || null,
      tracks,
    }
  })
  const isSingle = draft.kind === 'single'
  const body = {
    actId: draft.actId,
    title: draft.title,
    kind: draft.kind,
    singleOfId: isSingle ? draft.singleOfId || null : null,
    singleOrder: isSingle ? singleOrder : null,
    notes: draft.notes,
    editions,
  }
  return { body, issues }
}
