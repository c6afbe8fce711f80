import type { ConflictView } from '../../api/touring-api.ts'

const KIND_LABELS: Record<ConflictView['kind'], string> = {
  overlap: 'Booked twice',
  blockout: 'On a blocked-out day',
  travel: 'Too far to travel in time',
}

export function conflictKindLabel(kind: ConflictView['kind']): string {
  return KIND_LABELS[kind]
}

/** "1 conflict", "3 conflicts". */
export function conflictCount(count: number): string {
  return `${count} ${count === 1 ? 'conflict' : 'conflicts'}`
}
