import './conflicts.css'
import { Link } from 'react-router'
import type { BookingRef, UpcomingConflict } from '../../api/touring-api.ts'
import { asSentence } from '../../components/form-issues.ts'
import { formatClock, formatDay, viewerTimeZone, zoneName } from '../shows/zoned-time.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { conflictKindLabel } from './conflict-words.ts'

interface ConflictListProps {
  conflicts: readonly UpcomingConflict[]
  /** Say whose conflict it is (a show's lineup, the workspace list); not on one person's calendar. */
  showPerson?: boolean
  label?: string
}

/** Conflicts in plain words, each with a red marker, what it clashes with and, for travel, the numbers. */
export function ConflictList({ conflicts, showPerson = true, label }: ConflictListProps) {
  return (
    <ul className="conflict-list" aria-label={label}>
      {conflicts.map((conflict, i) => (
        <li key={`${conflict.personId}-${conflict.kind}-${conflict.with?.id ?? conflict.blockoutId ?? i}`} className="conflict">
          <ConflictMarker />
          <div className="conflict-body">
            <p className="conflict-title">
              <span className="conflict-kind">{conflictKindLabel(conflict.kind)}</span>
              {showPerson && <> · {conflict.personName}</>}
            </p>
            <p>{asSentence(conflict.message)}</p>
            <ConflictDetails conflict={conflict} />
          </div>
        </li>
      ))}
    </ul>
  )
}

/** The red mark beside anything in conflict; the words next to it carry the meaning. */
export function ConflictMarker() {
  return (
    <span className="conflict-marker" aria-hidden="true">
      !
    </span>
  )
}

function ConflictDetails({ conflict }: { conflict: UpcomingConflict }) {
  return (
    <>
      {conflict.booking && <BookingLine label="Booking" booking={conflict.booking} />}
      {conflict.with && <BookingLine label="Clashes with" booking={conflict.with} />}
      {conflict.reason && <p className="muted">Reason given: {conflict.reason}</p>}
    </>
  )
}

/** A booking named and linked, with its start on the reader's clock. */
function BookingLine({ label, booking }: { label: string; booking: BookingRef }) {
  const { href } = useWorkspace()
  const zone = viewerTimeZone()
  const starts = new Date(booking.startsAt)
  return (
    <p className="muted">
      {label}: <Link to={href(booking.kind === 'show' ? `/shows/${booking.id}` : `/commitments/${booking.id}`)}>{booking.title}</Link>,{' '}
      <time dateTime={booking.startsAt}>
        {formatDay(starts, zone)}, {formatClock(starts, zone)} {zoneName(starts, zone)}
      </time>{' '}
      (your time)
    </p>
  )
}
