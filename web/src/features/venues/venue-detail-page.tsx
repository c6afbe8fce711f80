import { Link, useNavigate, useParams } from 'react-router'
import { venuesApi } from '../../api/touring-api.ts'
import { useRemove, useResourceRecord } from '../../api/use-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { zoneName } from '../shows/zoned-time.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { VenueFactsPanel } from '../advance/venue-facts-panel.tsx'

export function VenueDetailPage() {
  const { slug, href } = useWorkspace()
  const canEditTouring = useCanEditTouring()
  const venue = useResourceRecord(venuesApi, slug, useParams().venueId ?? '')
  const remove = useRemove(venuesApi, slug)
  const navigate = useNavigate()

  return (
    <QueryView query={venue} notFound={{ to: href('/venues'), label: 'Back to venues' }}>
      {(v) => (
        <>
          <PageHeader
            kicker="Venue"
            title={v.name}
            back={{ to: href('/venues'), label: 'Venues' }}
            actions={
              canEditTouring && (
                <>
                  <Link className="button" to={href(`/venues/${v.id}/edit`)}>
                    Edit
                  </Link>
                  <DeleteButton
                    what={v.name}
                    consequence="A venue that has shows cannot be deleted. This cannot be undone."
                    onConfirm={async () => {
                      await remove(v.id)
                      navigate(href('/venues'), { replace: true })
                    }}
                  />
                </>
              )
            }
          />
          <dl className="facts">
            <div>
              <dt>Address</dt>
              <dd>{v.address || '—'}</dd>
            </div>
            <div>
              <dt>City</dt>
              <dd>
                {v.city}, {v.country}
              </dd>
            </div>
            <div>
              <dt>Time zone</dt>
              <dd>
                {v.timeZone} <span className="muted">({zoneName(new Date(), v.timeZone, 'long')} now)</span>
              </dd>
            </div>
            <div>
              <dt>Coordinates</dt>
              <dd className="tabular">
                {v.latitude !== null && v.longitude !== null ? `${v.latitude}, ${v.longitude}` : 'Not given — the venue cannot be on a map'}
              </dd>
            </div>
          </dl>
          <VenueFactsPanel venueId={v.id} />
        </>
      )}
    </QueryView>
  )
}
