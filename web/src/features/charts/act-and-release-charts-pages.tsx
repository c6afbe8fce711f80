import { useParams } from 'react-router'
import { actsApi, recordingsApi, releasesApi } from '../../api/catalog-api.ts'
import { useResourceList, useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import type { NomineeOption } from './award-form.tsx'
import type { SubjectOption } from './chart-entry-form.tsx'
import { ChartsAndAwards } from './charts-and-awards.tsx'

/** An act's charts and awards: everything of its releases, editions and recordings. */
export function ActChartsPage() {
  const { slug, href } = useWorkspace()
  const actId = useParams().actId ?? ''
  const act = useResourceRecord(actsApi, slug, actId)
  const releases = useResourceList(releasesApi, slug, { actId })
  const recordings = useResourceList(recordingsApi, slug, { actId })
  const releaseOptions = (releases.data ?? []).map((r) => ({ value: `release-group:${r.id}`, label: `${r.title} (${labelOf(r.kind)})` }))
  const recordingOptions = (recordings.data ?? []).map((r) => ({ value: `recording:${r.id}`, label: r.title }))
  return (
    <QueryView query={act} notFound={{ to: href('/acts'), label: 'Back to acts' }}>
      {(a) => {
        const subjects: SubjectOption[] = [
          ...releaseOptions.map((o) => ({ ...o, group: 'Releases' as const })),
          ...recordingOptions.map((o) => ({ ...o, group: 'Recordings' as const })),
        ]
        const nominees: NomineeOption[] = [
          { value: `act:${a.id}`, label: a.name, group: 'Acts' },
          ...a.memberships.map((m) => ({ value: `person:${m.personId}`, label: m.personName, group: 'People' as const })),
          ...releaseOptions.map((o) => ({ ...o, group: 'Releases' as const })),
          ...recordingOptions.map((o) => ({ ...o, group: 'Recordings' as const })),
        ]
        return (
          <>
            <PageHeader
              kicker={a.name}
              title="Charts & awards"
              documentTitle={`${a.name}: charts & awards`}
              back={{ to: href(`/acts/${a.id}`), label: a.name }}
            >
              <p className="muted">Where {a.name}’s releases and songs charted, and the awards they were up for.</p>
            </PageHeader>
            <ChartsAndAwards
              filter={{ actId: a.id }}
              pagePath={href(`/acts/${a.id}/charts`)}
              subjects={subjects}
              nominees={nominees}
              defaultNominee={`act:${a.id}`}
            />
          </>
        )
      }}
    </QueryView>
  )
}

/** One release's charts and awards, its editions' chart positions included. */
export function ReleaseChartsPage() {
  const { slug, href } = useWorkspace()
  const release = useResourceRecord(releasesApi, slug, useParams().releaseGroupId ?? '')
  return (
    <QueryView query={release} notFound={{ to: href('/releases'), label: 'Back to releases' }}>
      {(r) => {
        const recordings = new Map(r.editions.flatMap((e) => e.tracks.map((t) => [t.recordingId, t.title] as const)))
        const subjects: SubjectOption[] = [
          { value: `release-group:${r.id}`, label: r.title, group: 'Releases' },
          ...r.editions.map((e) => ({ value: `edition:${e.id}`, label: `${r.title} (${e.name})`, group: 'Editions' as const })),
          ...[...recordings].map(([id, title]) => ({ value: `recording:${id}`, label: title, group: 'Recordings' as const })),
        ]
        const nominees: NomineeOption[] = [
          { value: `release-group:${r.id}`, label: r.title, group: 'Releases' },
          { value: `act:${r.actId}`, label: r.actName, group: 'Acts' },
          ...[...recordings].map(([id, title]) => ({ value: `recording:${id}`, label: title, group: 'Recordings' as const })),
        ]
        return (
          <>
            <PageHeader
              kicker={`${r.title} · ${r.actName}`}
              title="Charts & awards"
              documentTitle={`${r.title}: charts & awards`}
              back={{ to: href(`/releases/${r.id}`), label: r.title }}
            />
            <ChartsAndAwards
              filter={{ releaseGroupId: r.id }}
              pagePath={href(`/releases/${r.id}/charts`)}
              subjects={subjects}
              defaultSubject={`release-group:${r.id}`}
              nominees={nominees}
              defaultNominee={`release-group:${r.id}`}
            />
          </>
        )
      }}
    </QueryView>
  )
}
