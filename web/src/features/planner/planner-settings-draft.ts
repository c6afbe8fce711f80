import type { PlannerSettings, PlannerSettingsBody } from '../../api/planner-api.ts'
import type { FieldIssue } from '../../api/api-problem.ts'

export const GOALS = ['keys', 'tempo', 'energyFlow', 'energyArc', 'fanDemand', 'freshness', 'variety'] as const

/** Energy shapes to start from; the numbers stay editable. */
export const ARC_PRESETS: Record<string, number[] | null> = {
  'Build-up to a peak at the end': null,
  'Strong open, dip mid-set, big finish': [0.9, 0.7, 0.5, 0.4, 0.6, 0.8, 1],
  'Even all night': [0.7, 0.7],
}

export interface PlannerSettingsDraft {
  weights: Record<(typeof GOALS)[number], string>
  arc: string
  setSizeMin: string
  setSizeMax: string
  acousticMin: string
  acousticMax: string
  encoreSongs: string
  opener: string
  closer: string
  excluded: string[]
  favourites: string[]
  /** How the shows of a tour relate (a tour may choose its own on the plan form). */
  rotationMode: 'fixed' | 'core-rotating' | 'free'
  rotationSlots: string
  rotationWithin: string
}

/** The rotation modes in words (issue 13). */
export const ROTATION_LABELS: Record<PlannerSettingsDraft['rotationMode'], string> = {
  fixed: 'One set for the tour (changes only where a rule forces it)',
  'core-rotating': 'A core every night, a few slots rotating',
  free: 'Free rotation: vary from show to show',
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n))

export function draftOfPlannerSettings(s: PlannerSettings): PlannerSettingsDraft {
  return {
    weights: Object.fromEntries(GOALS.map((g) => [g, text(s.weights[g])])) as PlannerSettingsDraft['weights'],
    arc: s.energyArc ? s.energyArc.join(', ') : '',
    setSizeMin: text(s.setSize?.min),
    setSizeMax: text(s.setSize?.max),
    acousticMin: text(s.acousticBlock?.min),
    acousticMax: text(s.acousticBlock?.max),
    encoreSongs: text(s.encoreSongs),
    opener: s.pinned.find((p) => p.position === 'opener')?.recordingId ?? '',
    closer: s.pinned.find((p) => p.position === 'closer')?.recordingId ?? '',
    excluded: s.excluded,
    favourites: Object.entries(s.fanDemand)
      .filter(([, v]) => v >= 0.75)
      .map(([id]) => id),
    rotationMode: s.rotation.mode,
    rotationSlots: text(s.rotation.slots),
    rotationWithin: text(s.rotation.noRepeatWithin),
  }
}

const num = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value.trim()))

/**
 * The body to send, and the form's own problems in plain words (the contract schema checks the rest).
 * A range is sent only when both ends are given; favourites get fan demand 1, the others stay unknown.
 */
export function bodyOfPlannerSettings(d: PlannerSettingsDraft, previous: PlannerSettings): { body: PlannerSettingsBody; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const range = (min: string, max: string, path: string) => {
    if (min.trim() === '' && max.trim() === '') return null
    if (min.trim() === '' || max.trim() === '') {
      issues.push({ path: `${path}.max`, message: 'give both the fewest and the most, or neither' })
      return null
    }
    return { min: num(min)!, max: num(max)! }
  }
  let energyArc: number[] | null = null
  if (d.arc.trim() !== '') {
    energyArc = d.arc
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number)
    if (energyArc.some((v) => Number.isNaN(v))) issues.push({ path: 'energyArc', message: 'write numbers from 0 to 1, separated by commas' })
  }
  const pinned = [
    ...(d.opener ? [{ recordingId: d.opener, position: 'opener' as const }] : []),
    ...(d.closer ? [{ recordingId: d.closer, position: 'closer' as const }] : []),
    ...previous.pinned.filter((p) => p.position !== 'opener' && p.position !== 'closer'),
  ]
  const body: PlannerSettingsBody = {
    weights: Object.fromEntries(GOALS.map((g) => [g, num(d.weights[g]) ?? 0])) as PlannerSettingsBody['weights'],
    energyArc,
    setSize: range(d.setSizeMin, d.setSizeMax, 'setSize'),
    acousticBlock: range(d.acousticMin, d.acousticMax, 'acousticBlock'),
    encoreSongs: num(d.encoreSongs) ?? null,
    pinned,
    excluded: d.excluded,
    fanDemand: Object.fromEntries(d.favourites.map((id) => [id, 1])),
    rotation: {
      mode: d.rotationMode,
      core: previous.rotation.core,
      slots: num(d.rotationSlots) ?? previous.rotation.slots,
      noRepeatWithin: num(d.rotationWithin) ?? previous.rotation.noRepeatWithin,
    },
    showTemplate: previous.showTemplate,
    ...(previous.version > 0 ? { version: previous.version } : {}),
  }
  return { body, issues }
}
