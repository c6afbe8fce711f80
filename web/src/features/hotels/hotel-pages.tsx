import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { isProblem } from '../../api/api-problem.ts'
import { hotelKeys, hotelsApi } from '../../api/hotels-api.ts'
import { roadKeys } from '../../api/road-api.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { formatLocalDate } from '../shows/zoned-time.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { HotelForm } from './hotel-form.tsx'
import { StayView } from './stay-view.tsx'
import '../road/road.css'

/** Hotel stays by check-in date (a viewer sees only where they sleep). */
export function HotelsPage() {
  const { slug, href } = useWorkspace()
  const canEdit = useCanEditTouring()
  const stays = useQuery({ queryKey: hotelKeys.list(slug, {}), queryFn: () => hotelsApi.list(slug, {}) })
  return (
    <>
      <PageHeader
        title="Hotels"
        actions={
          canEdit ? (
            <Link className="button button--primary" to={href('/hotels/new')}>
              Add a stay
            </Link>
          ) : undefined
        }
      >
        <p className="muted">Where everyone sleeps, room by room.</p>
      </PageHeader>
      <QueryView query={stays}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No hotel stays yet." />
          ) : (
            <ul className="stack" aria-label="Hotel stays">
              {list.map((s) => (
                <li key={s.id} className="card">
                  <Link to={href(`/hotels/${s.id}`)}>{s.name}</Link>
                  <p className="muted">
                    {formatLocalDate(s.checkInDate, 'medium')} → {formatLocalDate(s.checkOutDate, 'medium')} · {s.rooms.length}{' '}
                    {s.rooms.length === 1 ? 'room' : 'rooms'}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  )
}

/** A new stay; `?date=` starts it on that night (from a day sheet). */
export function NewHotelPage() {
  const { href } = useWorkspace()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  return (
    <>
      <PageHeader title="Add a stay" back={{ to: href('/hotels'), label: 'Hotels' }} />
      <HotelForm date={params.get('date') ?? undefined} onDone={(saved) => navigate(href(saved ? `/hotels/${saved.id}` : '/hotels'))} />
    </>
  )
}

/** One stay: its rooms as I may see them; the tour manager edits or deletes it (deleting asks first). */
export function HotelPage() {
  const { slug, href } = useWorkspace()
  const { stayId = '' } = useParams()
  const canEdit = useCanEditTouring()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const stay = useQuery({ queryKey: hotelKeys.one(slug, stayId), queryFn: () => hotelsApi.get(slug, stayId) })
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function remove() {
    try {
      await hotelsApi.remove(slug, stayId)
      await queryClient.invalidateQueries({ queryKey: roadKeys.all(slug) })
      navigate(href('/hotels'))
    } catch (err) {
      setError(isProblem(err) ? err.message : 'Could not delete.')
    }
  }

  return (
    <QueryView query={stay} notFound={{ to: href('/hotels'), label: 'Hotels' }}>
      {(s) => (
        <>
          <PageHeader kicker="Hotel" title={s.name} back={{ to: href('/hotels'), label: 'Hotels' }} />
          {editing ? (
            <HotelForm key={s.id} stay={s} onDone={() => setEditing(false)} />
          ) : (
            <>
              <StayView stay={s} heading="h2" />
              {canEdit && (
                <div className="form-actions">
                  <button type="button" className="button" onClick={() => setEditing(true)}>
                    Edit stay
                  </button>
                  {confirming ? (
                    <span role="group" aria-label="Confirm deletion">
                      Delete {s.name} and its room list?{' '}
                      <button type="button" className="button button--danger" onClick={() => void remove()}>
                        Yes, delete
                      </button>{' '}
                      <button type="button" className="button" onClick={() => setConfirming(false)}>
                        Keep it
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="button" onClick={() => setConfirming(true)}>
                      Delete stay
                    </button>
                  )}
                </div>
              )}
              {error && (
                <p role="alert" className="field-error">
                  {error}
                </p>
              )}
            </>
          )}
        </>
      )}
    </QueryView>
  )
}
