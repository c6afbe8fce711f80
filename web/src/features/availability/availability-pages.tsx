import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import { availabilityApi, availabilityKeys, type AnswerValue, type AvailabilityRequest } from '../../api/availability-api.ts'
import { isProblem, type FieldIssue } from '../../api/api-problem.ts'
import { peopleApi } from '../../api/catalog-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'

const LABELS: Record<AnswerValue, string> = { yes: 'Yes', maybe: 'Maybe', no: 'No' }
const dates = (r: { startDate: string; endDate: string }) => (r.startDate === r.endDate ? r.startDate : `${r.startDate} to ${r.endDate}`)
const countsLine = (c: AvailabilityRequest['counts']) => `${c.yes} yes · ${c.maybe} maybe · ${c.no} no · ${c.unanswered} not answered`

/** Availability requests (ADR 042): managers ask and read the tables; the asked see the ones they are asked in. */
export function AvailabilityListPage() {
  const { slug, href, permissions } = useWorkspace()
  const list = useQuery({ queryKey: availabilityKeys.all(slug), queryFn: () => availabilityApi.list(slug) })
  return (
    <>
      <PageHeader title="Availability">
        <p className="muted">Can people do a date or a range of dates? Yes, maybe or no, by an answer-by date.</p>
      </PageHeader>
      {permissions.canManage && <NewRequestForm />}
      <QueryView query={list}>
        {(requests) =>
          requests.length === 0 ? (
            <EmptyState title={permissions.canManage ? 'No availability requests yet: ask the band above.' : 'Nobody has asked you about a date yet.'} />
          ) : (
            <ul className="link-list" aria-label="Availability requests">
              {requests.map((r) => (
                <li key={r.id}>
                  <Link className="link-row" to={href(`/availability/${r.id}`)}>
                    <span className="link-row-title">
                      {r.title} {!r.open && <span className="badge">Closed</span>}
                    </span>
                    <span className="muted">
                      {dates(r)} · answer by {r.answerBy} · {countsLine(r.counts)}
                      {r.myAnswer ? ` · you: ${r.myAnswer.answer ? LABELS[r.myAnswer.answer] : 'not answered'}` : ''}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  )
}

function NewRequestForm() {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const people = useResourceList(peopleApi, slug)
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const issueOf = (path: string) => issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '')
    try {
      await availabilityApi.create(slug, {
        title: text('title'),
        note: text('note'),
        startDate: text('startDate'),
        endDate: text('endDate') || text('startDate'),
        answerBy: text('answerBy'),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        personIds: [...chosen],
      })
      setIssues([])
      setChosen(new Set())
      event.currentTarget?.reset()
      await queryClient.invalidateQueries({ queryKey: availabilityKeys.all(slug) })
    } catch (err) {
      if (isProblem(err)) setIssues(err.errors.length > 0 ? err.errors : [{ path: '', message: err.message }])
      else throw err
    }
  }

  const field = (name: string, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`av-${name}`}>{label}</label>
      <input id={`av-${name}`} name={name} type={type} required={name !== 'endDate'} aria-invalid={issueOf(name) ? true : undefined} />
      {issueOf(name) && <p className="field-error">{issueOf(name)}</p>}
    </div>
  )
  return (
    <section className="section" aria-labelledby="av-new">
      <h2 id="av-new" className="section-title">
        Ask about a date
      </h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {issues.some((i) => i.path === '') && <p role="alert">{issues.find((i) => i.path === '')!.message}</p>}
        {field('title', 'What is it (a show on hold, a TV shoot, a promo trip)')}
        {field('startDate', 'First day', 'date')}
        {field('endDate', 'Last day (leave empty for one day)', 'date')}
        {field('answerBy', 'Answer by', 'date')}
        <div className="field">
          <label htmlFor="av-note">Note</label>
          <textarea id="av-note" name="note" rows={2} />
        </div>
        <fieldset className="field" aria-invalid={issueOf('personIds') ? true : undefined}>
          <legend>Who is asked</legend>
          {(people.data ?? []).map((p) => (
            <label key={p.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(p.id)}
                onChange={(e) => {
                  const next = new Set(chosen)
                  if (e.target.checked) next.add(p.id)
                  else next.delete(p.id)
                  setChosen(next)
                }}
              />{' '}
              {p.name}
            </label>
          ))}
          {issueOf('personIds') && <p className="field-error">{issueOf('personIds')}</p>}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            Send the request
          </button>
        </div>
      </form>
    </section>
  )
}

/** One request: the summary table for managers, the answer form for someone asked. */
export function AvailabilityRequestPage() {
  const { slug } = useWorkspace()
  const { requestId = '' } = useParams()
  const one = useQuery({ queryKey: availabilityKeys.one(slug, requestId), queryFn: () => availabilityApi.get(slug, requestId) })
  return <QueryView query={one}>{(r) => <RequestView request={r} />}</QueryView>
}

function RequestView({ request: r }: { request: AvailabilityRequest }) {
  const { slug, permissions } = useWorkspace()
  const queryClient = useQueryClient()
  const [message, setMessage] = useState('')
  const refresh = () => queryClient.invalidateQueries({ queryKey: availabilityKeys.all(slug) })
  async function act(what: () => Promise<unknown>, done: string) {
    try {
      await what()
      setMessage(done)
      await refresh()
    } catch (err) {
      if (isProblem(err)) setMessage(err.message)
      else throw err
    }
  }
  return (
    <>
      <PageHeader title={r.title}>
        <p>
          <strong>{dates(r)}</strong> · answer by {r.answerBy} {!r.open && <span className="badge">Closed</span>}
        </p>
        {r.note && <p>{r.note}</p>}
        <p className="muted">{countsLine(r.counts)}</p>
      </PageHeader>
      {message && <p role="status">{message}</p>}
      {r.myAnswer && <AnswerForm request={r} onDone={(m) => void refresh().then(() => setMessage(m))} />}
      {permissions.canManage && (
        <section className="section" aria-labelledby="av-table">
          <h2 id="av-table" className="section-title">
            Answers
          </h2>
          {r.answers.length === 0 ? (
            <EmptyState title="Nobody is asked." />
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">Who can do it</caption>
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col">Answer</th>
                    <th scope="col">Comment</th>
                  </tr>
                </thead>
                <tbody>
                  {r.answers.map((a) => (
                    <tr key={a.personId}>
                      <th scope="row">{a.personName}</th>
                      <td>
                        {a.answer ? LABELS[a.answer] : <span className="muted">Not answered</span>}
                        {a.commitmentId ? ' (committed)' : ''}
                      </td>
                      <td>{a.comment}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="form-actions">
            {r.counts.yes > 0 && (
              <button
                type="button"
                className="button"
                onClick={() => void act(() => availabilityApi.commitment(slug, r.id, false), 'The yes answers are a commitment now.')}
              >
                Make the yes answers a commitment
              </button>
            )}
            {r.open && (
              <button type="button" className="button" onClick={() => void act(() => availabilityApi.close(slug, r.id), 'Closed: no more answers.')}>
                Close the request
              </button>
            )}
          </div>
        </section>
      )}
    </>
  )
}

function AnswerForm({ request: r, onDone }: { request: AvailabilityRequest; onDone: (message: string) => void }) {
  const { slug } = useWorkspace()
  const [comment, setComment] = useState(r.myAnswer?.comment ?? '')
  const [error, setError] = useState('')
  async function answer(value: AnswerValue) {
    try {
      await availabilityApi.answer(slug, r.id, value, comment)
      setError('')
      onDone(`Your answer “${LABELS[value]}” is recorded.`)
    } catch (err) {
      if (isProblem(err)) setError(err.message)
      else throw err
    }
  }
  return (
    <section className="section card" aria-labelledby="av-mine">
      <h2 id="av-mine" className="section-title">
        Your answer: {r.myAnswer?.answer ? LABELS[r.myAnswer.answer] : 'not answered yet'}
      </h2>
      {error && <p role="alert">{error}</p>}
      {r.open ? (
        <>
          <div className="field">
            <label htmlFor="av-comment">Comment (optional)</label>
            <textarea id="av-comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
          </div>
          <div className="form-actions" role="group" aria-label="Can you do it?">
            {(['yes', 'maybe', 'no'] as const).map((v) => (
              <button key={v} type="button" className="button" aria-pressed={r.myAnswer?.answer === v} onClick={() => void answer(v)}>
                {LABELS[v]}
              </button>
            ))}
          </div>
        </>
      ) : (
        <p className="muted">This request takes no more answers.</p>
      )}
    </section>
  )
}
