import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../db/client.ts'
import { insertRows } from '../db/writes/bulk.ts'
import { defaultChecklist, type Contact, type PromoterAnswer, type VenueFacts } from '../domain/advance.ts'
import type { DemoWorldRows } from './demo-world-rows.ts'

/**
 * Advancing in the demo world (issue 15 point 6, issue 16 point 4; ADR 037): the venues of the
 * summer tour's first shows with their facts and people, those shows' checklists partly done by the
 * tour manager, two shows outside the tour with their own people (so a viewer not on them reads
 * names only), and one promoter answer waiting as a diff. Invented: every name, phone number (the
 * 555-01xx range), email (example domains), fact and date of it. The waiting answer's link has a
 * random token nobody knows (only its hash is stored); a manager makes a new link to try the form.
 */
export async function loadAdvanceDemo(db: Db, rows: DemoWorldRows, opts: { now: Date; newId: () => string }): Promise<void> {
  const workspaceId = rows.workspaces[0]!.id
  const now = opts.now
  const summer = rows.tours.find((t) => t.name === 'Summer Break Tour 2013')!
  const venues = new Map(rows.venues.map((v) => [v.id!, v]))
  const byDate = [...rows.shows].filter((s) => s.status !== 'cancelled').sort((a, b) => a.localDate.localeCompare(b.localDate))
  const tourShows = byDate.filter((s) => s.tourId === summer.id).slice(0, 4)
  const otherShows = byDate.filter((s) => s.tourId !== summer.id && !tourShows.some((t) => t.venueId === s.venueId)).slice(0, 2)
  const managerUser = rows.workspaceMembers.find((m) => m.role === 'manager')!.userId
  const manager = rows.people.find((p) => p.userId === managerUser)
  const doneBy = { personId: manager?.id ?? null, name: manager?.name ?? 'Tour manager' }
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')

  let n = 10
  const person = (role: Contact['role'], first: string, domain: string): Contact => {
    n++
    return {
      role,
      name: `${first} ${['Avery', 'Brooks', 'Castillo', 'Dunn', 'Ellis', 'Fischer', 'Grant', 'Hayes'][n % 8]}`,
      phone: `+1 555 01${n}`,
      email: `${slug(first)}.${n}@${domain}`,
    }
  }

  const venueRows: object[] = []
  const seenVenues = new Set<string>()
  for (const show of [...tourShows, ...otherShows]) {
    const venue = venues.get(show.venueId)!
    if (seenVenues.has(venue.id!)) continue
    seenVenues.add(venue.id!)
    const domain = `${slug(venue.name)}.example`
    const facts: VenueFacts = {
      loadInAddress: `Stage door on the north side of ${venue.name}, ${venue.city}`,
      parking: 'Two buses and a trailer behind the stage; shore power at the dock',
      power: '400 A three-phase company switch, stage left',
      stageSize: '18 m wide × 12 m deep, 1.5 m high',
      wifi: `${slug(venue.name).slice(0, 12)}-crew / tour${n}`,
      hospitality: 'Catering at 17:00 in the green room; two dressing rooms with showers',
    }
    venueRows.push({
      workspaceId,
      id: venue.id,
      version: 1,
      facts,
      contacts: [person('production', 'Morgan', domain), person('hospitality', 'Riley', domain), person('security', 'Jordan', domain)],
      updatedAt: now,
    })
  }

  const showRows: object[] = []
  tourShows.forEach((show, i) => {
    // the first show is well advanced, the next ones less and less
    const checklist = defaultChecklist(show.localDate).map((item, k) =>
      k < 5 - 2 * i ? { ...item, status: 'done', doneBy, doneAt: now.toISOString() } : k === 5 - 2 * i ? { ...item, status: 'asked' } : item,
    )
    showRows.push({
      workspaceId,
      id: show.id,
      version: 1,
      checklist,
      contacts: [person('promoter', 'Casey', 'promoter.example'), person('runner', 'Quinn', 'runners.example')],
      updatedAt: now,
    })
  })
  for (const show of otherShows)
    showRows.push({
      workspaceId,
      id: show.id,
      version: 1,
      checklist: defaultChecklist(show.localDate),
      contacts: [person('promoter', 'Harper', 'club.example')],
      updatedAt: now,
    })

  // the first summer show's promoter answered: a new parking note, the wifi, and a box office contact
  const first = tourShows[0]!
  const venue = venueRows.find((v) => (v as { id: string }).id === first.venueId) as { facts: VenueFacts; contacts: Contact[] }
  const answer: PromoterAnswer = {
    facts: { ...venue.facts, parking: 'Bus parking moved to lot C this summer; the trailer stays at the dock', wifi: 'Venue-Guest / welcome2013' },
    contacts: [...venue.contacts, { role: 'box-office', name: 'Blake Tickets', phone: '+1 555 0177', email: 'boxoffice@promoter.example' }],
  }
  const links = [
    {
      workspaceId,
      id: opts.newId(),
      showId: first.id,
      tokenHash: createHash('sha256').update(randomBytes(32).toString('base64url')).digest('hex'),
      createdBy: managerUser,
      createdAt: new Date(now.getTime() - 5 * 86_400_000),
      expiresAt: new Date(now.getTime() + 9 * 86_400_000),
      submission: answer,
      submittedAt: new Date(now.getTime() - 86_400_000),
    },
  ]
  await insertRows(db, 'venueAdvance', venueRows)
  await insertRows(db, 'showAdvance', showRows)
  await insertRows(db, 'promoterLinks', links)
}
