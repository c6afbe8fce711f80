import { and, asc, desc, eq, gt, inArray, isNull } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { availabilityAnswers, availabilityRequests, people, showLineup, shows } from '../schema/index.ts'

/** Reads and writes of availability requests (issue 14, point 4; ADR 042). */
export type AvailabilityRequestRow = typeof availabilityRequests.$inferSelect
export type AvailabilityAnswerRow = typeof availabilityAnswers.$inferSelect

export async function insertAvailabilityRequest(db: Db, row: typeof availabilityRequests.$inferInsert, personIds: readonly string[]): Promise<void> {
  await db.insert(availabilityRequests).values(row)
  if (personIds.length > 0)
    await db.insert(availabilityAnswers).values(personIds.map((personId) => ({ workspaceId: row.workspaceId, requestId: row.id, personId })))
}

export async function getAvailabilityRequestRow(db: Db, workspaceId: string, id: string): Promise<AvailabilityRequestRow | null> {
  const [row] = await db
    .select()
    .from(availabilityRequests)
    .where(and(eq(availabilityRequests.workspaceId, workspaceId), eq(availabilityRequests.id, id)))
  return row ?? null
}

/** A workspace's requests, the latest first day first (at most `limit`). */
export async function listAvailabilityRequestRows(db: Db, workspaceId: string, limit: number): Promise<AvailabilityRequestRow[]> {
  return db
    .select()
    .from(availabilityRequests)
    .where(eq(availabilityRequests.workspaceId, workspaceId))
    .orderBy(desc(availabilityRequests.startDate), desc(availabilityRequests.id))
    .limit(limit)
}

/** The requests a person is asked in, with their own answer. */
export async function availabilityRequestRowsOfPerson(
  db: Db,
  workspaceId: string,
  personId: string,
  opts: { openAt?: Date; limit: number },
): Promise<{ request: AvailabilityRequestRow; answer: AvailabilityAnswerRow }[]> {
  const where = [eq(availabilityAnswers.workspaceId, workspaceId), eq(availabilityAnswers.personId, personId)]
  if (opts.openAt) where.push(isNull(availabilityRequests.closedAt), gt(availabilityRequests.deadlineAt, opts.openAt))
  return db
    .select({ request: availabilityRequests, answer: availabilityAnswers })
    .from(availabilityAnswers)
    .innerJoin(
      availabilityRequests,
      and(eq(availabilityRequests.workspaceId, availabilityAnswers.workspaceId), eq(availabilityRequests.id, availabilityAnswers.requestId)),
    )
    .where(and(...where))
    .orderBy(asc(availabilityRequests.deadlineAt), asc(availabilityRequests.id))
    .limit(opts.limit)
}

/** Everyone asked by some requests, with their names and answers, by name. */
export async function availabilityAnswerRows(
  db: Db,
  workspaceId: string,
  requestIds: readonly string[],
): Promise<(AvailabilityAnswerRow & { personName: string })[]> {
  if (requestIds.length === 0) return []
  const rows = await db
    .select({ a: availabilityAnswers, personName: people.name })
    .from(availabilityAnswers)
    .innerJoin(people, and(eq(people.workspaceId, availabilityAnswers.workspaceId), eq(people.id, availabilityAnswers.personId)))
    .where(and(eq(availabilityAnswers.workspaceId, workspaceId), inArray(availabilityAnswers.requestId, [...requestIds])))
    .orderBy(asc(people.name), asc(people.id))
  return rows.map((r) => ({ ...r.a, personName: r.personName }))
}

/** Records a person's answer; false when they are not asked by the request. */
export async function setAvailabilityAnswer(
  db: Db,
  key: { workspaceId: string; requestId: string; personId: string },
  answer: { answer: string; comment: string; answeredAt: Date },
): Promise<boolean> {
  const done = await db
    .update(availabilityAnswers)
    .set(answer)
    .where(
      and(
        eq(availabilityAnswers.workspaceId, key.workspaceId),
        eq(availabilityAnswers.requestId, key.requestId),
        eq(availabilityAnswers.personId, key.personId),
      ),
    )
    .returning({ personId: availabilityAnswers.personId })
  return done.length > 0
}

/** Closes a request (answers are refused from now); false when it is not there or closed already. */
export async function closeAvailabilityRequestRow(db: Db, workspaceId: string, id: string, now: Date): Promise<boolean> {
  const done = await db
    .update(availabilityRequests)
    .set({ closedAt: now, updatedAt: now })
    .where(and(eq(availabilityRequests.workspaceId, workspaceId), eq(availabilityRequests.id, id), isNull(availabilityRequests.closedAt)))
    .returning({ id: availabilityRequests.id })
  return done.length > 0
}

export async function deleteAvailabilityRequestRow(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const done = await db
    .delete(availabilityRequests)
    .where(and(eq(availabilityRequests.workspaceId, workspaceId), eq(availabilityRequests.id, id)))
    .returning({ id: availabilityRequests.id })
  return done.length > 0
}

/** Marks the answers of these people as made into a commitment. */
export async function setAnswersCommitment(db: Db, workspaceId: string, requestId: string, personIds: readonly string[], commitmentId: string): Promise<void> {
  if (personIds.length === 0) return
  await db
    .update(availabilityAnswers)
    .set({ commitmentId })
    .where(
      and(
        eq(availabilityAnswers.workspaceId, workspaceId),
        eq(availabilityAnswers.requestId, requestId),
        inArray(availabilityAnswers.personId, [...personIds]),
      ),
    )
}

/** The people on shows' lineups. */
export async function lineupPersonIds(db: Db, workspaceId: string, showIds: readonly string[]): Promise<string[]> {
  if (showIds.length === 0) return []
  const rows = await db
    .select({ personId: showLineup.personId })
    .from(showLineup)
    .where(and(eq(showLineup.workspaceId, workspaceId), inArray(showLineup.showId, [...showIds])))
  return rows.map((r) => r.personId)
}

/** Which of these show ids are not shows of the workspace (for field errors). */
export async function missingShowIds(db: Db, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const found = await db
    .select({ id: shows.id })
    .from(shows)
    .where(and(eq(shows.workspaceId, workspaceId), inArray(shows.id, [...ids])))
  const have = new Set(found.map((r) => r.id))
  return new Set(ids.filter((id) => !have.has(id)))
}
