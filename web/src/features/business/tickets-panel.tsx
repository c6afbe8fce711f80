import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { isProblem, type FieldIssue } from '../../api/api-problem.ts'
import { businessApi, businessKeys, offerBody, type Offer, type OfferBody, type ShowTickets } from '../../api/business-api.ts'
import type { Show } from '../../api/touring-api.ts'
import { workspaceKey } from '../../api/workspace-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { ErrorSummary } from '../../components/error-summary.tsx'
import { SelectField, TextField } from '../../components/field.tsx'
import { messageFor } from '../../components/form-issues.ts'
import { formatMoney, majorUnits, parseMajorUnits } from '../../../../src/domain/currency.ts'
import { OFFER_KINDS, SHOW_LIFECYCLES, type OfferKind, type ShowLifecycle } from '../../../../src/domain/tickets.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import './business.css'

const KIND_LABELS: Record<OfferKind, string> = { tickets: 'Tickets', presale: 'Presale', vip: 'VIP', free: 'Free' }
const LIFECYCLE_LABELS: Record<ShowLifecycle, string> = {
  scheduled: 'As planned',
  postponed: 'Postponed (date to be announced)',
  rescheduled: 'Rescheduled (keeps the earlier dates)',
  moved: 'Moved to another venue',
}
const STATUS_LABELS: Record<ShowTickets['status'], string> = {
  scheduled: 'Scheduled',
  'on-sale': 'On sale',
  'sold-out': 'Sold out',
  postponed: 'Postponed',
  rescheduled: 'Rescheduled',
  moved: 'Moved',
  cancelled: 'Cancelled',
}
const AVAILABILITY_LABELS: Record<Offer['availability'], string> = {
  hidden: 'Not public yet',
  'pre-order': 'Not on sale yet',
  'in-stock': 'On sale',
  'sold-out': 'Sold out',
}

const price = (o: { priceMinor: number | null; currency: string | null }) => (o.priceMinor !== null && o.currency ? formatMoney(o.priceMinor, o.currency) : '—')

/**
 * On a show's page: its ticket offers and the word the public reads (issue 16 point 1; ADR 035,
 * 048). Whoever may edit the show edits them here (add, change, remove after a confirmation, mark
 * sold out, say the date is postponed, rescheduled or moved); everyone else who may read the show
 * reads them. What the public sees of each offer now comes from the server, never computed here.
 */
export function TicketsPanel({ show }: { show: Show }) {
  const { slug, href } = useWorkspace()
  const canEdit = useCanEditTouring()
  const client = useQueryClient()
  const key = businessKeys.tickets(slug, show.id)
  const tickets = useQuery({ queryKey: key, queryFn: () => businessApi.tickets(slug, show.id), retry: false })
  const [editing, setEditing] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (tickets.isError) return null
  async function saved(next: ShowTickets) {
    client.setQueryData(key, next)
    // the show's version moved with it
    await client.invalidateQueries({ queryKey: [...workspaceKey(slug), 'shows'] })
  }
  async function quick(t: ShowTickets, offers: OfferBody[]) {
    setError(null)
    try {
      await saved(await businessApi.saveTickets(slug, show.id, { version: t.version, lifecycle: t.lifecycle, offers }))
    } catch (err) {
      setError(isProblem(err, 409) ? 'Someone changed this show meanwhile: it is reloaded, try again.' : isProblem(err) ? err.message : 'Could not save.')
      await client.invalidateQueries({ queryKey: key })
    }
  }

  return (
    <section className="section business" aria-labelledby="tickets">
      <h2 id="tickets" className="section-title">
        Tickets{' '}
        {tickets.data && (
          <span className={`badge badge--public-${tickets.data.status}`} data-testid="public-status">
            {STATUS_LABELS[tickets.data.status]}
          </span>
        )}
      </h2>
      {!tickets.data ? (
        <p className="muted">Loading the tickets…</p>
      ) : editing ? (
        <TicketsEditor
          tickets={tickets.data}
          onCancel={() => setEditing(false)}
          onSaved={async (next) => {
            await saved(next)
            setEditing(false)
          }}
        />
      ) : (
        <>
          <TicketsView tickets={tickets.data} />
          {!tickets.data.isPublic && <p className="muted">Not public yet: no offer is on any public page or feed until the show is announced.</p>}
          {canEdit && (
            <>
              <OfferQuickActions tickets={tickets.data} onChange={(offers) => void quick(tickets.data, offers)} />
              <p className="business__actions">
                <button type="button" className="button" onClick={() => setEditing(true)}>
                  {tickets.data.offers.length === 0 ? 'Add ticket links' : 'Edit tickets and status'}
                </button>{' '}
                {show.status !== 'cancelled' && (
                  <Link className="button button--quiet" to={href(`/shows/${show.id}/edit`)}>
                    Cancel the show…
                  </Link>
                )}
              </p>
            </>
          )}
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  )
}

function TicketsView({ tickets }: { tickets: ShowTickets }) {
  return (
    <>
      {tickets.lifecycle !== 'scheduled' && <p>{LIFECYCLE_LABELS[tickets.lifecycle]}.</p>}
      {tickets.previousDates.length > 0 && <p className="muted">Earlier dates: {tickets.previousDates.map((d) => d.localDate).join(', ')}</p>}
      {tickets.movedFrom && (
        <p className="muted">
          Moved from {tickets.movedFrom.name}, {tickets.movedFrom.city}
        </p>
      )}
      {tickets.offers.length === 0 ? (
        <p className="muted" data-testid="no-offers">
          No ticket links yet. Fans see the date without a way to buy until one is added.
        </p>
      ) : (
        <table className="table table--rows">
          <caption className="visually-hidden">Ticket offers</caption>
          <thead>
            <tr>
              <th scope="col">Offer</th>
              <th scope="col">Price</th>
              <th scope="col">On sale (venue time)</th>
              <th scope="col">Public sees</th>
            </tr>
          </thead>
          <tbody>
            {tickets.offers.map((o, i) => (
              <tr key={i}>
                <td data-label="Offer">
                  <a href={o.url} rel="noreferrer noopener" target="_blank">
                    {KIND_LABELS[o.kind]}
                    {o.label && ` · ${o.label}`}
                  </a>
                </td>
                <td data-label="Price">{price(o)}</td>
                <td data-label="On sale">{o.onSale ? o.onSale.replace('T', ' ') : 'When announced'}</td>
                <td data-label="Public sees">
                  <span className={`badge badge--availability-${o.availability}`}>{AVAILABILITY_LABELS[o.availability]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}

/** One tap for what happens most on the night: an offer sells out (or comes back). */
function OfferQuickActions({ tickets, onChange }: { tickets: ShowTickets; onChange: (offers: OfferBody[]) => void }) {
  if (tickets.offers.length === 0) return null
  return (
    <ul className="business__quick">
      {tickets.offers.map((o, i) => {
        const name = `${KIND_LABELS[o.kind]}${o.label ? ` · ${o.label}` : ''}`
        return (
          <li key={i}>
            <button
              type="button"
              className="button button--small"
              onClick={() => onChange(tickets.offers.map((x, j) => (j === i ? { ...offerBody(x), soldOut: !x.soldOut } : offerBody(x))))}
            >
              {o.soldOut ? `Back on sale: ${name}` : `Mark sold out: ${name}`}
            </button>
          </li>
        )
      })}
    </ul>
  )
}

interface OfferDraft {
  kind: OfferKind
  label: string
  url: string
  onSale: string
  soldOut: boolean
  price: string
  currency: string
}

const draftOf = (o: Offer): OfferDraft => ({
  kind: o.kind,
  label: o.label,
  url: o.url,
  onSale: o.onSale ?? '',
  soldOut: o.soldOut,
  price: o.priceMinor !== null && o.currency ? majorUnits(o.priceMinor, o.currency) : '',
  currency: o.currency ?? '',
})

/** A draft back to the wire; a price that is not an amount in its currency is a field issue, said before sending. */
function bodyOf(drafts: OfferDraft[]): { offers: OfferBody[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const offers = drafts.map((d, i): OfferBody => {
    const currency = d.currency.trim().toUpperCase()
    let priceMinor: number | null = null
    if (d.price.trim()) {
      if (!currency) issues.push({ path: `offers.${i}.currency`, message: 'give the currency of the price, like EUR' })
      else {
        priceMinor = /^[A-Z]{3}$/.test(currency) ? parseMajorUnits(d.price, currency) : null
        if (priceMinor === null && /^[A-Z]{3}$/.test(currency)) issues.push({ path: `offers.${i}.priceMinor`, message: `not an amount in ${currency}` })
      }
    }
    return {
      kind: d.kind,
      label: d.label,
      url: d.url,
      onSale: d.onSale || null,
      soldOut: d.soldOut,
      priceMinor,
      currency: currency || null,
    }
  })
  return { offers, issues }
}

function TicketsEditor({ tickets, onCancel, onSaved }: { tickets: ShowTickets; onCancel: () => void; onSaved: (t: ShowTickets) => Promise<void> }) {
  const { slug } = useWorkspace()
  const [lifecycle, setLifecycle] = useState<ShowLifecycle>(tickets.lifecycle)
  const [drafts, setDrafts] = useState<OfferDraft[]>(tickets.offers.map(draftOf))
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const update = (i: number, change: Partial<OfferDraft>) => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...change } : d)))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setAttempt((a) => a + 1)
    const { offers, issues: local } = bodyOf(drafts)
    if (local.length) return setIssues(local)
    setBusy(true)
    try {
      await onSaved(await businessApi.saveTickets(slug, tickets.showId, { version: tickets.version, lifecycle, offers }))
    } catch (err) {
      if (isProblem(err) && err.errors.length) setIssues(err.errors)
      else if (isProblem(err, 409)) setIssues([{ path: '', message: 'Someone changed this show meanwhile. Cancel, and edit again from what is saved now.' }])
      else setIssues([{ path: '', message: isProblem(err) ? err.message : 'Could not save.' }])
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="business__form" onSubmit={(e) => void submit(e)} aria-label="Tickets and status" noValidate>
      <ErrorSummary issues={issues} attempt={attempt} />
      <SelectField
        label="What happened to the date"
        path="lifecycle"
        value={lifecycle}
        error={messageFor(issues, 'lifecycle')}
        hint="A cancelled show is cancelled on the show itself (Edit, Status)."
        onChange={(e) => setLifecycle(e.target.value as ShowLifecycle)}
      >
        {SHOW_LIFECYCLES.map((l) => (
          <option key={l} value={l}>
            {LIFECYCLE_LABELS[l]}
          </option>
        ))}
      </SelectField>
      {drafts.length === 0 && <p className="muted">No offers. Add one with its ticket link.</p>}
      {drafts.map((d, i) => (
        <fieldset key={i} className="fieldset business__offer">
          <legend>Offer {i + 1}</legend>
          <div className="field-row">
            <SelectField label="Kind" path={`offers.${i}.kind`} value={d.kind} onChange={(e) => update(i, { kind: e.target.value as OfferKind })}>
              {OFFER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Label"
              path={`offers.${i}.label`}
              isOptional
              maxLength={80}
              value={d.label}
              error={messageFor(issues, `offers.${i}.label`)}
              onChange={(e) => update(i, { label: e.target.value })}
            />
          </div>
          <TextField
            label="Ticket link"
            path={`offers.${i}.url`}
            type="url"
            inputMode="url"
            value={d.url}
            error={messageFor(issues, `offers.${i}.url`)}
            onChange={(e) => update(i, { url: e.target.value })}
          />
          <div className="field-row">
            <TextField
              label="On sale from (venue time)"
              path={`offers.${i}.onSale`}
              type="datetime-local"
              isOptional
              hint="Empty: as soon as the show is announced."
              value={d.onSale}
              error={messageFor(issues, `offers.${i}.onSale`)}
              onChange={(e) => update(i, { onSale: e.target.value })}
            />
            <TextField
              label="Price"
              path={`offers.${i}.priceMinor`}
              inputMode="decimal"
              isOptional
              value={d.price}
              error={messageFor(issues, `offers.${i}.priceMinor`)}
              onChange={(e) => update(i, { price: e.target.value })}
            />
            <TextField
              label="Currency"
              path={`offers.${i}.currency`}
              isOptional
              maxLength={3}
              autoCapitalize="characters"
              value={d.currency}
              error={messageFor(issues, `offers.${i}.currency`)}
              onChange={(e) => update(i, { currency: e.target.value })}
            />
          </div>
          <label className="business__check">
            <input type="checkbox" checked={d.soldOut} onChange={(e) => update(i, { soldOut: e.target.checked })} /> Sold out
          </label>
          <DeleteButton
            label="Remove"
            what={`offer ${i + 1}${d.label ? ` (${d.label})` : ''}`}
            consequence="It goes when you save; Cancel keeps everything as it was."
            onConfirm={async () => setDrafts((ds) => ds.filter((_, j) => j !== i))}
          />
        </fieldset>
      ))}
      <p className="business__actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            setDrafts((ds) => [...ds, { kind: 'tickets', label: '', url: '', onSale: '', soldOut: false, price: '', currency: ds[0]?.currency ?? '' }])
          }
        >
          Add an offer
        </button>
      </p>
      <p className="business__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Save tickets
        </button>{' '}
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  )
}
