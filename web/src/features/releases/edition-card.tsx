import { Link } from 'react-router'
import type { Edition, Track } from '../../api/types.ts'
import { formatDuration } from '../../format/duration.ts'
import { formatPartialDate } from '../../format/partial-date.ts'
import { labelOf, pluralise } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { editionHeading } from './edition-heading.ts'

/** One edition of a release: its dates and format, then its ordered track list with the total time. */
export function EditionCard({ edition }: { edition: Edition }) {
  const headingId = `edition-${edition.id}`
  const discs = [...new Set(edition.tracks.map((t) => t.medium))].sort((a, b) => a - b)
  return (
    <section className="card edition" aria-labelledby={headingId}>
      <h2 id={headingId} className="edition-title">
        {editionHeading(edition.name)} · {pluralise(edition.tracks.length, 'track')}
      </h2>
      <dl className="edition-facts">
        <div>
          <dt>Released</dt>
          <dd>{formatPartialDate(edition.releaseDate)}</dd>
        </div>
        {edition.preorderDate && (
          <div>
            <dt>Pre-order from</dt>
            <dd>{formatPartialDate(edition.preorderDate)}</dd>
          </div>
        )}
        <div>
          <dt>Format</dt>
          <dd>{edition.format ? labelOf(edition.format) : '—'}</dd>
        </div>
        {edition.barcode && (
          <div>
            <dt>Barcode</dt>
            <dd className="tabular">{edition.barcode}</dd>
          </div>
        )}
      </dl>
      {edition.tracks.length === 0 ? (
        <p className="muted">No tracks yet — edit the release to add them.</p>
      ) : (
        discs.map((disc) => <TrackTable key={disc} disc={discs.length > 1 ? disc : null} tracks={edition.tracks.filter((t) => t.medium === disc)} />)
      )}
      <p className="edition-total">
        Total time <strong className="tabular">{formatDuration(edition.totalSeconds)}</strong>
      </p>
    </section>
  )
}

function TrackTable({ disc, tracks }: { disc: number | null; tracks: Track[] }) {
  const { href } = useWorkspace()
  return (
    <table className="tracks">
      {disc !== null && <caption>Disc {disc}</caption>}
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Track</th>
          <th scope="col">Title</th>
          <th scope="col">Length</th>
        </tr>
      </thead>
      <tbody>
        {[...tracks]
          .sort((a, b) => a.position - b.position)
          .map((track) => (
            <tr key={`${track.medium}-${track.position}`}>
              <td className="track-number tabular">{track.position}</td>
              <td className="track-title">
                <Link to={href(`/recordings/${track.recordingId}`)}>{track.title}</Link>
              </td>
              <td className="track-length tabular">{formatDuration(track.durationSeconds)}</td>
            </tr>
          ))}
      </tbody>
    </table>
  )
}
