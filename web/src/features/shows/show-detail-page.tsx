import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useParams } from 'react-router'
import { showsApi, toursApi, type Show } from '../../api/touring-api.ts'
import { useRemove, useResourceRecord } from '../../api/use-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { ShowDayLink } from '../road/show-day-link.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { labelOf } from '../../format/vocabulary.ts'
import { ConflictList, ConflictMarker } from '../conflicts/conflict-list.tsx'
import { conflictCount } from '../conflicts/conflict-words.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { ShowBadges } from './show-badges.tsx'
import { ShowSetlistPanel } from './show-setlist-panel.tsx'
import { PlayedPanel } from '../played/played-panel.tsx'
import { GuestsPanel } from '../guests/guests-panel.tsx'
import { AdvancePanel } from '../advance/advance-panel.tsx'
import { TicketsPanel } from '../business/tickets-panel.tsx'
import { grantOf } from '../../../../src/domain/permissions.ts'
import { ShowTimesTable } from './show-times-table.tsx'
import { announcementText, billingLabel, statusLabel } from './show-words.ts'
import { formatLocalDate, viewerTimeZone } from './zoned-time.ts'
import { useShowPage } from './use-show-page.ts'
import { useOpenedAfresh, useStagedSections } from './staged-sections.ts'

export function ShowDetailPage() {
  const { slug, href } = useWorkspace()
  const showId = useParams().showId ?? ''
  // opened by a link or as the app's first page: the panels under the bill come after the first paint
  const staged = useOpenedAfresh()
  // the show and its panels' data in one answer, each under its panel's key: one render, not ten (ADR 054)
  const seeded = useShowPage(slug, showId)
  const show = useQuery({ queryKey: showsApi.keys.one(slug, showId), queryFn: () => showsApi.get(slug, showId), enabled: seeded })

  return (
    <QueryView query={show} notFound={{ to: href('/shows'), label: 'Back to shows' }}>
      {(s) => <ShowView show={s} staged={staged} />}
    </QueryView>
  )
}

/** The sections under the bill (ADR 056): one more at each step when staged; only this part renders again at each step. */
const LOWER_SECTIONS = 7

function LowerSections({ show: s, staged }: { show: Show; staged: boolean }) {
  const shown = useStagedSections(LOWER_SECTIONS, staged)
  return (
    <>
      {shown >= 1 && <TicketsPanel show={s} />}

      {shown >= 2 && <Lineup show={s} />}

      {shown >= 3 && <AdvancePanel show={s} />}

      {shown >= 4 && <ShowSetlistPanel show={s} />}
      {shown >= 5 && <PlayedPanel show={s} />}
      {shown >= 6 && (
        <GuestsPanel
          showId={s.id}
          holders={[
            { key: `act:${s.actId}`, name: s.actName },
            ...s.billing.map((b) => ({ key: `act:${b.actId}`, name: b.actName })),
            ...s.lineup.map((m) => ({ key: `person:${m.personId}`, name: m.personName })),
          ]}
        />
      )}

      {shown >= 7 && s.notes && (
        <section className="section" aria-labelledby="notes">
          <h2 id="notes" className="section-title">
            Notes
          </h2>
          <p className="prose">{s.notes}</p>
        </section>
      )}
    </>
  )
}

function ShowView({ show: s, staged }: { show: Show; staged: boolean }) {
  const { slug, href, workspace } = useWorkspace()
  const canEditTouring = useCanEditTouring()
  // owners and managers, and a member who may read their show's deal (the server decides which show)
  const seesMoney = grantOf(workspace.role, 'money').read !== 'none'
  const remove = useRemove(showsApi, slug)
  const navigate = useNavigate()

  return (
    <>
      <PageHeader
        kicker={
          <>
            Show · <Link to={href(`/acts/${s.actId}`)}>{s.actName}</Link>
            {s.tourId && (
              <>
                {' · '}
                <TourName tourId={s.tourId} legId={s.legId} />
              </>
            )}
          </>
        }
        title={`${s.city} · ${s.venueName}`}
        back={s.tourId ? { to: href(`/tours/${s.tourId}`), label: 'Tour' } : { to: href('/shows'), label: 'Shows' }}
        actions={
          <>
            <ShowDayLink date={s.localDate} />
            {seesMoney && (
              <Link className="button" to={href(`/shows/${s.id}/settlement`)}>
                Settlement
              </Link>
            )}
            {canEditTouring && (
              <>
                <Link className="button" to={href(`/shows/${s.id}/edit`)}>
                  Edit
                </Link>
                <Link className="button" to={href(`/planner/${s.actId}?show=${s.id}`)}>
                  Suggest a set list
                </Link>
                <DeleteButton
                  what={`the show in ${s.city} on ${formatLocalDate(s.localDate, 'medium')}`}
                  consequence="If it was ever public, set it to Cancelled instead: feeds then tell subscribers it is off. Deleting cannot be undone."
                  onConfirm={async () => {
                    await remove(s.id)
                    navigate(s.tourId ? href(`/tours/${s.tourId}`) : href('/shows'), { replace: true })
                  }}
                />
              </>
            )}
          </>
        }
      >
        <p className="show-date">
          <time dateTime={s.localDate}>{formatLocalDate(s.localDate)}</time> <ShowBadges status={s.status} announcement={s.announcement} />
        </p>
      </PageHeader>

      {s.conflicts.length > 0 && <ShowConflicts show={s} />}
      <PublicNotice show={s} />

      <dl className="facts">
        <div>
          <dt>Venue</dt>
          <dd>
            <Link to={href(`/venues/${s.venueId}`)}>{s.venueName}</Link>
            {s.address && <span className="muted"> · {s.address}</span>}
          </dd>
        </div>
        <div>
          <dt>City</dt>
          <dd>
            {s.city}, {s.country}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{statusLabel(s.status)}</dd>
        </div>
        <div>
          <dt>Announcement</dt>
          <dd>{announcementText(s.announcement, s.announceAt, viewerTimeZone())}</dd>
        </div>
      </dl>

      <section className="section" aria-labelledby="times">
        <h2 id="times" className="section-title">
          Times
        </h2>
        <ShowTimesTable show={s} />
      </section>

      <section className="section" aria-labelledby="bill">
        <h2 id="bill" className="section-title">
          On the bill
        </h2>
        <ul className="link-list">
          <li className="bill-row">
            <Link to={href(`/acts/${s.actId}`)}>{s.actName}</Link>
            <span className="badge">Headliner</span>
          </li>
          {s.billing.map((b) => (
            <li key={b.actId} className="bill-row">
              <Link to={href(`/acts/${b.actId}`)}>{b.actName}</Link>
              <span className="badge">{billingLabel(b.role)}</span>
            </li>
          ))}
        </ul>
      </section>

      <LowerSections show={s} staged={staged} />
    </>
  )
}

/** The show's tour and leg by name, linked to the tour page. */
function TourName({ tourId, legId }: { tourId: string; legId: string | null }) {
  const { slug, href } = useWorkspace()
  const tour = useResourceRecord(toursApi, slug, tourId)
  const leg = tour.data?.legs.find((l) => l.id === legId)
  return <Link to={href(`/tours/${tourId}`)}>{tour.data ? `${tour.data.name}${leg ? ` (${leg.name})` : ''}` : 'Tour'}</Link>
}

function ShowConflicts({ show }: { show: Show }) {
  return (
    <section className="conflict-panel" aria-labelledby="show-conflicts">
      <h2 id="show-conflicts" className="conflict-panel-title">
        <ConflictMarker /> The lineup has {conflictCount(show.conflicts.length)}
      </h2>
      <ConflictList conflicts={show.conflicts} />
    </section>
  )
}

/** Says plainly when a show is not on the public page and feeds, and when it will be. */
function PublicNotice({ show }: { show: Show }) {
  if (show.isPublic) return null
  const isEmbargoed = show.announcement === 'embargoed'
  return (
    <div className="notice notice--warning public-notice">
      <p>
        <strong>{isEmbargoed ? `${announcementText(show.announcement, show.announceAt, viewerTimeZone())} (your time).` : 'Not public: not announced.'}</strong>{' '}
        {isEmbargoed
          ? 'Until then it is on no public page or feed; it appears there by itself at that moment.'
          : 'It appears on no public page or feed. Change the announcement when the date may be known.'}
      </p>
    </div>
  )
}

function Lineup({ show }: { show: Show }) {
  const { href } = useWorkspace()
  const inConflict = new Set(show.conflicts.map((c) => c.personId))
  return (
    <section className="section" aria-labelledby="lineup">
      <h2 id="lineup" className="section-title">
        Lineup <span className="count">{show.lineup.length}</span>
      </h2>
      {show.lineup.length === 0 ? (
        <p className="muted">No one is in the lineup yet.</p>
      ) : (
        <table className="table table--rows">
          <thead>
            <tr>
              <th scope="col">Performer</th>
              <th scope="col">Role</th>
              <th scope="col">Calendar</th>
            </tr>
          </thead>
          <tbody>
            {show.lineup.map((member) => (
              <tr key={member.personId} className={inConflict.has(member.personId) ? 'row--conflict' : undefined}>
                <td data-label="Performer">
                  <Link to={href(`/people/${member.personId}`)}>{member.personName}</Link>
                  {inConflict.has(member.personId) && (
                    <span className="conflict-inline">
                      <ConflictMarker /> has a conflict
                    </span>
                  )}
                </td>
                <td data-label="Role">{labelOf(member.role)}</td>
                <td data-label="Calendar">
                  <Link to={href(`/people/${member.personId}/calendar`)}>
                    Calendar<span className="visually-hidden"> of {member.personName}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
