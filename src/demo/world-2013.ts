/**
 * The demo world: Big Time Rush and Heffron Drive in 2013, as described in
 * /work/shared/design/world.md (the product's reference scenario), written in our own words.
 *
 * Where world.md is silent we chose plausible values so the catalogue is complete: outside
 * songwriters, writer splits, durations, keys, tempos, energy, lead singers, episode titles and air
 * dates, most track titles beyond those world.md names, the band manager and the tour DJ, and on the
 * touring side venues, dates, local times, outlets and journalists. Each record lists such
 * fields in `invented` (`'record'` when the whole record is ours), so tools and tests can tell fact
 * from fiction. Invented values may or may not match the public record: treat them as fiction.
 *
 * The records are split by aggregate under ./world-2013/; this file assembles them.
 */
import { people, acts, memberships } from './world-2013/people.ts'
import { works } from './world-2013/works.ts'
import { recordings } from './world-2013/recordings.ts'
import { backCatalogueRecordings, backCatalogueReleases, backCatalogueWorks } from './world-2013/back-catalogue.ts'
import { releaseGroups, placements, STANDARD_TRACKS } from './world-2013/releases.ts'
import { venues } from './world-2013/venues.ts'
import { tours, shows } from './world-2013/touring.ts'
import { commitments, blockouts } from './world-2013/calendar.ts'
import { setlistSettings, setlistProposals, setlistAnswers, appliedSetlists, pastTours, tourRotations } from './world-2013/setlists.ts'
import { charts } from './world-2013/charts.ts'
import { rights } from './world-2013/rights.ts'
import { publishing } from './world-2013/publishing.ts'
import type { DemoPerson } from './world-2013/types.ts'
import type { DemoWorld } from './world-2013/world.ts'

export type * from './world-2013/types.ts'
export type * from './world-2013/world.ts'
export type * from './world-2013/setlists.ts'
export type * from './world-2013/charts.ts'
export type * from './world-2013/rights.ts'
export type * from './world-2013/publishing.ts'
export { STANDARD_TRACKS }

/** Every demo login shares this password; the demo is for trying the product, never for real data. */
export const DEMO_PASSWORD = 'greenroom-demo'
export const DEMO_EMAIL_DOMAIN = 'demo.greenroom.test'

export const world2013: DemoWorld = {
  workspace: { slug: 'demo', name: 'Big Time Rush & Heffron Drive' },
  people,
  acts,
  memberships,
  works: [...works, ...backCatalogueWorks],
  recordings: [...recordings, ...backCatalogueRecordings],
  releaseGroups: [...backCatalogueReleases, ...releaseGroups],
  placements,
  venues,
  tours,
  shows,
  commitments,
  blockouts,
  setlists: { settings: setlistSettings, proposals: setlistProposals, answers: setlistAnswers, applied: appliedSetlists, pastTours, tourRotations },
  charts,
  rights,
  publishing,
}

/** The login of a demo person: their first name, lowercased, at the demo domain. */
export function demoEmail(person: Pick<DemoPerson, 'name'>): string {
  const firstName = person.name.split(/\s+/)[0] ?? person.name
  return `${firstName.toLowerCase()}@${DEMO_EMAIL_DOMAIN}`
}
