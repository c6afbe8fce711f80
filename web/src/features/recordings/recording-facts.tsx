import { Link } from 'react-router'
import type { Recording } from '../../api/types.ts'
import { formatDuration } from '../../format/duration.ts'
import { formatPartialDate } from '../../format/partial-date.ts'
import { formatKey, labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

/** What the band needs to know to play it: length, key, tempo, energy, who sings, what the stage needs. */
export function RecordingFacts({ recording: r }: { recording: Recording }) {
  const { href } = useWorkspace()
  return (
    <dl className="facts">
      <div>
        <dt>Song</dt>
        <dd>
          <Link to={href(`/songs/${r.workId}`)}>{r.workTitle}</Link>
        </dd>
      </div>
      <div>
        <dt>Act</dt>
        <dd>
          <Link to={href(`/acts/${r.actId}`)}>{r.actName}</Link>
        </dd>
      </div>
      <div>
        <dt>Length</dt>
        <dd className="tabular">{formatDuration(r.durationSeconds)}</dd>
      </div>
      <div>
        <dt>Key</dt>
        <dd>{formatKey(r.key, r.mode)}</dd>
      </div>
      <div>
        <dt>Tempo</dt>
        <dd>{r.tempoBpm ? `${r.tempoBpm} BPM` : '—'}</dd>
      </div>
      <div>
        <dt>Energy</dt>
        <dd>
          {r.energy ? (
            <span className="energy">
              <meter min={1} max={10} value={r.energy} aria-hidden="true" />
              {r.energy} / 10
            </span>
          ) : (
            '—'
          )}
        </dd>
      </div>
      <div>
        <dt>Recorded</dt>
        <dd>{formatPartialDate(r.recordedOn)}</dd>
      </div>
      <div>
        <dt>Lead vocals</dt>
        <dd>
          {r.leads.length === 0
            ? '—'
            : r.leads.map((lead, i) => (
                <span key={lead.personId}>
                  {i > 0 && ', '}
                  <Link to={href(`/people/${lead.personId}`)}>{lead.name}</Link>
                </span>
              ))}
        </dd>
      </div>
      <div>
        <dt>Featuring</dt>
        <dd>
          {r.featured.length === 0
            ? '—'
            : r.featured.map((f, i) => (
                <span key={f.actId}>
                  {i > 0 && ', '}
                  <Link to={href(`/acts/${f.actId}`)}>{f.name}</Link>
                  {f.credit && <span className="muted"> ({f.credit})</span>}
                </span>
              ))}
        </dd>
      </div>
      <div>
        <dt>Stage needs</dt>
        <dd>
          {r.needs.length === 0 ? (
            '—'
          ) : (
            <ul className="chips">
              {r.needs.map((need) => (
                <li key={need} className="chip">
                  {labelOf(need)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  )
}
