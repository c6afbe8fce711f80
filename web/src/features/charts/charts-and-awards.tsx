import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { awardNominationsApi, chartEntriesApi, chartHistoryApi } from '../../api/charts-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import type { NomineeOption } from './award-form.tsx'
import { AwardsSection } from './awards-section.tsx'
import { ChartEntriesSection } from './chart-entries-section.tsx'
import type { SubjectOption } from './chart-entry-form.tsx'
import { ChartPlot } from './chart-plot.tsx'

export interface ChartsScope {
  /** Whose charts and awards: an act's (everything of its releases and recordings) or one release's (with its editions). */
  filter: { actId: string } | { releaseGroupId: string }
  /** This page's path, without the open form's `?entry=` or `?award=`. */
  pagePath: string
  subjects: readonly SubjectOption[]
  defaultSubject?: string
  nominees: readonly NomineeOption[]
  defaultNominee?: string
}

/** The body of a "Charts & awards" page: the chart history plots, the chart entries and the nominations. */
export function ChartsAndAwards({ filter, pagePath, subjects, defaultSubject, nominees, defaultNominee }: ChartsScope) {
  const { slug } = useWorkspace()
  const [params] = useSearchParams()
  const history = useQuery({ queryKey: chartHistoryApi.key(slug, filter), queryFn: () => chartHistoryApi.get(slug, filter) })
  const entries = useResourceList(chartEntriesApi, slug, filter)
  const nominations = useResourceList(awardNominationsApi, slug, filter)
  return (
    <>
      <section className="section" aria-labelledby="chart-history">
        <h2 id="chart-history" className="section-title">
          Chart history
        </h2>
        <QueryView query={history}>
          {(h) =>
            h.runs.length === 0 ? (
              <EmptyState title="Nothing has charted yet." />
            ) : (
              <div className="chart-runs">
                {h.runs.map((run) => (
                  <ChartPlot key={`${run.subject.kind}:${run.subject.id}:${run.label}`} run={run} />
                ))}
              </div>
            )
          }
        </QueryView>
      </section>
      <QueryView query={entries}>
        {(list) => <ChartEntriesSection entries={list} open={params.get('entry')} subjects={subjects} defaultSubject={defaultSubject} pagePath={pagePath} />}
      </QueryView>
      <QueryView query={nominations}>
        {(list) => <AwardsSection nominations={list} open={params.get('award')} nominees={nominees} defaultNominee={defaultNominee} pagePath={pagePath} />}
      </QueryView>
    </>
  )
}
