import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { advanceApi, advanceKeys, contactInput, type ChecklistInput, type ContactInput, type PromoterLink, type ShowAdvance } from '../../api/advance-api.ts'
import { isProblem } from '../../api/api-problem.ts'
import type { Show } from '../../api/touring-api.ts'
import { OneTimeLink } from '../../components/one-time-link.tsx'
import { CHECKLIST_CATEGORIES, CHECKLIST_STATUSES, CONTACT_ROLES, CONTACT_ROLE_LABELS, type ChecklistStatus } from '../../../../src/domain/advance.ts'
import { grantOf, managesPromoterLinks } from '../../../../src/domain/permissions.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { formatLocalDate } from '../shows/zoned-time.ts'
import { ContactList } from './contact-list.tsx'
import './advance.css'

const STATUS_LABELS: Record<ChecklistStatus, string> = { todo: 'To do', asked: 'Asked', done: 'Done', 'not-needed': 'Not needed' }
const CATEGORY_LABELS: Record<(typeof CHECKLIST_CATEGORIES)[number], string> = {
  production: 'Production',
  hospitality: 'Hospitality',
  security: 'Security',
  merch: 'Merch',
  settlement: 'Settlement',
  travel: 'Travel',
}

const itemInput = (i: ShowAdvance['checklist'][number]): ChecklistInput => ({
  id: i.id,
  category: i.category,
  title: i.title,
  dueDate: i.dueDate,
  status: i.status,
})
const showContacts = (a: ShowAdvance): ContactInput[] => a.contacts.filter((c) => c.source === 'show').map(contactInput)
const problemText = (e: unknown) =>
  isProblem(e, 409) ? 'Someone changed this advance meanwhile; it is reloaded, apply your change again.' : e instanceof Error ? e.message : 'Could not save.'

/**
 * The show's advance (issue 16 point 4, ADR 037): the checklist by category with due dates, status
 * and who did it; the show's and venue's people one tap away; for owners and managers the
 * promoter's private links and what a promoter answered, as a diff to accept.
 */
export function AdvancePanel({ show }: { show: Show }) {
  const { slug, workspace } = useWorkspace()
  const canEdit = grantOf(workspace.role, 'advance').write === 'all'
  const client = useQueryClient()
  const key = advanceKeys.show(slug, show.id)
  const advance = useQuery({ queryKey: key, queryFn: () => advanceApi.show(slug, show.id) })
  const save = useMutation({
    mutationFn: (body: { checklist: ChecklistInput[]; contacts: ContactInput[] }) =>
      advanceApi.saveShow(slug, show.id, { version: advance.data!.version, ...body }),
    onSuccess: (data) => client.setQueryData(key, data),
    onError: () => void client.invalidateQueries({ queryKey: key }),
  })

  return (
    <section className="section" aria-labelledby="advance">
      <h2 id="advance" className="section-title">
        Advance
      </h2>
      {advance.isPending ? (
        <p className="muted">Loading the advance…</p>
      ) : advance.isError ? (
        <p className="notice notice--danger" role="alert">
          {advance.error.message}
        </p>
      ) : (
        <>
          {save.isError && (
            <p className="notice notice--danger" role="alert">
              {problemText(save.error)}
            </p>
          )}
          {workspace.role !== 'viewer' && (
            <Checklist
              advance={advance.data}
              canEdit={canEdit}
              busy={save.isPending}
              onSave={(checklist) => save.mutate({ checklist, contacts: showContacts(advance.data) })}
            />
          )}
          <h3>Contacts</h3>
          <ContactList contacts={advance.data.contacts} detailsHidden={advance.data.detailsHidden} empty="No contacts yet for this show or its venue." />
          {canEdit && (
            <AddContact
              busy={save.isPending}
              onAdd={(c) => save.mutate({ checklist: advance.data.checklist.map(itemInput), contacts: [...showContacts(advance.data), c] })}
            />
          )}
          {managesPromoterLinks(workspace.role) && <PromoterLinks show={show} venueId={advance.data.venueId} />}
        </>
      )}
    </section>
  )
}

function Checklist({ advance, canEdit, busy, onSave }: { advance: ShowAdvance; canEdit: boolean; busy: boolean; onSave: (c: ChecklistInput[]) => void }) {
  const items = advance.checklist
  const setStatus = (id: string, status: ChecklistStatus) => onSave(items.map((i) => (i.id === id ? { ...itemInput(i), status } : itemInput(i))))
  const done = items.filter((i) => i.status === 'done' || i.status === 'not-needed').length
  return (
    <>
      <h3>
        Checklist{' '}
        <span className="count">
          {done}/{items.length}
        </span>
      </h3>
      {advance.version === 0 && <p className="muted">The standard advance, due before the show; nothing is saved until you change it.</p>}
      {items.length === 0 ? (
        <p className="muted">Nothing to advance for this show.</p>
      ) : (
        CHECKLIST_CATEGORIES.filter((c) => items.some((i) => i.category === c)).map((category) => (
          <div key={category}>
            <h4>{CATEGORY_LABELS[category]}</h4>
            <ul className="checklist">
              {items
                .filter((i) => i.category === category)
                .map((item) => (
                  <li key={item.id} className="checklist__item">
                    <span>{item.title}</span>
                    {canEdit ? (
                      <select
                        className="input"
                        aria-label={`Status of ${item.title}`}
                        value={item.status}
                        disabled={busy}
                        onChange={(e) => setStatus(item.id, e.target.value as ChecklistStatus)}
                      >
                        {CHECKLIST_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {STATUS_LABELS[s]}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className="badge">{STATUS_LABELS[item.status]}</span>
                    )}
                    <span className="checklist__meta muted">
                      {item.dueDate && <>Due {formatLocalDate(item.dueDate, 'medium')}</>}
                      {item.doneBy && (
                        <>
                          {' '}
                          · done by {item.doneBy.name}
                          {item.doneAt && <> on {new Date(item.doneAt).toLocaleDateString()}</>}
                        </>
                      )}
                    </span>
                  </li>
                ))}
            </ul>
          </div>
        ))
      )}
      {canEdit && <AddItem busy={busy} onAdd={(item) => onSave([...items.map(itemInput), item])} />}
    </>
  )
}

function AddItem({ busy, onAdd }: { busy: boolean; onAdd: (i: ChecklistInput) => void }) {
  const [title, setTitle] = useState('')
  const [category, setCategory] = useState<ChecklistInput['category']>('production')
  const [dueDate, setDueDate] = useState('')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!title.trim()) return
    onAdd({ category, title: title.trim(), dueDate: dueDate || null, status: 'todo' })
    setTitle('')
  }
  return (
    <form className="advance-row" onSubmit={submit} aria-label="Add a checklist item">
      <label>
        Category
        <select className="input" value={category} onChange={(e) => setCategory(e.target.value as ChecklistInput['category'])}>
          {CHECKLIST_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Item
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} required />
      </label>
      <label>
        Due
        <input className="input" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      </label>
      <button className="button" type="submit" disabled={busy}>
        Add item
      </button>
    </form>
  )
}

function AddContact({ busy, onAdd }: { busy: boolean; onAdd: (c: ContactInput) => void }) {
  const [c, setC] = useState<Required<ContactInput>>({ role: 'promoter', name: '', phone: '', email: '' })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!c.name.trim()) return
    onAdd({ ...c, name: c.name.trim() })
    setC({ role: c.role, name: '', phone: '', email: '' })
  }
  return (
    <form className="advance-row" onSubmit={submit} aria-label="Add a contact to this show">
      <label>
        Role
        <select className="input" value={c.role} onChange={(e) => setC({ ...c, role: e.target.value as ContactInput['role'] })}>
          {CONTACT_ROLES.map((r) => (
            <option key={r} value={r}>
              {CONTACT_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Name
        <input className="input" value={c.name} onChange={(e) => setC({ ...c, name: e.target.value })} maxLength={200} required />
      </label>
      <label>
        Phone
        <input className="input" type="tel" value={c.phone} onChange={(e) => setC({ ...c, phone: e.target.value })} maxLength={60} />
      </label>
      <label>
        Email
        <input className="input" type="email" value={c.email} onChange={(e) => setC({ ...c, email: e.target.value })} maxLength={320} />
      </label>
      <button className="button" type="submit" disabled={busy}>
        Add contact
      </button>
    </form>
  )
}

function PromoterLinks({ show, venueId }: { show: Show; venueId: string }) {
  const { slug } = useWorkspace()
  const client = useQueryClient()
  const key = advanceKeys.links(slug, show.id)
  const links = useQuery({ queryKey: key, queryFn: () => advanceApi.links(slug, show.id) })
  const [made, setMade] = useState<string | null>(null)
  const refresh = () => {
    void client.invalidateQueries({ queryKey: key })
    void client.invalidateQueries({ queryKey: advanceKeys.venue(slug, venueId) })
    void client.invalidateQueries({ queryKey: advanceKeys.show(slug, show.id) })
  }
  const create = useMutation({
    mutationFn: () => advanceApi.createLink(slug, show.id, 14),
    onSuccess: (link) => {
      setMade(link.url)
      refresh()
    },
  })
  const revoke = useMutation({ mutationFn: (id: string) => advanceApi.revoke(slug, show.id, id), onSuccess: refresh })
  return (
    <>
      <h3>Promoter links</h3>
      <p className="muted">
        A private form for the promoter, no account needed: it asks the venue facts and people. What they send waits here for you to accept.
      </p>
      {made ? (
        <OneTimeLink
          id="promoter-link"
          label="The promoter's link"
          url={made}
          heading="Send this link to the promoter. It is shown only now and works for 14 days."
          copiedHint="Copied. Paste it in your email to the promoter."
          onDone={() => setMade(null)}
        />
      ) : (
        <button className="button" type="button" disabled={create.isPending} onClick={() => create.mutate()}>
          Make a promoter link
        </button>
      )}
      {(create.isError || revoke.isError) && (
        <p className="notice notice--danger" role="alert">
          {problemText(create.error ?? revoke.error)}
        </p>
      )}
      {links.data && links.data.length === 0 && <p className="muted">No promoter link yet.</p>}
      {links.data?.map((link) => (
        <div key={link.id} className="card">
          <p>
            Link made {new Date(link.createdAt).toLocaleDateString()} ·{' '}
            {link.state === 'open' ? `works until ${new Date(link.expiresAt).toLocaleDateString()}` : link.state === 'revoked' ? 'revoked' : 'expired'}
            {link.submittedAt && <> · answered {new Date(link.submittedAt).toLocaleDateString()}</>}
            {link.decision && link.decision !== 'waiting' && <> ({link.decision})</>}
            {link.state === 'open' && (
              <>
                {' '}
                <button className="button button--quiet" type="button" disabled={revoke.isPending} onClick={() => revoke.mutate(link.id)}>
                  Revoke
                </button>
              </>
            )}
          </p>
          {link.decision === 'waiting' && <AnswerDiff link={link} show={show} venueId={venueId} onDone={refresh} />}
        </div>
      ))}
    </>
  )
}

/** The promoter's answer, field by field against what the venue holds: tick what to take. */
function AnswerDiff({ link, show, venueId, onDone }: { link: PromoterLink; show: Show; venueId: string; onDone: () => void }) {
  const { slug } = useWorkspace()
  const venue = useQuery({ queryKey: advanceKeys.venue(slug, venueId), queryFn: () => advanceApi.venue(slug, venueId) })
  const [chosen, setChosen] = useState(() => new Set(link.changes.map((c) => c.field)))
  const accept = useMutation({
    mutationFn: () => advanceApi.accept(slug, show.id, link.id, venue.data!.version, [...chosen]),
    onSuccess: onDone,
    onError: onDone,
  })
  const dismiss = useMutation({ mutationFn: () => advanceApi.dismiss(slug, show.id, link.id), onSuccess: onDone })
  if (link.changes.length === 0) return <p className="muted">The promoter confirmed what the venue holds; nothing changes.</p>
  return (
    <>
      <table className="advance-diff">
        <caption className="visually-hidden">What the promoter's answer changes</caption>
        <thead>
          <tr>
            <th scope="col">Take</th>
            <th scope="col">Field</th>
            <th scope="col">Now</th>
            <th scope="col">Promoter's answer</th>
          </tr>
        </thead>
        <tbody>
          {link.changes.map((c) => (
            <tr key={c.field}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Take ${c.label}`}
                  checked={chosen.has(c.field)}
                  onChange={(e) => {
                    const next = new Set(chosen)
                    if (e.target.checked) next.add(c.field)
                    else next.delete(c.field)
                    setChosen(next)
                  }}
                />
              </td>
              <th scope="row">{c.label}</th>
              <td>{c.before ? <del>{c.before}</del> : <span className="muted">(empty)</span>}</td>
              <td>{c.after ? <ins>{c.after}</ins> : <span className="muted">(empty)</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {accept.isError && (
        <p className="notice notice--danger" role="alert">
          {isProblem(accept.error, 409) ? 'The venue changed meanwhile; the diff is reloaded, check it again.' : accept.error.message}
        </p>
      )}
      <div className="form-actions">
        <button
          className="button button--primary"
          type="button"
          disabled={!venue.data || accept.isPending || chosen.size === 0}
          onClick={() => accept.mutate()}
        >
          Accept {chosen.size} change{chosen.size === 1 ? '' : 's'} into the venue
        </button>
        <button className="button button--quiet" type="button" disabled={dismiss.isPending} onClick={() => dismiss.mutate()}>
          Dismiss
        </button>
      </div>
    </>
  )
}
