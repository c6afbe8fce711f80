import type { SetlistEntry } from '../../contract/setlists.ts'

/** A set list version as the stage outputs read it: entries with their display title and timing. */
export interface StageSetlist {
  title: string
  entries: Array<SetlistEntry & { displayTitle: string; effectiveSeconds: number | null; clockTime: string | null }>
}

export type StageEntry = StageSetlist['entries'][number]

/** One line of a stage set list: a section heading, or a numbered song or other entry under one. */
export type StageRow =
  | { kind: 'heading'; text: string }
  | { kind: 'item'; position: number; section: string; title: string; segue: string; duration: string; key: string; notes: string; clockTime: string }

const SECTION_LABELS = { main: 'Main set', acoustic: 'Acoustic', encore: 'Encore', other: 'Other' } as const

export function sectionLabel(e: StageEntry): string {
  return e.title?.trim() || e.displayTitle.trim() || SECTION_LABELS[e.section ?? 'main']
}

/** m:ss (h:mm:ss from an hour); '' when unknown. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return ''
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = String(seconds % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** The remarks about an entry in one line: cover, guests, arrangement, then its own notes. */
export function remarksOf(e: StageEntry): string {
  return [
    e.cover ? `${e.cover.artist} cover` : '',
    e.guests?.length ? `with ${e.guests.join(', ')}` : '',
    e.arrangement ?? '',
    (e.notes ?? '').replace(/\s*\n\s*/g, '; '),
  ]
    .filter((p) => p !== '')
    .join(' · ')
}

export function stageRows(version: StageSetlist): StageRow[] {
  const rows: StageRow[] = []
  let section = ''
  let position = 0
  for (const e of version.entries) {
    if (e.type === 'section') {
      section = sectionLabel(e)
      rows.push({ kind: 'heading', text: section })
      continue
    }
    rows.push({
      kind: 'item',
      position: ++position,
      section,
      title: e.displayTitle || e.title || (e.type === 'other' ? (e.otherKind ?? 'other') : ''),
      segue: e.segue ?? '',
      duration: formatDuration(e.effectiveSeconds),
      key: e.keyOverride ?? '',
      notes: remarksOf(e),
      clockTime: e.clockTime ?? '',
    })
  }
  return rows
}

export function runningSeconds(version: StageSetlist): number {
  return version.entries.reduce((total, e) => total + (e.effectiveSeconds ?? 0), 0)
}
