import { Link } from 'react-router'
import type { TimelineEntry } from '../../api/touring-api.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { labelOf } from '../../format/vocabulary.ts'
import { ConflictMarker } from '../conflicts/conflict-list.tsx'
import { conflictCount } from '../conflicts/conflict-words.ts'
import { formatClock, formatLocalDate, viewerTimeOf, viewerTimeZone, zoneName } from '../shows/zoned-time.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { countConflicts, groupByMonthAndDay, isAllDayEntry, splitAtDay, type AgendaMonth } from './agenda-groups.ts'

interface AgendaProps {
  entries: TimelineEntry[]
  /** YYYY-MM-DD: days before it are folded away under "Earlier". */
  today: string
  /** Say whose each conflict is (an act's calendar); not on one person's own. */
  showConflictPerson?: boolean
  emptyText: string
}

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' })
function monthTitle(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return y && m ? monthFormat.format(new Date(Date.UTC(y, m - 1, 1))) : month
}

/** A timeline read as an agenda: months, days, then bookings with their local times; conflicts in red with their message. */
export function Agenda({ entries, today, showConflictPerson = false, emptyText }: AgendaProps) {
  if (entries.length === 0) return <EmptyState title={emptyText} />
  const { upcoming, past } = splitAtDay(groupByMonthAndDay(entries), today)
  const firstConflictDay = upcoming.flatMap((m) => m.days).find((d) => d.hasConflict)
  const conflicts = countConflicts(upcoming.flatMap((m) => m.days.flatMap((d) => d.entries)))
  return (
    <div className="agenda">
      {conflicts > 0 && firstConflictDay && (
        <p className="notice notice--danger agenda-summary">
          <span>
            <ConflictMarker /> <strong>{conflictCount(conflicts)} ahead.</strong>{' '}
            <a href={`#day-${firstConflictDay.date}`}>Go to the first, on {formatLocalDate(firstConflictDay.date, 'long')}</a>
          </span>
        </p>
      )}
      {upcoming.length === 0 ? <p className="muted">Nothing coming up.</p> : <Months months={upcoming} showConflictPerson={showConflictPerson} />}
      {past.length > 0 && (
        <details className="agenda-past">
          <summary>Earlier ({past.reduce((n, m) => n + m.days.length, 0)} days)</summary>
          <Months months={past} showConflictPerson={showConflictPerson} />
        </details>
      )}
    </div>
  )
}

function Months({ months, showConflictPerson }: { months: AgendaMonth[]; showConflictPerson: boolean }) {
  return (
    <>
      {months.map((month) => (
        <section key={month.month} className="agenda-month" aria-labelledby={`month-${month.month}`}>
          <h2 id={`month-${month.month}`} className="agenda-month-title">
            {monthTitle(month.month)}
            {month.conflictCount > 0 && <span className="badge badge--conflict">{conflictCount(month.conflictCount)}</span>}
          </h2>
          {month.days.map((day) => (
            <section
              key={day.date}
              id={`day-${day.date}`}
              className={`agenda-day${day.hasConflict ? ' agenda-day--conflict' : ''}`}
              aria-labelledby={`day-title-${day.date}`}
            >
              <h3 id={`day-title-${day.date}`} className="agenda-day-title">
                {formatLocalDate(day.date, 'full')}
              </h3>
              <ol className="agenda-entries">
                {day.entries.map((entry) => (
                  <AgendaEntry key={`${entry.kind}-${entry.id}`} entry={entry} showConflictPerson={showConflictPerson} />
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </>
  )
}

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) - 1)).toISOString().slice(0, 10)
}

/** "Show", "Show · Hold", "Blocked out"; a commitment's title says what it is. */
function entryBadge(entry: TimelineEntry): string | null {
  if (entry.kind === 'blockout') return 'Blocked out'
  if (entry.kind === 'commitment') return entry.status ? labelOf(entry.status) : null
  return entry.status && !['confirmed', 'played'].includes(entry.status) ? `Show · ${labelOf(entry.status)}` : 'Show'
}

function AgendaEntry({ entry, showConflictPerson }: { entry: TimelineEntry; showConflictPerson: boolean }) {
  const { href } = useWorkspace()
  const hasConflict = entry.conflicts.length > 0
  const isAllDay = isAllDayEntry(entry)
  const starts = new Date(entry.startsAt)
  const ends = new Date(entry.endsAt)
  const viewer = isAllDay ? null : viewerTimeOf(starts, entry.timeZone, viewerTimeZone())
  const link = entry.kind === 'show' ? href(`/shows/${entry.id}`) : entry.kind === 'commitment' ? href(`/commitments/${entry.id}`) : null
  // An all-day entry ends at the next midnight: its last day is the one before.
  const endDate =
    isAllDay && entry.kind !== 'blockout' && entry.localEnd.slice(11, 16) === '00:00' ? dayBefore(entry.localEnd.slice(0, 10)) : entry.localEnd.slice(0, 10)
  return (
    <li className={`agenda-entry agenda-entry--${entry.kind}${hasConflict ? ' agenda-entry--conflict' : ''}`}>
      <p className="agenda-time tabular">
        {isAllDay ? (
          'All day'
        ) : (
          <>
            <time dateTime={entry.startsAt}>{formatClock(starts, entry.timeZone)}</time>
            <span className="agenda-until">
              to <time dateTime={entry.endsAt}>{formatClock(ends, entry.timeZone)}</time>
            </span>
            <span className="agenda-zone">{zoneName(starts, entry.timeZone)}</span>
          </>
        )}
      </p>
      <div className="agenda-body">
        <p className="agenda-title">
          {hasConflict && <ConflictMarker />}
          {link ? <Link to={link}>{entry.title}</Link> : <span>{entry.title}</span>}
          {entryBadge(entry) && <span className="badge">{entryBadge(entry)}</span>}
        </p>
        <p className="muted agenda-meta">
          {[
            entry.place === entry.title ? '' : entry.place,
            entry.actName,
            endDate > entry.localStart.slice(0, 10) ? `until ${formatLocalDate(endDate, 'medium')}` : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {viewer && (
          <p className="muted agenda-meta">
            Your time: {viewer.text} {viewer.zoneShort}
          </p>
        )}
        {hasConflict && (
          <ul className="agenda-conflicts">
            {entry.conflicts.map((conflict, i) => (
              <li key={`${conflict.kind}-${conflict.with?.id ?? conflict.blockoutId ?? i}`}>
                <strong>Conflict{showConflictPerson ? ` (${conflict.personName})` : ''}:</strong> {conflict.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  )
}
