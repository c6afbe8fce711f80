import type { FieldIssue } from '../../api/api-problem.ts'
import type { Recording } from '../../api/types.ts'
import { formatDuration, parseDuration } from '../../format/duration.ts'

export interface FeaturedDraft {
  key: string
  actId: string
  credit: string
}

/** A recording as typed in the form: numbers and the length are still text. */
export interface RecordingDraft {
  workId: string
  actId: string
  title: string
  kind: string
  duration: string
  key: string
  mode: string
  tempo: string
  energy: string
  needs: string[]
  recordedOn: string
  leadPersonIds: string[]
  featured: FeaturedDraft[]
  notes: string
}

export function draftOf(recording: Recording | undefined, preset: { workId?: string; actId?: string } = {}): RecordingDraft {
  return {
    workId: recording?.workId ?? preset.workId ?? '',
    actId: recording?.actId ?? preset.actId ?? '',
    title: recording?.ownTitle ?? '',
    kind: recording?.kind ?? 'master',
    duration: recording?.durationSeconds ? formatDuration(recording.durationSeconds) : '',
    key: recording?.key ?? '',
    mode: recording?.mode ?? '',
    tempo: recording?.tempoBpm ? String(recording.tempoBpm) : '',
    energy: recording?.energy ? String(recording.energy) : '',
    needs: recording?.needs ?? [],
    recordedOn: recording?.recordedOn ?? '',
    leadPersonIds: recording?.leads.map((lead) => lead.personId) ?? [],
    featured: recording?.featured.map((f, i) => ({ key: `featured-${i}`, actId: f.actId, credit: f.credit })) ?? [],
    notes: recording?.notes ?? '',
  }
}

function wholeNumber(text: string): number | null | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return null
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined
}

/** The request body for the draft, and what the form itself can already tell is wrong. */
export function bodyOf(draft: RecordingDraft): { body: Record<string, unknown>; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const durationSeconds = parseDuration(draft.duration)
  if (durationSeconds === undefined) issues.push({ path: 'durationSeconds', message: 'write the length as m:ss, like 3:25' })
  const tempoBpm = wholeNumber(draft.tempo)
  if (tempoBpm === undefined) issues.push({ path: 'tempoBpm', message: 'write the tempo in beats per minute, like 120' })
  const energy = wholeNumber(draft.energy)
  if (energy === undefined) issues.push({ path: 'energy', message: 'energy is 1 to 10' })
  if (!draft.workId) issues.push({ path: 'workId', message: 'choose the song this is a recording of' })
  if (!draft.actId) issues.push({ path: 'actId', message: 'choose the act that recorded it' })
  draft.featured.forEach((f, i) => {
    if (!f.actId) issues.push({ path: `featured.${i}.actId`, message: 'choose the featured artist, or remove the row' })
  })
  const body = {
    workId: draft.workId,
    actId: draft.actId,
    title: draft.title.trim() || null,
    kind: draft.kind,
    durationSeconds: durationSeconds ?? null,
    key: draft.key || null,
    mode: draft.mode || null,
    tempoBpm: tempoBpm ?? null,
    energy: energy ?? null,
    needs: draft.needs,
    recordedOn: draft.recordedOn.trim() || null,
    leadPersonIds: draft.leadPersonIds,
    featured: draft.featured.map((f) => ({ actId: f.actId, credit: f.credit.trim() })),
    notes: draft.notes,
  }
  return { body, issues }
}
