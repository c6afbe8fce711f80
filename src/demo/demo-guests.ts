import type { Db } from '../db/client.ts'
import { insertRows } from '../db/writes/bulk.ts'
import { localToInstant } from '../domain/local-time.ts'
import type { DemoWorldRows } from './demo-world-rows.ts'

/**
 * The guest list in the demo world (issue 16, points 3 and 6; ADR 038), on the summer tour's first
 * show with Victoria Justice in support: her party's allotment (eight places, guest, VIP and meet &
 * greet passes), Kendall's own (four, guest and industry), the rest on the default; a cut-off at noon
 * on the day (venue time); requests approved and pending, and one meet & greet 45 minutes before
 * doors (the time of the road's "Victoria Justice: meet and greet" line). Invented: every guest.
 */
export async function loadGuestsDemo(db: Db, rows: DemoWorldRows, opts: { now: Date; newId: () => string }): Promise<void> {
  const workspaceId = rows.workspaces[0]!.id
  const now = opts.now
  const summer = rows.tours.find((t) => t.name === 'Summer Break Tour 2013')!
  const victoria = rows.acts.find((a) => a.slug === 'victoria-justice')!.id!
  const venues = new Map(rows.venues.map((v) => [v.id!, v]))
  const show = rows.shows
    .filter((s) => s.tourId === summer.id && s.status !== 'cancelled' && rows.showBilling.some((b) => b.showId === s.id && b.actId === victoria))
    .sort((a, b) => a.localDate.localeCompare(b.localDate))[0]
  if (!show) throw new Error('demo guests: the summer tour has no show with Victoria Justice in support')
  const venue = venues.get(show.venueId)!
  const userOfRole = (role: string) => rows.workspaceMembers.find((m) => m.role === role)!.userId
  const personOfUser = (userId: string) => rows.people.find((p) => p.userId === userId)!
  const kendall = rows.people.find((p) => p.name === 'Kendall Schmidt')!
  const manager = personOfUser(userOfRole('manager'))
  const crew = personOfUser(userOfRole('crew'))

  const cutoffLocal = `${show.localDate}T12:00`
  const cutoff = localToInstant(show.localDate, '12:00', venue.timeZone)
  if (!cutoff.ok) throw new Error(`demo guests: ${cutoff.message}`)
  await insertRows(db, 'guestLists', [{ workspaceId, id: show.id, version: 1, cutoffLocal, cutoffAt: cutoff.instant, locked: false, updatedAt: now }])
  await insertRows(db, 'guestAllotments', [
    { workspaceId, showId: show.id, position: 0, personId: null, actId: victoria, headLimit: 8, passTypes: ['guest', 'vip', 'meet-and-greet'] },
    { workspaceId, showId: show.id, position: 1, personId: kendall.id, actId: null, headLimit: 4, passTypes: ['guest', 'industry'] },
  ])
  const doors = show.doors ?? '19:00'
  const [h, m] = doors.split(':').map(Number) as [number, number]
  const mg = `${String(Math.floor((h * 60 + m - 45) / 60)).padStart(2, '0')}:${String((h * 60 + m - 45) % 60).padStart(2, '0')}`
  const request = (r: {
    name: string
    plusN?: number
    passType?: string
    note?: string
    meetAndGreetTime?: string
    status: 'pending' | 'approved'
    allotment: string
    requester: { id?: string | null; userId?: string | null }
  }) => ({
    workspaceId,
    id: opts.newId(),
    showId: show.id,
    version: 1,
    name: r.name,
    plusN: r.plusN ?? 0,
    passType: r.passType ?? 'guest',
    note: r.note ?? '',
    meetAndGreetTime: r.meetAndGreetTime ?? null,
    status: r.status,
    allotment: r.allotment,
    requesterPersonId: r.requester.id ?? null,
    createdByUserId: r.requester.userId!,
    decidedByUserId: r.status === 'approved' ? manager.userId : null,
    decidedAt: r.status === 'approved' ? now : null,
    createdAt: now,
    updatedAt: now,
  })
  const party = `act:${victoria}`
  await insertRows(db, 'guestRequests', [
    request({
      name: 'Serena Reeder',
      plusN: 1,
      note: 'Victoria’s family, seated side stage with her mother',
      status: 'approved',
      allotment: party,
      requester: manager,
    }),
    request({
      name: 'Ariana Marquez',
      passType: 'vip',
      note: 'Fan club president; VIP laminate at will call',
      status: 'approved',
      allotment: party,
      requester: manager,
    }),
    request({
      name: 'Mei Tanaka',
      plusN: 1,
      passType: 'meet-and-greet',
      meetAndGreetTime: mg,
      note: 'Radio contest winners from the local station, with a parent',
      status: 'approved',
      allotment: party,
      requester: manager,
    }),
    request({
      name: 'Grace Holloway',
      plusN: 1,
      note: 'Dance captain of her school team; waiting on the party',
      status: 'pending',
      allotment: party,
      requester: manager,
    }),
    request({
      name: 'Kelly Schmidt',
      plusN: 1,
      note: 'Kendall’s cousin and her husband, flying in from Denver',
      status: 'approved',
      allotment: `person:${kendall.id!}`,
      requester: kendall,
    }),
    request({
      name: 'Jordan Vance',
      passType: 'industry',
      note: 'A&R at the label; ask for the production office',
      status: 'pending',
      allotment: `person:${kendall.id!}`,
      requester: kendall,
    }),
    request({
      name: 'Pablo Ruiz',
      note: 'Tess’s old lighting tech colleague, local to the venue',
      status: 'pending',
      allotment: `person:${crew.id!}`,
      requester: crew,
    }),
  ])
}
