import type { Hold, Pitch } from '../../api/rights-api.ts'

export const HOLD_KIND_LABELS: Record<Hold['kind'], string> = { option: 'Option', hold: 'Hold', 'first-use': 'First use', exclusive: 'Exclusive' }

export const HOLD_KIND_HINTS: Record<Hold['kind'], string> = {
  option: 'The label or network may still use a song left off a record.',
  hold: 'Someone asked to keep the song back for now.',
  'first-use': 'An artist may release it first; others may cover it afterwards.',
  exclusive: 'Nobody else may use or pitch it; exclusive holds cannot overlap.',
}

export const PITCH_STATUS_LABELS: Record<Pitch['status'], string> = {
  pitched: 'Pitched',
  'on-hold': 'On hold',
  recorded: 'Recorded',
  released: 'Released',
  passed: 'Passed',
}

/** Today in the viewer's calendar, as YYYY-MM-DD. */
export function localToday(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** "6 months", "6 months 10 days", "45 days". */
export function periodText(period: { months: number; days: number }): string {
  const parts = [
    period.months ? `${period.months} month${period.months === 1 ? '' : 's'}` : '',
    period.days ? `${period.days} day${period.days === 1 ? '' : 's'}` : '',
  ]
  return parts.filter(Boolean).join(' ')
}
