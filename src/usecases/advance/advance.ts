import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { ShowAdvance, ShowAdvanceBodySchema, VenueAdvance, VenueAdvanceBodySchema } from '../../contract/advance.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { peopleOnShow, showAdvanceOf, userDisplayName, venueAdvanceOf } from '../../db/queries/advance.ts'
import { personName } from '../../db/queries/people.ts'
import { saveShowAdvance as writeShowAdvance, saveVenueAdvance as writeVenueAdvance } from '../../db/writes/advance.ts'
import { EMPTY_FACTS, VENUE_FACT_FIELDS, defaultChecklist, type ChecklistItem, type Contact, type VenueFacts } from '../../domain/advance.ts'
import { ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { grantOf, readsContactDetails } from '../../domain/permissions.ts'
import type { Actor, Deps } from '../deps.ts'
import { assertShowVisible, readerOf } from '../read-access.ts'
import { getVenue } from '../venues/list-venues.ts'
import { finishVersionedWrite } from '../versioned-write.ts'

type ShowBody = z.output<typeof ShowAdvanceBodySchema>
type VenueBody = z.output<typeof VenueAdvanceBodySchema>
type Presented = ShowAdvance['contacts'][number]
type ContactBody = ShowBody['contacts'][number]

/** Contacts as a reader sees them: phone and email only when they may read them (readsContactDetails). */
export function presentContacts(contacts: readonly Contact[], source: 'show' | 'venue', details: boolean): Presented[] {
  return contacts.map((c) => ({ role: c.role, name: c.name, phone: details ? c.phone : null, email: details ? c.email : null, source }))
}

const storedContacts = (value: unknown): Contact[] => (Array.isArray(value) ? (value as Contact[]) : [])
const storedFacts = (value: unknown): VenueFacts => ({ ...EMPTY_FACTS, ...(value as Partial<VenueFacts> | null) })

/** The facts to store: one left out keeps its stored value (the wifi, for an editor who may not read it). */
export function keptFacts(sent: Partial<VenueFacts>, stored: VenueFacts): VenueFacts {
  return Object.fromEntries(VENUE_FACT_FIELDS.map((f) => [f, sent[f] ?? stored[f]])) as VenueFacts
}

/**
 * The contacts to store: a phone or email left out keeps the stored one of the same person (same
 * role and name), so an editor who may not read them never erases them by saving.
 */
export function keptContacts(sent: readonly ContactBody[], stored: readonly Contact[]): Contact[] {
  const find = (c: ContactBody) => stored.find((s) => s.role === c.role && s.name === c.name)
  return sent.map((c) => ({ role: c.role, name: c.name, phone: c.phone ?? find(c)?.phone ?? '', email: c.email ?? find(c)?.email ?? '' }))
}

/** Whether the actor's own person is on the show (ADR 037: the lineup, a billed act's members, the touring crew). */
async function actorOnShow(deps: Deps, actor: Actor, show: { showId: string; actId: string }): Promise<boolean> {
  const me = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  return me !== null && (await peopleOnShow(deps.db, actor.workspaceId, show)).has(me)
}

/** A venue's facts and contacts as kept (empty before anything is saved). */
async function venueState(deps: Deps, workspaceId: string, venueId: string) {
  const found = await venueAdvanceOf(deps.db, workspaceId, venueId)
  if (!found) return null
  const a = found.advance
  return {
    version: a?.version ?? 0,
    facts: a ? storedFacts(a.facts) : { ...EMPTY_FACTS },
    contacts: a ? storedContacts(a.contacts) : [],
    updatedAt: a ? a.updatedAt.toISOString() : null,
  }
}

async function loadShowAdvance(deps: Deps, actor: Actor, showId: string): Promise<ShowAdvance | null> {
  const found = await showAdvanceOf(deps.db, actor.workspaceId, showId)
  if (!found) return null
  const reader = await readerOf(deps, actor, 'advance')
  const details = readsContactDetails(actor.role, await actorOnShow(deps, actor, found.show))
  const venue = await venueState(deps, actor.workspaceId, found.show.venueId)
  const a = found.advance
  return {
    showId,
    venueId: found.show.venueId,
    version: a?.version ?? 0,
    checklist: reader.whole ? (a ? (a.checklist as ChecklistItem[]) : defaultChecklist(found.show.localDate)) : [],
    contacts: [...presentContacts(a ? storedContacts(a.contacts) : [], 'show', details), ...presentContacts(venue?.contacts ?? [], 'venue', details)],
    detailsHidden: !details,
    updatedAt: a ? a.updatedAt.toISOString() : null,
  }
}

/**
 * A show's advance: the checklist (the default one until something is saved) and its people, then
 * the venue's. A viewer reads only public shows, no checklist, and phone and email only on a show
 * they are on (ADR 037).
 */
export async function getShowAdvance(deps: Deps, actor: Actor, showId: string): Promise<ShowAdvance> {
  const reader = await readerOf(deps, actor, 'advance')
  await assertShowVisible(deps, reader, showId)
  const advance = await loadShowAdvance(deps, actor, showId)
  if (!advance) throw new NotFoundError('show', showId)
  return advance
}

/** Who is doing this write, for "who did it": the actor's person in the workspace, or their account's name. */
async function doer(deps: Deps, actor: Actor): Promise<{ personId: string | null; name: string }> {
  const personId = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  const name = personId ? await personName(deps.db, actor.workspaceId, personId) : null
  return { personId, name: name ?? (await userDisplayName(deps.db, actor.userId)) }
}

/**
 * The checklist as it will be stored: a kept item (a default one included) keeps its id and who did
 * it while it stays done; an item that becomes done is signed by the writer, now.
 */
async function nextChecklist(deps: Deps, actor: Actor, body: ShowBody, current: ChecklistItem[]): Promise<ChecklistItem[]> {
  const byId = new Map(current.map((i) => [i.id, i]))
  const issues: FieldIssue[] = []
  const seen = new Set<string>()
  body.checklist.forEach((item, i) => {
    if (item.id && (!byId.has(item.id) || seen.has(item.id)))
      issues.push({ path: `checklist.${i}.id`, message: 'not an item of this checklist (leave it out for a new item)' })
    if (item.id) seen.add(item.id)
  })
  if (issues.length) throw new ValidationError(issues)
  const needsDoer = body.checklist.some((item) => item.status === 'done' && (!item.id || byId.get(item.id)!.status !== 'done'))
  const me = needsDoer ? await doer(deps, actor) : null
  const now = deps.clock.now().toISOString()
  return body.checklist.map((item) => {
    const was = item.id ? byId.get(item.id)! : null
    const stillDone = item.status === 'done' && was?.status === 'done'
    return {
      id: item.id ?? uuidv7(),
      category: item.category,
      title: item.title,
      dueDate: item.dueDate,
      status: item.status,
      doneBy: item.status !== 'done' ? null : stillDone ? was!.doneBy : me,
      doneAt: item.status !== 'done' ? null : stillDone ? was!.doneAt : now,
    }
  })
}

/** Writes a show's checklist and people under its version (0: the first save, from the default checklist). */
export async function saveShowAdvance(deps: Deps, actor: Actor, showId: string, body: ShowBody): Promise<ShowAdvance> {
  if (grantOf(actor.role, 'advance').write !== 'all') throw new ForbiddenError(`Your role (${actor.role}) may not change the advance of a show.`)
  const ws = actor.workspaceId
  const found = await showAdvanceOf(deps.db, ws, showId)
  if (!found) throw new NotFoundError('show', showId)
  const current = found.advance ? (found.advance.checklist as ChecklistItem[]) : defaultChecklist(found.show.localDate)
  const checklist = await nextChecklist(deps, actor, body, current)
  const contacts = keptContacts(body.contacts, found.advance ? storedContacts(found.advance.contacts) : [])
  const updatedRows = await writeShowAdvance(deps.db, { workspaceId: ws, id: showId, checklist, contacts, updatedAt: deps.clock.now() }, body.version)
  return finishVersionedWrite({ kind: 'advance', id: showId, updatedRows, load: () => loadShowAdvance(deps, actor, showId) })
}

async function loadVenueAdvance(deps: Deps, actor: Actor, venueId: string): Promise<VenueAdvance | null> {
  const state = await venueState(deps, actor.workspaceId, venueId)
  if (!state) return null
  // no show is in question on a venue's own page: only owners and managers read phone, email and wifi
  const details = readsContactDetails(actor.role, false)
  return {
    venueId,
    version: state.version,
    facts: { ...state.facts, wifi: details ? state.facts.wifi : null },
    contacts: presentContacts(state.contacts, 'venue', details),
    detailsHidden: !details,
    updatedAt: state.updatedAt,
  }
}

/** What the band keeps of a venue for next time: its facts and its people (empty before anything is saved). */
export async function getVenueAdvance(deps: Deps, actor: Actor, venueId: string): Promise<VenueAdvance> {
  await readerOf(deps, actor, 'advance')
  // a venue the reader may not see (only private shows there) does not exist for them
  if (grantOf(actor.role, 'venues').read !== 'all') await getVenue(deps, actor, venueId)
  const advance = await loadVenueAdvance(deps, actor, venueId)
  if (!advance) throw new NotFoundError('venue', venueId)
  return advance
}

/** Writes a venue's facts and people under its version (0: the first save). */
export async function saveVenueAdvance(deps: Deps, actor: Actor, venueId: string, body: VenueBody): Promise<VenueAdvance> {
  if (grantOf(actor.role, 'advance').write !== 'all') throw new ForbiddenError(`Your role (${actor.role}) may not change what is kept of a venue.`)
  const ws = actor.workspaceId
  const current = await venueState(deps, ws, venueId)
  if (!current) throw new NotFoundError('venue', venueId)
  const facts = keptFacts(body.facts, current.facts)
  const contacts = keptContacts(body.contacts, current.contacts)
  const updatedRows = await writeVenueAdvance(deps.db, { workspaceId: ws, id: venueId, facts, contacts, updatedAt: deps.clock.now() }, body.version)
  return finishVersionedWrite({ kind: 'venue facts', id: venueId, updatedRows, load: () => loadVenueAdvance(deps, actor, venueId) })
}

/**
 * The people of a show for a day sheet (issue 15 point 7): the show's, then its venue's, with phone
 * and email for a reader who may read them there: owners and managers, and whoever is on the show
 * (a viewer whose day it is included).
 */
export async function dayContacts(deps: Deps, actor: Actor, showId: string): Promise<Presented[]> {
  const found = await showAdvanceOf(deps.db, actor.workspaceId, showId)
  if (!found) return []
  const details = readsContactDetails(actor.role, await actorOnShow(deps, actor, found.show))
  const venue = await venueState(deps, actor.workspaceId, found.show.venueId)
  return [...presentContacts(storedContacts(found.advance?.contacts), 'show', details), ...presentContacts(venue?.contacts ?? [], 'venue', details)]
}
