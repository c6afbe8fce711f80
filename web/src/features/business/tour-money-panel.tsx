import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { isProblem } from '../../api/api-problem.ts'
import { businessApi, businessKeys, type TourMoney } from '../../api/business-api.ts'
import { TextField } from '../../components/field.tsx'
import { formatMoney } from '../../../../src/domain/currency.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import './business.css'

/**
 * On a tour's page, for owners and managers (issue 16 point 5; ADR 043, 048): each settled show in
 * its own currency, the same in the tour's home currency at the rate entered on its settlement, and
 * the tour's totals. Every figure comes from the server (converted and rounded there); this page only
 * formats them. No rate is ever fetched: a settlement without one is counted and left out of the totals.
 */
export function TourMoneyPanel({ tourId }: { tourId: string }) {
  const { slug, href } = useWorkspace()
  const client = useQueryClient()
  const key = businessKeys.tourMoney(slug, tourId)
  const money = useQuery({ queryKey: key, queryFn: () => businessApi.tourMoney(slug, tourId), retry: false })
  const [editing, setEditing] = useState(false)

  // a role that may not read money gets the server's 403: the panel is simply not there
  if (money.isError) return null
  const m = money.data
  return (
    <section className="section business" aria-labelledby="tour-money">
      <h2 id="tour-money" className="section-title">
        Money
      </h2>
      {!m ? (
        <p className="muted">Loading the tour’s settlements…</p>
      ) : (
        <>
          {editing || m.homeCurrency === null ? (
            <HomeCurrencyForm
              money={m}
              onSaved={(next) => {
                client.setQueryData(key, next)
                setEditing(false)
              }}
              onCancel={m.homeCurrency === null ? undefined : () => setEditing(false)}
            />
          ) : (
            <p>
              Totals in <strong data-testid="home-currency">{m.homeCurrency}</strong>{' '}
              <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
                Change
              </button>
            </p>
          )}
          {m.shows.length === 0 ? (
            <p className="muted" data-testid="no-settlements">
              No show of this tour has a settlement yet. Settle a show from its page after the night.
            </p>
          ) : (
            <div className="business__scroll">
              <table className="table table--rows" data-testid="tour-money">
                <thead>
                  <tr>
                    <th scope="col">Show</th>
                    <th scope="col">Gross</th>
                    <th scope="col">Artist</th>
                    <th scope="col">Rate</th>
                    {m.homeCurrency && <th scope="col">Artist in {m.homeCurrency}</th>}
                  </tr>
                </thead>
                <tbody>
                  {m.shows.map((s) => (
                    <tr key={s.showId}>
                      <th scope="row">
                        <Link to={href(`/shows/${s.showId}/settlement`)}>
                          {s.localDate} · {s.city}
                        </Link>
                        <span className="muted"> {s.approved ? 'approved' : 'draft'}</span>
                      </th>
                      <td className="business__amount">{formatMoney(s.grossMinor, s.currency)}</td>
                      <td className="business__amount">{formatMoney(s.artistTotalMinor, s.currency)}</td>
                      <td>{s.currency === m.homeCurrency ? '—' : (s.exchangeRate ?? <span className="muted">no rate</span>)}</td>
                      {m.homeCurrency && <td className="business__amount">{s.home ? formatMoney(s.home.artistTotalMinor, m.homeCurrency) : '—'}</td>}
                    </tr>
                  ))}
                </tbody>
                {m.totals && m.homeCurrency && (
                  <tfoot>
                    <tr>
                      <th scope="row">Tour total</th>
                      <td className="business__amount" data-testid="tour-gross">
                        {formatMoney(m.totals.grossMinor, m.homeCurrency)}
                      </td>
                      <td />
                      <td />
                      <td className="business__amount" data-testid="tour-artist-total">
                        {formatMoney(m.totals.artistTotalMinor, m.homeCurrency)}
                      </td>
                    </tr>
                  </tfoot>
                )}
              </table>
            </div>
          )}
          {m.totals && m.totals.missingRates > 0 && (
            <p className="muted" data-testid="missing-rates">
              {m.totals.missingRates === 1 ? 'One settlement has' : `${m.totals.missingRates} settlements have`} no exchange rate to {m.homeCurrency} yet and{' '}
              {m.totals.missingRates === 1 ? 'is' : 'are'} left out of the totals. Enter the rate on the settlement.
            </p>
          )}
        </>
      )}
    </section>
  )
}

function HomeCurrencyForm({ money, onSaved, onCancel }: { money: TourMoney; onSaved: (next: TourMoney) => void; onCancel?: () => void }) {
  const { slug } = useWorkspace()
  const [value, setValue] = useState(money.homeCurrency ?? '')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setError(undefined)
    setBusy(true)
    try {
      onSaved(await businessApi.saveTourHomeCurrency(slug, money.tourId, value.trim().toUpperCase()))
    } catch (err) {
      setError(isProblem(err) ? (err.errors.find((e) => e.path === 'homeCurrency')?.message ?? err.message) : 'Could not save.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="business__form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label="Home currency"
        path="homeCurrency"
        hint="The tour’s totals are added up in this currency (ISO 4217, e.g. USD or EUR), at the rate entered on each settlement."
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoCapitalize="characters"
        maxLength={3}
        error={error}
      />
      <p className="business__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Save
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  )
}
