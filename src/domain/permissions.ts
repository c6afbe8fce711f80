import type { WorkspaceRole } from './roles.ts'

/**
 * The one permission table: for every role, what it may read and change of each resource of a
 * workspace, and the field-level rules that go with a limited read. The HTTP layer asks it before
 * any route runs (a route without a resource cannot be mounted); the read use cases ask it for the
 * view to present. docs/decisions/013-roles-and-privacy.md explains the choices.
 */
export const RESOURCES = [
  'workspace', // the workspace itself and your role in it
  'members', // accounts with access, their roles and emails; invites
  'export', // the whole workspace as one document
  'people', // people of the band's world and their contact details
  'acts', // acts and their memberships
  'public-handles', // the handle an act's public page answers at (ADR 015): only an owner claims or releases one
  'catalog', // works with writers, recordings, releases, placements
  'charts', // chart entries, chart history, award nominations
  'organizations', // labels, publishers, networks
  'venues',
  'tours', // tours and legs, with their private notes
  'shows', // shows, announced or not, with their notes, lineup and conflicts
  'commitments', // rehearsals, TV, promo, sessions, travel, days off
  'blockouts', // dates people are unavailable, and why
  'conflicts', // double bookings, blockouts, impossible travel
  'timelines', // a person's or an act's shows and commitments
  'feeds', // a person's private calendar feed links
  'setlists', // proposals, versions, answers, settings, applied lists
  'played', // what was played at past shows, play history
  'planner', // planner settings, runs and suggestions
  'rights', // holds (options), availability, free works, expiring holds
  'pitches', // songs offered to outside artists
  'publishing', // shares, societies, split sheets, publishing settings
  'registrations', // CWR registrations, exports and acknowledgements
  'imports', // MusicBrainz and setlist.fm imports
  'events', // the live-update stream (ids only, never content)
  'jobs', // background jobs of the workspace that failed their last try (dead letters, ADR 029)
  'notifications', // a person's own inbox (issue 14): everyone reads and marks only their own
  'home', // a person's own home: what waits for their answer, their next days, what changed (issue 14)
  'road', // days of a tour, their schedules, default schedules and day sheets (issue 15, ADR 034)
  'mail', // the outbox: every email written, with its addresses and state (ADR 033): owners only
  'money', // deals and settlements of shows, tour totals (issue 16, point 5; ADR 040, 043): owners and managers; a member only their show's deal, if the act says so
  'guests', // guest lists of shows: allotments, requests, decisions, door lists, check-in (issue 16, point 3; ADR 038)
  'advance', // a show's advance checklist and contacts, a venue's facts and contacts (issues 15.6 and 16.4; ADR 037)
  'promoter-links', // private links for a show's promoter and what they answered (ADR 037): owners and managers only
  'availability', // availability requests (issue 14, point 4; ADR 042): managers ask and read every answer; the asked answer their own
] as const
export type Resource = (typeof RESOURCES)[number]

/**
 * How much of a resource a role reads: `all`; `limited` (the rows and fields the field rules allow,
 * see FIELD_RULES); `own` (only what concerns the reader's own person or party); `none` (403).
 */
export type ReadScope = 'all' | 'limited' | 'own' | 'none'
/** What a role may change: `all`; `own` (only what is theirs, decided on the record: their blockouts, their feeds, set lists of acts they play in); `none` (403). */
export type WriteScope = 'all' | 'own' | 'none'

export interface Grant {
  read: ReadScope
  write: WriteScope
}

type Row = Record<WorkspaceRole, Grant>
const g = (read: ReadScope, write: WriteScope): Grant => ({ read, write })
/** owner, manager, member, crew, viewer */
const row = (owner: Grant, manager: Grant, member: Grant, crew: Grant, viewer: Grant): Row => ({ owner, manager, member, crew, viewer })

export const PERMISSIONS: Record<Resource, Row> = {
  workspace: row(g('all', 'all'), g('all', 'all'), g('all', 'none'), g('all', 'none'), g('all', 'none')),
  members: row(g('all', 'all'), g('all', 'all'), g('none', 'none'), g('none', 'none'), g('none', 'none')),
  export: row(g('all', 'none'), g('all', 'none'), g('none', 'none'), g('none', 'none'), g('none', 'none')),
  people: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('limited', 'none'), g('limited', 'none')),
  acts: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('all', 'none')),
  'public-handles': row(g('all', 'all'), g('all', 'none'), g('all', 'none'), g('all', 'none'), g('all', 'none')),
  catalog: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('limited', 'none')),
  charts: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('all', 'none')),
  organizations: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('all', 'none')),
  venues: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('limited', 'none')),
  tours: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('limited', 'none')),
  shows: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('limited', 'none')),
  commitments: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('own', 'none')),
  blockouts: row(g('all', 'all'), g('all', 'all'), g('all', 'own'), g('all', 'own'), g('own', 'none')),
  conflicts: row(g('all', 'none'), g('all', 'none'), g('all', 'none'), g('all', 'none'), g('own', 'none')),
  timelines: row(g('all', 'none'), g('all', 'none'), g('all', 'none'), g('all', 'none'), g('limited', 'none')),
  feeds: row(g('all', 'all'), g('all', 'all'), g('own', 'own'), g('own', 'own'), g('own', 'own')),
  setlists: row(g('all', 'all'), g('all', 'all'), g('all', 'own'), g('all', 'own'), g('none', 'none')),
  played: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('none', 'none')),
  planner: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('none', 'none')),
  rights: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('none', 'none'), g('none', 'none')),
  pitches: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('none', 'none'), g('own', 'none')),
  publishing: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('none', 'none'), g('none', 'none')),
  registrations: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('none', 'none'), g('none', 'none')),
  imports: row(g('none', 'all'), g('none', 'all'), g('none', 'all'), g('none', 'none'), g('none', 'none')),
  events: row(g('all', 'none'), g('all', 'none'), g('all', 'none'), g('all', 'none'), g('all', 'none')),
  jobs: row(g('all', 'none'), g('all', 'none'), g('none', 'none'), g('none', 'none'), g('none', 'none')),
  notifications: row(g('own', 'own'), g('own', 'own'), g('own', 'own'), g('own', 'own'), g('own', 'own')),
  home: row(g('own', 'none'), g('own', 'none'), g('own', 'none'), g('own', 'none'), g('own', 'none')),
  road: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('own', 'none')),
  mail: row(g('all', 'none'), g('none', 'none'), g('none', 'none'), g('none', 'none'), g('none', 'none')),
  money: row(g('all', 'all'), g('all', 'all'), g('own', 'none'), g('none', 'none'), g('none', 'none')),
  guests: row(g('all', 'all'), g('all', 'all'), g('own', 'own'), g('own', 'own'), g('none', 'none')),
  advance: row(g('all', 'all'), g('all', 'all'), g('all', 'all'), g('all', 'none'), g('own', 'none')),
  'promoter-links': row(g('all', 'all'), g('all', 'all'), g('none', 'none'), g('none', 'none'), g('none', 'none')),
  availability: row(g('all', 'all'), g('all', 'all'), g('own', 'own'), g('own', 'own'), g('own', 'own')),
}

/**
 * What a `limited` or `own` read leaves out, by resource. The read use cases implement exactly
 * these rules (src/usecases/read-access.ts); the role test checks them on the demo world.
 */
export const FIELD_RULES: Partial<Record<Resource, string>> = {
  people: "names and acts only: no one else's email and no notes (the reader's own record is whole)",
  catalog: "songs, writers and recordings without the writers' shares (the splits are the band's business)",
  venues: 'no venue whose every show is still private (a venue with no show at all, such as a studio, stays)',
  tours: 'no notes on the tour or its legs; only shows that are public now (isPublic); a leg with no public show is left out',
  shows:
    'only shows that are public now (isPublic: announced, or embargoed past its announce time; never a hold or an offer): an unannounced or embargoed show does not exist for the reader (404, absent from lists); no notes and no conflicts',
  commitments: 'only the commitments the reader attends',
  blockouts: "only the reader's own blockouts",
  conflicts: "only the reader's own conflicts",
  notifications: "only the reader's own notifications (an owner reads no one else's inbox)",
  home: "only the reader's own: set lists waiting for their answer (if their role reads set lists), their own next shows and commitments, their own notifications",
  timelines: "a person's timeline only for the reader's own person; an act's timeline with public shows only and the reader's own commitments",
  pitches: "only pitches to the reader's own party: an act they are a member of, or their own name",
  feeds: "only the reader's own person's feeds",
  guests:
    "only the reader's own requests and the allotment they go to, and the show's counts by pass type: other people's guests (names, notes) are personal data; no door list, no decisions, no check-in",
  advance:
    "only public shows; no checklist; contacts' names and roles, with phone and email only on a show the reader is on (readsContactDetails); a venue's contact details and wifi never",
  availability:
    "only the requests the reader is asked in, with their own answer and the counts of answers (no one else's answer or comment); answering only their own",
  money:
    "a member reads only the deal (its kind, guarantee, percentages and currency) of a show whose lineup they are on, and only when the show's act lets its members see their deals (off by default: 403); no tickets, expenses, sheet or approval, no tour totals, no sheet PDF; an act's money settings (which hold no money)",
  road: "only the days with a line whose audience reaches the reader, and on them only those lines; no day notes; a show only when public; hidden and unconfirmed times without the time; only the reader's own day sheet, its PDF and tour book (ADR 049)",
}

export function grantOf(role: WorkspaceRole, resource: Resource): Grant {
  return PERMISSIONS[resource][role]
}

export function readScope(role: WorkspaceRole, resource: Resource): ReadScope {
  return PERMISSIONS[resource][role].read
}

/**
 * A hotel room's confirmation number is a secret (ADR 039): the guests of that room read it, and of
 * the roles only those that manage the workspace read every room's. A member or crew who writes or
 * reads the room list sees the other rooms without theirs.
 */
export function readsEveryConfirmationNumber(role: WorkspaceRole): boolean {
  return role === 'owner' || role === 'manager'
}

/**
 * A contact's phone and email are personal data (ADR 037): owners and managers read them all; the
 * band, crew and a viewer read them only for a show they are on (its lineup, a member of an act
 * billed on it, the touring crew): the people who will phone the production manager that day.
 * Where no show is in question (a venue's own page) only owners and managers read them.
 */
export function readsContactDetails(role: WorkspaceRole, onTheShow: boolean): boolean {
  return role === 'owner' || role === 'manager' || onTheShow
}

/** Who creates, revokes and reads a show's promoter links, and accepts what a promoter answered (ADR 037). */
export function managesPromoterLinks(role: WorkspaceRole): boolean {
  return grantOf(role, 'promoter-links').write === 'all'
}

/** What a role may change of a resource: `all`, `own` (decided on the record) or `none`. */
export function writeScope(role: WorkspaceRole, resource: Resource): WriteScope {
  return PERMISSIONS[resource][role].write
}

/**
 * Whether a role manages the workspace (owners and managers): they change its settings and members,
 * and they read everyone's private details (reasons of blockouts and conflicts, holds of every writer).
 */
export function managesWorkspace(role: WorkspaceRole): boolean {
  return writeScope(role, 'workspace') === 'all'
}

/** Only owners hand out the owner role; those who change the members invite anyone below them. */
export function canGrantRole(actor: WorkspaceRole, role: WorkspaceRole): boolean {
  if (writeScope(actor, 'members') !== 'all') return false
  return actor === 'owner' || role !== 'owner'
}
