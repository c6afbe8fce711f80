import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { homeApi, homeKeys, type Home } from '../../api/home-api.ts'
import { QueryView } from '../../components/query-view.tsx'
import { ConflictMarker } from '../conflicts/conflict-list.tsx'
import { formatClock, formatDay, formatLocalDate, viewerTimeOf, viewerTimeZone, zoneName } from '../shows/zoned-time.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

type NextEntry = Home['next'][number]

/**
 * The top of the workspace's home for the signed-in person (issue 14): what waits for their answer,
 * their next two weeks and what changed, each with a link. Live: set-list and notification events
 * refresh it (use-live-updates.ts). An account with no person in the workspace sees none of it.
 */
export function MyHome() {
  const { slug } = useWorkspace()
  const home = useQuery({ queryKey: homeKeys.all(slug), queryFn: () => homeApi.get(slug) })
  return <QueryView query={home}>{(loaded) => loaded.person && <MyHomeSections home={loaded} />}</QueryView>
}

function MyHomeSections({ home }: { home: Home }) {
  const { href } = useWorkspace()
  const viewerZone = viewerTimeZone()
  return (
    <div className="my-home">
      <section className="section" aria-labelledby="home-waiting">
        <h2 id="home-waiting" className="section-title">
          Waiting for your answer
        </h2>
        {home.waiting.length === 0 ? (
          <p className="muted">Nothing waits for you.</p>
        ) : (
          <ul className="link-list" aria-label="Waiting for your answer">
            {home.waiting.map((w) => (
              <li key={w.proposalId}>
                <Link className="link-row" to={href(`/setlists/${w.proposalId}`)}>
                  <span className="link-row-title">{w.title}</span>
                  <span className="muted">
                    {w.actName}
                    {w.targetLabel ? ` · ${w.targetLabel}` : ''} · version {w.versionNumber} by {w.versionAuthorName},{' '}
                    {formatDay(new Date(w.since), viewerZone)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {home.availability.length > 0 && (
        <section className="section" aria-labelledby="home-availability">
          <h2 id="home-availability" className="section-title">
            Can you do these dates?
          </h2>
          <ul className="link-list" aria-label="Availability requests">
            {home.availability.map((a) => (
              <li key={a.requestId}>
                <Link className="link-row" to={href(`/availability/${a.requestId}`)}>
                  <span className="link-row-title">{a.title}</span>
                  <span className="muted">
                    {a.startDate === a.endDate ? a.startDate : `${a.startDate} to ${a.endDate}`} · answer by {a.answerBy} ·{' '}
                    {a.answer ? `you said ${a.answer}` : 'not answered'}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="section" aria-labelledby="home-next">
        <h2 id="home-next" className="section-title">
          Your next two weeks
        </h2>
        {home.next.length === 0 ? (
          <p className="muted">No shows or commitments for you in the next two weeks.</p>
        ) : (
          <ul className="link-list" aria-label="Your next two weeks">
            {home.next.map((entry) => (
              <li key={`${entry.kind}:${entry.id}`}>
                <NextRow entry={entry} viewerZone={viewerZone} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="home-changes">
        <h2 id="home-changes" className="section-title">
          What changed
        </h2>
        {home.changes.length === 0 ? (
          <p className="muted">Nothing yet: you will see here when a set list is sent round, answered or agreed.</p>
        ) : (
          <ul className="link-list" aria-label="What changed">
            {home.changes.map((note) => (
              <li key={note.id}>
                <Link className="link-row" to={href(note.link)}>
                  <span className="link-row-title">
                    {!note.readAt && <span className="badge badge--pending">New</span>} {note.title}
                  </span>
                  <span className="muted">{formatDay(new Date(note.createdAt), viewerZone)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={href('/inbox')}>All notifications{home.unread > 0 ? ` (${home.unread} unread)` : ''}</Link>
        </p>
      </section>
    </div>
  )
}

/** One show or commitment: its day and time at the place, the viewer's own clock beside it where it differs. */
function NextRow({ entry, viewerZone }: { entry: NextEntry; viewerZone: string }) {
  const { href } = useWorkspace()
  const start = new Date(entry.startsAt)
  const [localDay] = entry.localStart.split(' ')
  const mine = viewerTimeOf(start, entry.timeZone, viewerZone)
  return (
    <Link className="link-row" to={href(`/${entry.kind === 'show' ? 'shows' : 'commitments'}/${entry.id}`)}>
      <span className="link-row-title">
        {entry.conflicts.length > 0 && <ConflictMarker />}
        {entry.title}
        {entry.conflicts.length > 0 && <span className="muted"> · {entry.conflicts.length === 1 ? '1 conflict' : `${entry.conflicts.length} conflicts`}</span>}
      </span>
      <span className="muted">
        {formatLocalDate(localDay ?? '', 'medium')}, {formatClock(start, entry.timeZone)} {zoneName(start, entry.timeZone)}
        {mine && ` (your time: ${mine.text} ${mine.zoneShort})`}
        {entry.place ? ` · ${entry.place}` : ''}
      </span>
    </Link>
  )
}
