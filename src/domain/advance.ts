/**
 * Advancing a show and what the band keeps of a venue (issue 15 point 6, issue 16 point 4; ADR 037).
 * Pure: the roles of contacts, the venue facts, the default checklist a show has before anything
 * is saved, and the diff of a promoter's answer against what the venue already holds.
 */
import { addDays } from './local-time.ts'

export const CONTACT_ROLES = ['promoter', 'production', 'hospitality', 'security', 'box-office', 'runner', 'other'] as const
export type ContactRole = (typeof CONTACT_ROLES)[number]
export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  promoter: 'Promoter',
  production: 'Production manager',
  hospitality: 'Hospitality',
  security: 'Security',
  'box-office': 'Box office',
  runner: 'Runner',
  other: 'Other',
}

export interface Contact {
  role: ContactRole
  name: string
  phone: string
  email: string
}

export const VENUE_FACT_FIELDS = ['loadInAddress', 'parking', 'power', 'stageSize', 'wifi', 'hospitality'] as const
export type VenueFactField = (typeof VENUE_FACT_FIELDS)[number]
export type VenueFacts = Record<VenueFactField, string>
export const VENUE_FACT_LABELS: Record<VenueFactField, string> = {
  loadInAddress: 'Load-in address',
  parking: 'Parking (bus, trailer, cars)',
  power: 'Power (shore power, distro)',
  stageSize: 'Stage size',
  wifi: 'Wifi (network and password)',
  hospitality: 'Hospitality notes',
}
export const EMPTY_FACTS: VenueFacts = { loadInAddress: '', parking: '', power: '', stageSize: '', wifi: '', hospitality: '' }

export const CHECKLIST_CATEGORIES = ['production', 'hospitality', 'security', 'merch', 'settlement', 'travel'] as const
export type ChecklistCategory = (typeof CHECKLIST_CATEGORIES)[number]
export const CHECKLIST_STATUSES = ['todo', 'asked', 'done', 'not-needed'] as const
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number]

/** A checklist item as stored: who did it is set by the server when its status becomes done. */
export interface ChecklistItem {
  id: string
  category: ChecklistCategory
  title: string
  dueDate: string | null
  status: ChecklistStatus
  /** Who marked it done, as they were named then (a person of the workspace, or the account's name). */
  doneBy: { personId: string | null; name: string } | null
  doneAt: string | null
}

/** The default advance of a show: what a tour manager asks every promoter, due so many days before the show. */
export const DEFAULT_CHECKLIST: readonly { id: string; category: ChecklistCategory; title: string; daysBefore: number }[] = [
  { id: 'default-stage-plot', category: 'production', title: 'Stage plot and input list sent; tech rider confirmed', daysBefore: 21 },
  { id: 'default-load-in', category: 'production', title: 'Load-in time, dock and stage size confirmed', daysBefore: 10 },
  { id: 'default-hospitality', category: 'hospitality', title: 'Hospitality rider, dressing rooms and buyout confirmed', daysBefore: 10 },
  { id: 'default-security', category: 'security', title: 'Security contact, stage access and passes agreed', daysBefore: 7 },
  { id: 'default-merch', category: 'merch', title: 'Merch seller, venue split and table position agreed', daysBefore: 7 },
  { id: 'default-settlement', category: 'settlement', title: 'Deal confirmed and settlement contact named', daysBefore: 14 },
  { id: 'default-travel', category: 'travel', title: 'Bus and trailer parking and the route to the dock', daysBefore: 3 },
]

/** The default checklist of a show on a local date, nothing done yet. */
export function defaultChecklist(showDate: string): ChecklistItem[] {
  return DEFAULT_CHECKLIST.map((d) => ({
    id: d.id,
    category: d.category,
    title: d.title,
    dueDate: addDays(showDate, -d.daysBefore),
    status: 'todo',
    doneBy: null,
    doneAt: null,
  }))
}

/** What a promoter sends through their link: the venue's facts and its people. */
export interface PromoterAnswer {
  facts: VenueFacts
  contacts: Contact[]
}

/** One field of a promoter's answer that differs from what the venue holds: `facts.parking` or `contacts.production`. */
export interface FieldChange {
  field: string
  label: string
  before: string
  after: string
}

export const contactLine = (c: Contact) => [c.name, c.phone, c.email].filter(Boolean).join(' · ')
const contactsOfRole = (contacts: readonly Contact[], role: ContactRole) =>
  contacts
    .filter((c) => c.role === role)
    .map(contactLine)
    .join('\n')

/** The fields where the answer differs from the venue's, facts first then contacts by role (an empty answer to a field is a change too). */
export function answerChanges(current: PromoterAnswer, answer: PromoterAnswer): FieldChange[] {
  const changes: FieldChange[] = []
  for (const f of VENUE_FACT_FIELDS)
    if (current.facts[f] !== answer.facts[f])
      changes.push({ field: `facts.${f}`, label: VENUE_FACT_LABELS[f], before: current.facts[f], after: answer.facts[f] })
  for (const role of CONTACT_ROLES) {
    const before = contactsOfRole(current.contacts, role)
    const after = contactsOfRole(answer.contacts, role)
    if (before !== after) changes.push({ field: `contacts.${role}`, label: CONTACT_ROLE_LABELS[role], before, after })
  }
  return changes
}

/** The venue after accepting these fields of an answer: a fact takes the answer's value; a role's contacts become the answer's. */
export function applyAnswer(current: PromoterAnswer, answer: PromoterAnswer, fields: readonly string[]): PromoterAnswer {
  const facts = { ...current.facts }
  let contacts = [...current.contacts]
  for (const field of fields) {
    const [kind, name] = field.split('.') as [string, string]
    if (kind === 'facts') facts[name as VenueFactField] = answer.facts[name as VenueFactField]
    else {
      const role = name as ContactRole
      const at = contacts.findIndex((c) => c.role === role)
      const rest = contacts.filter((c) => c.role !== role)
      const incoming = answer.contacts.filter((c) => c.role === role)
      rest.splice(at < 0 ? rest.length : at, 0, ...incoming)
      contacts = rest
    }
  }
  return { facts, contacts }
}

/** A phone number as a tel: link wants it: digits and a leading +. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`
