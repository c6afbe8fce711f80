import type { Show } from '../../api/touring-api.ts'
import { showTimeRows } from './show-times.ts'
import { viewerTimeZone, zoneName } from './zoned-time.ts'

/** The show day's times at the venue, with its zone named, and the viewer's own clock beside them when it reads differently. */
export function ShowTimesTable({ show }: { show: Show }) {
  const viewerZone = viewerTimeZone()
  const rows = showTimeRows(show, viewerZone)
  if (rows.length === 0) return <p className="muted">No times yet.</p>
  const reference = rows.find((r) => r.instant)?.instant ?? new Date(show.startsAt)
  const hasViewerColumn = rows.some((r) => r.viewer)
  return (
    <>
      <p className="show-times-caption" id="show-times-zones">
        At the venue: <strong>{show.timeZone}</strong> ({zoneName(reference, show.timeZone, 'long')})
        {hasViewerColumn && (
          <>
            {' '}
            · your time: <strong>{viewerZone}</strong>
          </>
        )}
      </p>
      <table className="table show-times" aria-labelledby="times" aria-describedby="show-times-zones">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">At the venue</th>
            {hasViewerColumn && <th scope="col">Your time</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" data-label="What">
                {row.label}
              </th>
              <td data-label="At the venue" className="tabular">
                <span>
                  {row.instant ? <time dateTime={row.instant.toISOString()}>{row.venueText}</time> : row.venueText}{' '}
                  <span className="muted">{row.venueZoneShort}</span>
                  {row.nextDay && (
                    <>
                      {' '}
                      <span className="badge" title="After midnight, on the day after the show's date">
                        +1 day
                      </span>
                    </>
                  )}
                </span>
              </td>
              {hasViewerColumn && (
                <td data-label="Your time" className="tabular">
                  {row.viewer ? (
                    <span>
                      {row.viewer.text} <span className="muted">{row.viewer.zoneShort}</span>
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {rows
        .flatMap((row) => (row.ambiguity ? [row] : []))
        .map((row) => (
          <p key={row.key} className="notice show-times-ambiguous">
            {row.ambiguity}
          </p>
        ))}
    </>
  )
}
