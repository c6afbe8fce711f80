import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { actsApi } from '../../api/catalog-api.ts'
import { timelineApi } from '../../api/touring-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { Agenda } from './agenda.tsx'
import { useToday } from './use-today.ts'

/** An act's timeline: its shows and commitments, with its people's conflicts; and where its public face is. */
export function ActCalendarPage() {
  const { slug, href } = useWorkspace()
  const canEditTouring = useCanEditTouring()
  const actId = useParams().actId ?? ''
  const act = useResourceRecord(actsApi, slug, actId)
  const timeline = useQuery({ queryKey: timelineApi.actKey(slug, actId, {}), queryFn: () => timelineApi.act(slug, actId) })
  const today = useToday()

  return (
    <QueryView query={act} notFound={{ to: href('/acts'), label: 'Back to acts' }}>
      {(a) => (
        <>
          <PageHeader
            kicker="Calendar"
            title={a.name}
            documentTitle={`${a.name} calendar`}
            back={{ to: href(`/acts/${a.id}`), label: a.name }}
            actions={
              canEditTouring && (
                <>
                  <Link className="button button--primary" to={href(`/shows/new?actId=${a.id}`)}>
                    Add show
                  </Link>
                  <Link className="button" to={href(`/commitments/new?actId=${a.id}`)}>
                    Add commitment
                  </Link>
                </>
              )
            }
          >
            <p className="muted">
              Public: <a href={`/public/${a.slug}`}>page of announced shows</a> · <a href={`/public/${a.slug}/shows.ics`}>shows.ics</a> ·{' '}
              <a href={`/public/${a.slug}/shows.json`}>shows.json</a>
            </p>
          </PageHeader>
          <QueryView query={timeline}>
            {(entries) => <Agenda entries={entries} today={today} showConflictPerson emptyText={`Nothing on ${a.name}’s calendar yet.`} />}
          </QueryView>
        </>
      )}
    </QueryView>
  )
}
