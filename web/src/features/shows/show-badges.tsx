import './shows.css'
import type { AnnouncementState, ShowStatus } from '../../api/touring-api.ts'
import { announcementLabel, statusLabel } from './show-words.ts'

interface ShowBadgesProps {
  status: ShowStatus
  announcement: AnnouncementState
  className?: string
}

/** Only what is worth a glance: a status other than confirmed or played, and a show that is not public. Nothing otherwise. */
export function ShowBadges({ status, announcement, className }: ShowBadgesProps) {
  const showStatus = status !== 'confirmed' && status !== 'played'
  const showAnnouncement = announcement !== 'announced'
  if (!showStatus && !showAnnouncement) return null
  return (
    <span className={`show-badges${className ? ` ${className}` : ''}`}>
      {showStatus && <span className={`badge badge--status-${status}`}>{statusLabel(status)}</span>}
      {showAnnouncement && <span className="badge badge--private">{announcementLabel(announcement)}</span>}
    </span>
  )
}
