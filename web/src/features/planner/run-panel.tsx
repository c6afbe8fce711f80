import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { plannerApi, plannerKeys, type PlannerRun } from '../../api/planner-api.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { TourPicture } from './tour-picture.tsx'
import { ruleNames } from '../../../../src/domain/rule-names.ts'

export const RUN_STATUS_LABELS: Record<PlannerRun['status'], string> = {
  queued: 'Waiting to start',
  running: 'Planning…',
  done: 'Done',
  infeasible: 'No set keeps every rule',
  failed: 'Failed',
  cancelled: 'Cancelled',
}

const isActive = (run: PlannerRun) => run.status === 'queued' || run.status === 'running'

/**
 * One planner run: progress while it runs (live events refresh it; a slow poll covers a lost
 * connection), Cancel, and when it ends the proposals it wrote, the rules that conflict, and for a
 * leg or tour the picture of songs by show.
 */
export function RunPanel({ runId }: { runId: string }) {
  const { slug, href } = useWorkspace()
  const queryClient = useQueryClient()
  const run = useQuery({
    queryKey: plannerKeys.run(slug, runId),
    queryFn: () => plannerApi.getRun(slug, runId),
    refetchInterval: (q) => (q.state.data && !isActive(q.state.data) ? false : 1000),
  })
  const cancel = useMutation({
    mutationFn: () => plannerApi.cancel(slug, runId),
    onSuccess: (r) => {
      queryClient.setQueryData(plannerKeys.run(slug, runId), r)
      void queryClient.invalidateQueries({ queryKey: plannerKeys.all(slug) })
    },
  })
  if (run.isPending) return <p className="muted">Loading the plan…</p>
  if (run.isError)
    return (
      <p className="notice notice--danger" role="alert">
        {run.error.message}
      </p>
    )
  const r = run.data
  const percent = Math.round(r.progress * 100)
  const shows = r.result?.shows ?? []
  const planned = shows.filter((s) => s.proposalId)
  return (
    <section className="planner-run" aria-labelledby={`run-${r.id}`} aria-busy={isActive(r)}>
      <h3 id={`run-${r.id}`} className="planner-run-title">
        {r.targetLabel ?? r.targetKind} <span className={`badge badge--planner-${r.status}`}>{RUN_STATUS_LABELS[r.status]}</span>
      </h3>
      <p className="muted">
        Asked by {r.requestedByName} · time budget {r.budgetMs / 1000} s · seed {r.seed}
      </p>
      {isActive(r) && (
        <div className="planner-progress">
          <progress max={100} value={percent} aria-label="Planning progress">
            {percent} %
          </progress>
          <span aria-live="polite">{r.status === 'queued' ? 'Waiting for another plan to finish' : `${percent} %`}</span>
          <button type="button" className="button button--small" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
            {cancel.isPending ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
      )}
      {cancel.isError && (
        <p className="notice notice--danger" role="alert">
          {cancel.error.message}
        </p>
      )}
      {r.error && <p className="notice notice--danger">{r.error}</p>}
      {r.result?.warnings.map((w) => (
        <p key={w} className="notice">
          {w}
        </p>
      ))}
      {shows.length > 0 && (
        <>
          <p>
            {planned.length === shows.length
              ? `${planned.length === 1 ? 'A proposal' : `${planned.length} proposals`} written by the planner, waiting for the band's answers.`
              : `${planned.length} of ${shows.length} shows planned; the others cannot keep every rule.`}
          </p>
          <p className="muted planner-run-legend">
            Penalty: how far each set is from the goals, lower is better; “proven best” when the exact solver showed nothing scores better.
          </p>
          <ul className="link-list">
            {shows.map((s) => (
              <li key={s.showId}>
                {s.proposalId ? (
                  <Link className="link-row" to={href(`/setlists/${s.proposalId}`)}>
                    <span className="link-row-title">{s.label}</span>
                    <span className="link-row-meta">
                      {s.songCount} songs · {s.status === 'optimal' ? 'proven best' : 'best found'} · penalty {s.scoreTotal?.toFixed(2)}
                    </span>
                  </Link>
                ) : (
                  <div className="link-row">
                    <span className="link-row-title">{s.label}</span>
                    <span className="link-row-meta">
                      No set keeps every rule{s.conflictingRules?.length ? `: these rules conflict — ${ruleNames(s.conflictingRules)}` : ''}
                    </span>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {r.targetKind !== 'show' && r.result && <TourPicture shows={shows} titles={r.result.titles} />}
        </>
      )}
    </section>
  )
}
