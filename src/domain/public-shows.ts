import type { AnnouncementState, ShowStatus } from './touring.ts'

export interface ShowVisibility {
  status: ShowStatus
  announcement: AnnouncementState
  announceAt: Date | null
}

/**
 * Whether a show may appear in any public output at `now`: announced, or embargoed with its
 * announce time passed; holds and offers never. A cancelled show that was public stays public as
 * cancelled, so calendars that had it can remove it (STATUS:CANCELLED).
 */
export function isPublic(show: ShowVisibility, now: Date): boolean {
  if (show.status === 'hold' || show.status === 'offer') return false
  switch (show.announcement) {
    case 'announced':
      return true
    case 'embargoed':
      return show.announceAt !== null && show.announceAt.getTime() <= now.getTime()
    case 'unannounced':
      return false
    default:
      return exhaustive(show.announcement)
  }
}

function exhaustive(value: never): never {
  throw new Error(`unexpected announcement state ${String(value)}`)
}
