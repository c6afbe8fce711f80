import { useQuery } from '@tanstack/react-query'
import { PLANNER_GOAL_LABELS, plannerApi, plannerKeys, type PlannerGoal } from '../../api/planner-api.ts'
import './planner.css'
import { useWorkspace } from '../workspace/workspace-context.ts'

/**
 * Why the planner wrote this version: its summary, how well it does on each goal (a bar per goal,
 * full when the goal is met perfectly), every hard rule as checked, and why each song is there.
 */
export function PlannerExplanation({ versionId }: { versionId: string }) {
  const { slug } = useWorkspace()
  const suggestion = useQuery({ queryKey: plannerKeys.suggestion(slug, versionId), queryFn: () => plannerApi.suggestion(slug, versionId) })
  if (suggestion.isPending) return <p className="muted">Loading the planner's explanation…</p>
  if (suggestion.isError || !suggestion.data.plan) return null
  const plan = suggestion.data.plan
  const goals = Object.entries(plan.score?.byGoal ?? {}) as [PlannerGoal, number][]
  return (
    <section className="section planner-explanation" aria-labelledby={`why-${versionId}`}>
      <h2 id={`why-${versionId}`} className="section-title">
        Why the planner chose this
      </h2>
      <p>{plan.explanation}</p>
      <p className="muted">
        {plan.provenOptimal ? 'Proven the best set under these rules and goals.' : 'The best set found within the time budget.'} Method: {plan.stats.method},
        seed {plan.stats.seed}.
      </p>
      {goals.length > 0 && (
        <div className="planner-goals" role="list" aria-label="How well each goal is met">
          {goals.map(([goal, penalty]) => {
            const met = Math.round((1 - Math.min(1, Math.max(0, penalty))) * 100)
            return (
              <div key={goal} className="planner-goal" role="listitem">
                <span className="planner-goal-label">{PLANNER_GOAL_LABELS[goal] ?? goal}</span>
                <span className="planner-goal-bar" aria-hidden="true">
                  <span style={{ width: `${met}%` }} />
                </span>
                <span className="planner-goal-value">{met} %</span>
              </div>
            )
          })}
        </div>
      )}
      <h3 className="planner-subtitle">Rules</h3>
      <ul className="planner-rules">
        {plan.rules.map((rule) => (
          <li key={rule.ruleId} className={rule.ok ? 'is-ok' : 'is-broken'}>
            <span aria-hidden="true">{rule.ok ? '✓' : '✗'}</span> <span className="visually-hidden">{rule.ok ? 'Kept: ' : 'Broken: '}</span>
            {rule.message}
          </li>
        ))}
      </ul>
      {plan.reasons.length > 0 && (
        <details className="planner-reasons">
          <summary>Why each song is there</summary>
          <ol>
            {plan.reasons.map((r) => (
              <li key={r.recordingId}>
                <strong>{r.title}</strong>
                {r.reasons.length > 0 && <span className="muted"> — {r.reasons.join('; ')}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
