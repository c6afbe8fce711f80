import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { commitmentPeople, commitments, people, showLineup, venues } from '../schema/index.ts'
import type { PersonFeed } from '../../domain/feeds.ts'
import type { CommitmentKind } from '../../domain/touring.ts'
import { listShowsById } from './public-shows.ts'

/** Everything on one person's private calendar, or null when the person is not in the workspace. */
export async function loadPersonFeed(db: Db, workspaceId: string, personId: string): Promise<PersonFeed | null> {
  const [person] = await db
    .select({ name: people.name })
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), eq(people.id, personId)))
  if (!person) return null
  const lineup = await db
    .select({ showId: showLineup.showId, role: showLineup.role })
    .from(showLineup)
    .where(and(eq(showLineup.workspaceId, workspaceId), eq(showLineup.personId, personId)))
  const roleOf = new Map(lineup.map((l) => [l.showId, l.role]))
  const shows = (await listShowsById(db, workspaceId, [...roleOf.keys()])).map((s) => ({ ...s, role: roleOf.get(s.id) ?? '' }))
  const rows = await db
    .select({ c: commitments, venueName: venues.name, venueCity: venues.city })
    .from(commitmentPeople)
    .innerJoin(commitments, and(eq(commitments.workspaceId, commitmentPeople.workspaceId), eq(commitments.id, commitmentPeople.commitmentId)))
    .leftJoin(venues, and(eq(venues.workspaceId, commitments.workspaceId), eq(venues.id, commitments.venueId)))
    .where(and(eq(commitmentPeople.workspaceId, workspaceId), eq(commitmentPeople.personId, personId)))
    .orderBy(asc(commitments.startsAt), asc(commitments.id))
  return {
    personName: person.name,
    shows,
    commitments: rows.map(({ c, venueName, venueCity }) => ({
      id: c.id,
      kind: c.kind as CommitmentKind,
      title: c.title,
      place: venueName ? [venueName, venueCity].filter(Boolean).join(', ') : c.locationName,
      latitude: c.latitude,
      longitude: c.longitude,
      timeZone: c.timeZone,
      startDate: c.startDate,
      startTime: c.startTime,
      endDate: c.endDate,
      endTime: c.endTime,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      outlet: c.outlet,
      journalist: c.journalist,
      version: c.version,
    })),
  }
}
