import { Link } from 'react-router'
import type { Recording } from '../../api/types.ts'
import { formatPartialDate } from '../../format/partial-date.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { episodeCode } from '../placements/episode-code.ts'

/** The TV episodes this recording is heard in. */
export function PlacementsOfRecording({ recording }: { recording: Recording }) {
  const { href, permissions } = useWorkspace()
  return (
    <section className="section" aria-labelledby="placements">
      <div className="section-header">
        <h2 id="placements" className="section-title">
          TV placements <span className="count">{recording.placements.length}</span>
        </h2>
        {permissions.canEditCatalog && (
          <Link className="button" to={href(`/placements/new?recordingId=${recording.id}`)}>
            Add placement
          </Link>
        )}
      </div>
      {recording.placements.length === 0 ? (
        <p className="muted">Not placed in any episode yet.</p>
      ) : (
        <ul className="link-list">
          {recording.placements.map((p) => (
            <li key={p.id}>
              <Link className="link-row" to={href(`/placements/${p.id}`)}>
                <span className="link-row-title">
                  {p.series} {episodeCode(p.season, p.episodeNumber)}
                </span>
                <span className="link-row-meta">{p.episodeTitle ?? ''}</span>
                <span className="link-row-aside">{formatPartialDate(p.airDate)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
