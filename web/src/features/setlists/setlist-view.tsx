import type { Answer, RuleViolation, TimedEntry } from '../../api/setlists-api.ts'
import { formatDuration } from '../../format/duration.ts'
import {
  entryDetails,
  entryTitle,
  formatRunningTime,
  groupBySection,
  OTHER_LABELS,
  sectionTitle,
  violationOnEntry,
  violationsByEntry,
} from './setlist-model.ts'

interface SetlistViewProps {
  entries: readonly TimedEntry[]
  runningSeconds: number
  violations: readonly RuleViolation[]
  /** Comments on single entries, shown under them. */
  comments?: readonly Answer[]
}

/** A version as a set list to read: sections as headings, clock times, and each rule problem on its entry. */
export function SetlistView({ entries, runningSeconds, violations, comments = [] }: SetlistViewProps) {
  const { list, byEntry } = violationsByEntry(violations)
  const commentsOn = (id: string) => comments.filter((c) => c.kind === 'comment' && c.entryId === id)
  let songNumber = 0
  return (
    <div className="setlist">
      <p className="setlist-total">
        <span>Running time</span> <strong>{formatRunningTime(runningSeconds)}</strong>
        <span className="muted"> · {entries.filter((e) => e.type === 'song').length} songs</span>
      </p>
      {list.length > 0 && (
        <ul className="setlist-problems" aria-label="Problems with the whole list">
          {list.map((v, i) => (
            <li key={i} className="rule-violation">
              <span aria-hidden="true">⚠</span> {v.message}
              {v.entryIds.length > 0 && <span className="muted"> Marked on {v.entryIds.length} entries below.</span>}
            </li>
          ))}
        </ul>
      )}
      {groupBySection(entries).map((group, g) => (
        <section key={group.marker?.id ?? `start-${g}`} className={`setlist-section setlist-section--${group.marker?.section ?? 'main'}`}>
          {group.marker && (
            <h3 className="setlist-section-title">
              <span>{sectionTitle(group.marker)}</span>
              {group.marker.clockTime && <span className="setlist-clock">{group.marker.clockTime}</span>}
            </h3>
          )}
          {group.marker &&
            (byEntry.get(group.marker.id) ?? []).map((v, i) => (
              <p key={i} className="rule-violation" title={v.message}>
                <span aria-hidden="true">⚠</span> {violationOnEntry(v)}
              </p>
            ))}
          <ol className="setlist-entries">
            {group.entries.map((entry) => {
              const problems = byEntry.get(entry.id) ?? []
              const isSong = entry.type === 'song'
              if (isSong) songNumber++
              const details = entryDetails(entry)
              return (
                <li
                  key={entry.id}
                  className={`setlist-entry setlist-entry--${entry.type}${problems.length > 0 ? ' has-problem' : ''}`}
                  id={`entry-${entry.id}`}
                >
                  <span className="setlist-clock">{entry.clockTime ?? `+${formatDuration(entry.startOffsetSeconds)}`}</span>
                  <span className="setlist-number">{isSong ? songNumber : ''}</span>
                  <span className="setlist-title">
                    {entryTitle(entry)}
                    {!isSong && <span className="badge">{OTHER_LABELS[entry.otherKind ?? 'other']}</span>}
                    {entry.segue ? <span className="muted"> {entry.segue}</span> : null}
                  </span>
                  <span className="setlist-length">{formatDuration(entry.effectiveSeconds)}</span>
                  {(details.length > 0 || entry.notes) && (
                    <span className="setlist-more">
                      {details.length > 0 && <span className="setlist-details">{details.join(' · ')}</span>}
                      {entry.notes && <span className="setlist-notes">{entry.notes}</span>}
                    </span>
                  )}
                  {problems.length > 0 && (
                    <ul className="setlist-entry-problems">
                      {problems.map((v, i) => (
                        <li key={i} className="rule-violation" title={v.message}>
                          <span aria-hidden="true">⚠</span> {violationOnEntry(v)}
                        </li>
                      ))}
                    </ul>
                  )}
                  {commentsOn(entry.id).map((c) => (
                    <p key={c.id} className="setlist-comment">
                      <strong>{c.personName}:</strong> {c.text}
                    </p>
                  ))}
                </li>
              )
            })}
          </ol>
        </section>
      ))}
    </div>
  )
}
