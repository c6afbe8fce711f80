import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { UndoNotice, useUndoableRemoval } from '../../components/undo-removal.tsx'
import { useParams } from 'react-router'
import { isProblem, type FieldIssue } from '../../api/api-problem.ts'
import { businessApi, businessKeys, type SettlementBody, type SettlementTerms, type ShowSettlement } from '../../api/business-api.ts'
import { ErrorSummary } from '../../components/error-summary.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { SelectField, TextField } from '../../components/field.tsx'
import { messageFor } from '../../components/form-issues.ts'
import { formatMoney } from '../../../../src/domain/currency.ts'
import { grantOf } from '../../../../src/domain/permissions.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { formatLocalDate } from '../shows/zoned-time.ts'
import { draftOfTerms, emptyDraft, ROW_NAMES, ROWS, termsOfDraft, type RowsName, type TermsDraft } from './settlement-draft.ts'
import './business.css'

const DEAL_LABELS = { flat: 'Flat guarantee', versus: 'Guarantee versus a percentage of net', door: 'Door deal' } as const

/**
 * A show's settlement (issue 16 point 5; ADR 048): the deal, the night's figures and the sheet the
 * domain computed, line by line. Owners and managers read and write it, approve and reopen it and
 * print the PDF; a member on the lineup reads the deal alone when the act shares it; nobody else
 * sees money (the server answers 403, and this page says so). Amounts are formatted, never summed.
 */
export function SettlementPage() {
  const { slug, href, workspace } = useWorkspace()
  const showId = useParams().showId ?? ''
  const key = businessKeys.settlement(slug, showId)
  const settlement = useQuery({ queryKey: key, queryFn: () => businessApi.settlement(slug, showId), retry: false })
  const manages = grantOf(workspace.role, 'money').write === 'all'
  const back = { to: href(`/shows/${showId}`), label: 'Show' }

  if (settlement.isPending) return <PageHeader title="Settlement" back={back} />
  if (settlement.isError)
    return (
      <>
        <PageHeader title="Settlement" back={back} />
        <p className="notice" role="status">
          {isProblem(settlement.error, 403)
            ? 'Only owners and managers see a show’s money; a member sees their show’s deal when the act shares it.'
            : settlement.error.message}
        </p>
      </>
    )
  const s = settlement.data
  return (
    <>
      <PageHeader
        kicker={`Settlement · ${s.show.actName}`}
        title={`${s.show.city} · ${s.show.venueName}`}
        back={back}
        actions={
          manages &&
          s.sheet && (
            <a className="button" href={businessApi.sheetUrl(slug, showId)} download>
              Settlement sheet (PDF)
            </a>
          )
        }
      >
        <p className="show-date">
          <time dateTime={s.show.localDate}>{formatLocalDate(s.show.localDate)}</time>
          {s.approval ? (
            <span className="badge badge--approved" data-testid="settlement-state">
              Approved
            </span>
          ) : s.terms ? (
            <span className="badge" data-testid="settlement-state">
              Draft
            </span>
          ) : null}
        </p>
      </PageHeader>
      {manages ? <ManagerSettlement settlement={s} /> : <DealOnly settlement={s} />}
    </>
  )
}

function DealView({ currency, deal }: NonNullable<ShowSettlement['deal']>) {
  return (
    <dl className="facts">
      <div>
        <dt>Deal</dt>
        <dd>{DEAL_LABELS[deal.kind]}</dd>
      </div>
      {'guaranteeMinor' in deal && (
        <div>
          <dt>Guarantee</dt>
          <dd>{formatMoney(deal.guaranteeMinor, currency)}</dd>
        </div>
      )}
      {'artistPercent' in deal && (
        <div>
          <dt>Artist’s share of net</dt>
          <dd>{deal.artistPercent} %</dd>
        </div>
      )}
      {'promoterProfitPercent' in deal && (
        <div>
          <dt>Promoter profit</dt>
          <dd>{deal.promoterProfitPercent} %</dd>
        </div>
      )}
    </dl>
  )
}

function DealOnly({ settlement }: { settlement: ShowSettlement }) {
  if (!settlement.deal) return <p className="muted">No deal is written for this show yet.</p>
  return (
    <section className="section" aria-labelledby="deal">
      <h2 id="deal" className="section-title">
        The deal
      </h2>
      <DealView {...settlement.deal} />
      <p className="muted">The night’s figures and the settlement are for owners and managers.</p>
    </section>
  )
}

function ManagerSettlement({ settlement }: { settlement: ShowSettlement }) {
  const { slug } = useWorkspace()
  const client = useQueryClient()
  const key = businessKeys.settlement(slug, settlement.showId)
  const [editing, setEditing] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const s = settlement

  async function decide(run: () => Promise<ShowSettlement>) {
    setError(null)
    try {
      client.setQueryData(key, await run())
    } catch (err) {
      setError(isProblem(err, 409) ? 'Someone changed this settlement meanwhile: it is reloaded.' : isProblem(err) ? err.message : 'Could not save.')
      await client.invalidateQueries({ queryKey: key })
    }
  }

  if (editing)
    return (
      <SettlementEditor
        settlement={s}
        onCancel={() => setEditing(false)}
        onSaved={(next) => {
          client.setQueryData(key, next)
          setEditing(false)
        }}
      />
    )
  return (
    <>
      {error && (
        <p className="notice notice--danger" role="alert">
          {error}
        </p>
      )}
      {!s.terms ? (
        <div className="empty-state">
          <p>No deal or settlement is written for this show yet.</p>
          <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
            Write the deal
          </button>
        </div>
      ) : (
        <>
          <section className="section" aria-labelledby="deal">
            <h2 id="deal" className="section-title">
              The deal
            </h2>
            <DealView currency={s.terms.currency} deal={s.terms.deal} />
          </section>
          <Figures terms={s.terms} />
          {s.sheet && <Sheet sheet={s.sheet} />}
          <section className="section" aria-labelledby="approval">
            <h2 id="approval" className="section-title">
              Approval
            </h2>
            {s.approval ? (
              <>
                <p>
                  Approved by {s.approval.approvedBy.name} on {new Date(s.approval.approvedAt).toLocaleString()}. It is read-only until reopened.
                </p>
                <button type="button" className="button" onClick={() => void decide(() => businessApi.reopen(slug, s.showId, s.version))}>
                  Reopen the settlement
                </button>
              </>
            ) : (
              <p className="business__actions">
                <button type="button" className="button" onClick={() => setEditing(true)}>
                  Edit the figures
                </button>{' '}
                {confirming ? (
                  <span role="group" aria-label="Confirm approval">
                    <span>Approve these figures as final? </span>
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => {
                        setConfirming(false)
                        void decide(() => businessApi.approve(slug, s.showId, s.version))
                      }}
                    >
                      Yes, approve
                    </button>{' '}
                    <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                      Not yet
                    </button>
                  </span>
                ) : (
                  <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
                    Approve…
                  </button>
                )}
              </p>
            )}
          </section>
        </>
      )}
    </>
  )
}

const money = (minor: number | null | undefined, currency: string) => (minor === null || minor === undefined ? '—' : formatMoney(minor, currency))

function Figures({ terms }: { terms: SettlementTerms }) {
  const c = terms.currency
  return (
    <section className="section" aria-labelledby="figures">
      <h2 id="figures" className="section-title">
        The night’s figures
      </h2>
      <h3>Tickets</h3>
      {terms.tickets.length === 0 ? (
        <p className="muted">No tickets entered.</p>
      ) : (
        <table className="table table--rows">
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Price</th>
              <th scope="col">Sold</th>
              <th scope="col">Comps</th>
              <th scope="col">Kills</th>
              <th scope="col">Scanned</th>
            </tr>
          </thead>
          <tbody>
            {terms.tickets.map((t, i) => (
              <tr key={i}>
                <th scope="row">{t.type}</th>
                <td data-label="Price">{money(t.priceMinor, c)}</td>
                <td data-label="Sold">{t.sold}</td>
                <td data-label="Comps">{t.comps}</td>
                <td data-label="Kills">{t.kills}</td>
                <td data-label="Scanned">{t.scanned ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PlainList
        title="Taxes and fees"
        rows={terms.taxes.map((t) => [t.label || 'Tax', t.kind === 'percent' ? `${t.percent} % of gross` : money(t.amountMinor, c)])}
      />
      <PlainList
        title="Expenses"
        rows={terms.expenses.map((e) => [
          `${e.label || 'Expense'} (${e.timing === 'before-split' ? 'before the split' : 'after the split'})`,
          e.kind === 'capped'
            ? `${money(e.actualMinor, c)} spent, capped at ${money(e.capMinor, c)}`
            : `${money(e.amountMinor, c)} agreed${e.actualMinor !== null ? `, ${money(e.actualMinor, c)} spent` : ''}`,
        ])}
      />
      <PlainList title="Merch" rows={terms.merch.map((m) => [m.label || 'Merch', `${money(m.grossMinor, c)} gross, venue ${m.venuePercent} %`])} />
      <PlainList
        title="Deposits"
        rows={terms.deposits.map((d) => [
          `${d.label || 'Deposit'} due ${d.dueDate}`,
          `${money(d.amountMinor, c)}${d.paidOn ? `, paid ${d.paidOn}` : ', unpaid'}`,
        ])}
      />
      <PlainList title="Adjustments" rows={terms.adjustments.map((a) => [a.reason, money(a.amountMinor, c)])} />
      {terms.exchangeRate && (
        <p className="muted">
          Exchange rate: 1 {c} = {terms.exchangeRate} in the tour’s home currency.
        </p>
      )}
    </section>
  )
}

function PlainList({ title, rows }: { title: string; rows: [string, string][] }) {
  return (
    <>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <dl className="business__pairs">
          {rows.map(([k, v], i) => (
            <div key={i}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  )
}

function Sheet({ sheet }: { sheet: NonNullable<ShowSettlement['sheet']> }) {
  return (
    <section className="section" aria-labelledby="sheet">
      <h2 id="sheet" className="section-title">
        Settlement
      </h2>
      <table className="table business__sheet" data-testid="settlement-sheet">
        <caption className="visually-hidden">The settlement, from gross to the artist’s total</caption>
        <tbody>
          {sheet.lines.map((l) => (
            <tr key={l.key} className={`business__line business__line--${l.key}`}>
              <th scope="row">{l.label}</th>
              <td className="business__amount">{formatMoney(l.amountMinor, sheet.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="facts">
        <div>
          <dt>Artist’s total</dt>
          <dd data-testid="artist-total">{formatMoney(sheet.artistTotalMinor, sheet.currency)}</dd>
        </div>
        <div>
          <dt>Balance due on the night</dt>
          <dd>{formatMoney(sheet.balanceDueMinor, sheet.currency)}</dd>
        </div>
      </dl>
    </section>
  )
}

function SettlementEditor({ settlement, onCancel, onSaved }: { settlement: ShowSettlement; onCancel: () => void; onSaved: (s: ShowSettlement) => void }) {
  const { slug } = useWorkspace()
  const [draft, setDraft] = useState<TermsDraft>(settlement.terms ? draftOfTerms(settlement.terms) : emptyDraft())
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const set = (change: Partial<TermsDraft>) => setDraft((d) => ({ ...d, ...change }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setAttempt((a) => a + 1)
    const { terms, issues: local } = termsOfDraft(draft)
    if (local.length || !terms) return setIssues(local)
    setBusy(true)
    try {
      const body: SettlementBody = { version: settlement.version, ...terms }
      onSaved(await businessApi.saveSettlement(slug, settlement.showId, body))
    } catch (err) {
      if (isProblem(err) && err.errors.length) setIssues(err.errors)
      else if (isProblem(err, 409))
        setIssues([{ path: '', message: 'Someone changed this settlement meanwhile. Cancel, and edit again from what is saved now.' }])
      else setIssues([{ path: '', message: isProblem(err) ? err.message : 'Could not save.' }])
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="business__form" onSubmit={(e) => void submit(e)} aria-label="Deal and figures" noValidate>
      <ErrorSummary issues={issues} attempt={attempt} />
      <div className="field-row">
        <TextField
          label="Currency"
          path="currency"
          maxLength={3}
          autoCapitalize="characters"
          hint="ISO 4217, like EUR or USD"
          value={draft.currency}
          error={messageFor(issues, 'currency')}
          onChange={(e) => set({ currency: e.target.value })}
        />
        <SelectField label="Deal" path="deal.kind" value={draft.dealKind} onChange={(e) => set({ dealKind: e.target.value as TermsDraft['dealKind'] })}>
          {Object.entries(DEAL_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </SelectField>
        {draft.dealKind !== 'door' && (
          <TextField
            label="Guarantee"
            path="deal.guaranteeMinor"
            inputMode="decimal"
            value={draft.guarantee}
            error={messageFor(issues, 'deal.guaranteeMinor')}
            onChange={(e) => set({ guarantee: e.target.value })}
          />
        )}
        {draft.dealKind !== 'flat' && (
          <TextField
            label="Artist’s % of net"
            path="deal.artistPercent"
            inputMode="decimal"
            value={draft.artistPercent}
            error={messageFor(issues, 'deal.artistPercent')}
            onChange={(e) => set({ artistPercent: e.target.value })}
          />
        )}
        {draft.dealKind === 'versus' && (
          <TextField
            label="Promoter profit %"
            path="deal.promoterProfitPercent"
            inputMode="decimal"
            value={draft.promoterProfitPercent}
            error={messageFor(issues, 'deal.promoterProfitPercent')}
            onChange={(e) => set({ promoterProfitPercent: e.target.value })}
          />
        )}
      </div>
      {ROW_NAMES.map((name) => (
        <RowsEditor key={name} name={name} draft={draft} issues={issues} onChange={(rows) => set({ [name]: rows })} />
      ))}
      <TextField
        label="Exchange rate to the tour’s home currency"
        path="exchangeRate"
        isOptional
        inputMode="decimal"
        hint="One unit of this currency in the home currency, as agreed (no rate is fetched)."
        value={draft.exchangeRate}
        error={messageFor(issues, 'exchangeRate')}
        onChange={(e) => set({ exchangeRate: e.target.value })}
      />
      <p className="business__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Save and compute
        </button>{' '}
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  )
}

function RowsEditor({
  name,
  draft,
  issues,
  onChange,
}: {
  name: RowsName
  draft: TermsDraft
  issues: FieldIssue[]
  onChange: (rows: Record<string, string>[]) => void
}) {
  const spec = ROWS[name]
  const rows = draft[name]
  const update = (i: number, field: string, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)))
  const removal = useUndoableRemoval<Record<string, string>>((change) => onChange(change(rows)))
  return (
    <fieldset className="fieldset">
      <legend>{spec.title}</legend>
      {rows.length === 0 && <p className="muted">None.</p>}
      {messageFor(issues, name) && <p className="field-error">{messageFor(issues, name)}</p>}
      {rows.map((row, i) => (
        <div key={i} className="business__row">
          <div className="field-row field-row--4">
            {spec.columns
              .filter((col) => !col.when || col.when(row))
              .map((col) => {
                const path = `${name}.${i}.${col.field}`
                const label = `${col.label} (${spec.one} ${i + 1})`
                return col.options ? (
                  <SelectField key={col.field} label={label} path={path} value={row[col.field]} onChange={(e) => update(i, col.field, e.target.value)}>
                    {col.options.map(([v, l]) => (
                      <option key={v} value={v}>
                        {l}
                      </option>
                    ))}
                  </SelectField>
                ) : (
                  <TextField
                    key={col.field}
                    label={label}
                    path={path}
                    isOptional={col.optional}
                    type={col.type === 'date' ? 'date' : 'text'}
                    inputMode={col.type === 'int' ? 'numeric' : col.type === 'text' || col.type === 'date' ? undefined : 'decimal'}
                    value={row[col.field]}
                    error={messageFor(issues, path)}
                    onChange={(e) => update(i, col.field, e.target.value)}
                  />
                )
              })}
          </div>
          <button type="button" className="button button--danger-quiet button--small" onClick={() => removal.remove(rows, i, `${spec.one} ${i + 1}`)}>
            Remove {spec.one} {i + 1}
          </button>
        </div>
      ))}
      <UndoNotice removed={removal.removed} note="It goes when you save." onUndo={removal.undo} />
      <button type="button" className="button button--small" onClick={() => onChange([...rows, { ...spec.blank }])}>
        Add {spec.one}
      </button>
    </fieldset>
  )
}
