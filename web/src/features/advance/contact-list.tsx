import type { Contact } from '../../api/advance-api.ts'
import { CONTACT_ROLE_LABELS, telHref } from '../../../../src/domain/advance.ts'

/**
 * People by role, one tap away: a tel: and a mailto: link each (issue 15 point 7). A reader who may
 * not read phone and email (ADR 037) sees the names and roles and is told why the rest is missing.
 */
export function ContactList({ contacts, detailsHidden, empty }: { contacts: Contact[]; detailsHidden: boolean; empty: string }) {
  if (contacts.length === 0) return <p className="muted">{empty}</p>
  return (
    <>
      <ul className="contact-list">
        {contacts.map((c, i) => (
          <li key={`${c.source}-${i}`} className="contact-list__item">
            <span className="contact-list__who">
              <strong>{c.name}</strong>
              <span className="muted">
                {' '}
                · {CONTACT_ROLE_LABELS[c.role]}
                {c.source === 'venue' && ' (venue)'}
              </span>
            </span>
            {(c.phone || c.email) && (
              <span className="contact-list__links">
                {c.phone && (
                  <a className="button button--small" href={telHref(c.phone)}>
                    Call<span className="visually-hidden"> {c.name}</span> {c.phone}
                  </a>
                )}
                {c.email && (
                  <a className="button button--small" href={`mailto:${c.email}`}>
                    Email<span className="visually-hidden"> {c.name}</span>
                  </a>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {detailsHidden && <p className="muted">Phone numbers and emails are shown to the people on this show and to managers.</p>}
    </>
  )
}
