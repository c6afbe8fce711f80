import type { Db } from '../db/client.ts'
import { insertRows } from '../db/writes/bulk.ts'
import { availabilityTitle, deadlineOf } from '../domain/availability-requests.ts'
import type { DemoWorldRows } from './demo-world-rows.ts'

/**
 * An availability request in the demo world (issue 14, point 4; ADR 042): Nadia, the band's manager,
 * asks Big Time Rush and Dustin whether they can do the South America leg in August (world.md: planned,
 * not announced in spring 2013). Kendall, James and Logan say yes, Carlos maybe (the series' schedule),
 * Dustin has not answered. Invented: the request, its dates around the leg's shows, the answer-by date
 * and every comment. Each person asked has it in their inbox, as the `availability` job would write it.
 */
export const DEMO_AVAILABILITY = {
  title: 'South America leg',
  startDate: '2013-08-12',
  endDate: '2013-08-23',
  answerBy: '2013-05-10',
  timeZone: 'America/Los_Angeles',
} as const

export async function loadAvailabilityDemo(db: Db, rows: DemoWorldRows, opts: { now: Date; newId: () => string }): Promise<void> {
  const workspaceId = rows.workspaces[0]!.id
  const person = new Map(rows.people.map((p) => [p.name, p.id!]))
  const nadia = person.get('Nadia Ferreira')!
  const requestId = opts.newId()
  const answeredAt = new Date(opts.now.getTime() - 2 * 86_400_000)
  await insertRows(db, 'availabilityRequests', [
    {
      workspaceId,
      id: requestId,
      ...DEMO_AVAILABILITY,
      note: 'Lima, Santiago, Buenos Aires and São Paulo, with travel days either side. Not announced: keep it to yourselves.',
      deadlineAt: deadlineOf(DEMO_AVAILABILITY.answerBy, DEMO_AVAILABILITY.timeZone),
      createdByPersonId: nadia,
      createdAt: new Date(opts.now.getTime() - 3 * 86_400_000),
      updatedAt: answeredAt,
    },
  ])
  const answers: [string, 'yes' | 'maybe' | null, string][] = [
    ['Kendall Schmidt', 'yes', 'In, and Heffron Drive has nothing in August.'],
    ['James Maslow', 'yes', ''],
    ['Logan Henderson', 'yes', ''],
    ['Carlos PenaVega', 'maybe', 'Only if the season 4 shoot wraps by August 9.'],
    ['Dustin Belt', null, ''],
  ]
  await insertRows(
    db,
    'availabilityAnswers',
    answers.map(([name, answer, comment]) => ({
      workspaceId,
      requestId,
      personId: person.get(name)!,
      answer,
      comment,
      answeredAt: answer ? answeredAt : null,
    })),
  )
  const title = availabilityTitle('asked', { actorName: 'Nadia Ferreira', ...DEMO_AVAILABILITY })
  await insertRows(
    db,
    'notifications',
    answers.map(([name, answer]) => ({
      workspaceId,
      id: opts.newId(),
      personId: person.get(name)!,
      kind: 'availability',
      dedupeKey: `availability.asked:${requestId}`,
      title,
      link: `/availability/${requestId}`,
      actorPersonId: nadia,
      createdAt: new Date(opts.now.getTime() - 3 * 86_400_000),
      readAt: answer ? answeredAt : null,
    })),
  )
}
