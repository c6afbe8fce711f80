import { and, desc, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { mailKeys, mailOutbox, notificationPreferences, people, personMailBounces, shows, tours, users, venues } from '../schema/index.ts'

export type OutboxRow = typeof mailOutbox.$inferSelect
export type NewOutboxRow = typeof mailOutbox.$inferInsert

/** Writes outbox rows; one an address already has for the same event is left as it is. Returns the rows written. */
export async function insertOutboxRows(db: Db, rows: NewOutboxRow[]): Promise<{ id: string; status: string }[]> {
  if (rows.length === 0) return []
  return db
    .insert(mailOutbox)
    .values(rows)
    .onConflictDoNothing({ target: [mailOutbox.workspaceId, mailOutbox.toAddress, mailOutbox.dedupeKey] })
    .returning({ id: mailOutbox.id, status: mailOutbox.status })
}

/**
 * Claims a row for one delivery try (ADR 033): only a row that waits (queued, failed) or whose last
 * claim is older than `staleBefore` (a try that died) is claimed; a sent or bounced row never is.
 * The claim and the try count are one statement: two tries never both hold the row.
 */
export async function claimOutboxRow(db: Db, workspaceId: string, id: string, now: Date, staleBefore: Date): Promise<OutboxRow | null> {
  const [row] = await db
    .update(mailOutbox)
    .set({ status: 'sending', claimedAt: now, attempts: sql`${mailOutbox.attempts} + 1` })
    .where(
      and(
        eq(mailOutbox.workspaceId, workspaceId),
        eq(mailOutbox.id, id),
        or(inArray(mailOutbox.status, ['queued', 'failed']), and(eq(mailOutbox.status, 'sending'), lt(mailOutbox.claimedAt, staleBefore))),
      ),
    )
    .returning()
  return row ?? null
}

export async function getOutboxRow(db: Db, workspaceId: string, id: string): Promise<OutboxRow | null> {
  const [row] = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.workspaceId, workspaceId), eq(mailOutbox.id, id)))
  return row ?? null
}

/** Ends a claimed try: sent, failed (to retry) or bounced; only the claim that holds the row may end it. */
export async function endOutboxTry(
  db: Db,
  workspaceId: string,
  id: string,
  claimedAt: Date,
  outcome: { status: 'sent'; sentAt: Date } | { status: 'failed' | 'bounced'; error: string },
): Promise<boolean> {
  const rows = await db
    .update(mailOutbox)
    .set(outcome.status === 'sent' ? { status: 'sent', sentAt: outcome.sentAt, lastError: null } : { status: outcome.status, lastError: outcome.error })
    .where(and(eq(mailOutbox.workspaceId, workspaceId), eq(mailOutbox.id, id), eq(mailOutbox.status, 'sending'), eq(mailOutbox.claimedAt, claimedAt)))
    .returning({ id: mailOutbox.id })
  return rows.length === 1
}

/** The workspace's outbox, newest first. */
export async function listOutboxRows(db: Db, workspaceId: string, opts: { limit: number; before?: { createdAt: Date; id: string } }): Promise<OutboxRow[]> {
  const where = [eq(mailOutbox.workspaceId, workspaceId)]
  if (opts.before) {
    where.push(or(lt(mailOutbox.createdAt, opts.before.createdAt), and(eq(mailOutbox.createdAt, opts.before.createdAt), lt(mailOutbox.id, opts.before.id)))!)
  }
  return db
    .select()
    .from(mailOutbox)
    .where(and(...where))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(opts.limit)
}

/** Rows that wait for a job (their job may have been lost with a crash between the row's commit and the queue's send). */
export async function waitingOutboxRows(db: Db, workspaceId: string | null, limit: number): Promise<{ workspaceId: string; id: string }[]> {
  return db
    .select({ workspaceId: mailOutbox.workspaceId, id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(inArray(mailOutbox.status, ['queued', 'sending']), workspaceId ? eq(mailOutbox.workspaceId, workspaceId) : undefined))
    .limit(limit)
}

/** The address each person is mailed at: their account's (the one they sign in with), else the one on their record. */
export async function mailAddressesOf(db: Db, workspaceId: string, personIds: readonly string[]): Promise<Map<string, { address: string; name: string }>> {
  const found = new Map<string, { address: string; name: string }>()
  if (personIds.length === 0) return found
  const rows = await db
    .select({ personId: people.id, name: people.name, personEmail: people.email, userEmail: users.email })
    .from(people)
    .leftJoin(users, eq(users.id, people.userId))
    .where(and(eq(people.workspaceId, workspaceId), inArray(people.id, [...personIds])))
  for (const r of rows) {
    const address = r.userEmail ?? r.personEmail
    if (address) found.set(r.personId, { address: address.toLowerCase(), name: r.name })
  }
  return found
}

/** Which of these people turned email off for a kind. */
export async function peopleWithEmailOff(db: Db, workspaceId: string, personIds: readonly string[], kind: string): Promise<Set<string>> {
  if (personIds.length === 0) return new Set()
  const rows = await db
    .select({ personId: notificationPreferences.personId })
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.workspaceId, workspaceId),
        inArray(notificationPreferences.personId, [...personIds]),
        eq(notificationPreferences.kind, kind),
        eq(notificationPreferences.channel, 'email'),
        eq(notificationPreferences.setting, 'off'),
      ),
    )
  return new Set(rows.map((r) => r.personId))
}

export async function preferencesOf(db: Db, workspaceId: string, personId: string) {
  return db
    .select()
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.workspaceId, workspaceId), eq(notificationPreferences.personId, personId)))
}

export async function setPreference(db: Db, row: typeof notificationPreferences.$inferInsert): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values(row)
    .onConflictDoUpdate({
      target: [notificationPreferences.workspaceId, notificationPreferences.personId, notificationPreferences.kind, notificationPreferences.channel],
      set: { setting: row.setting, digestTime: row.digestTime ?? null, updatedAt: row.updatedAt },
    })
}

/** Marks a person's address as refused for good; the first bounce's reason is kept. */
export async function markBounce(db: Db, row: typeof personMailBounces.$inferInsert): Promise<void> {
  await db.insert(personMailBounces).values(row).onConflictDoNothing()
}

/** The addresses of these people that bounced before. */
export async function bouncedAddresses(db: Db, workspaceId: string, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set()
  const rows = await db
    .select({ personId: personMailBounces.personId, address: personMailBounces.address })
    .from(personMailBounces)
    .where(and(eq(personMailBounces.workspaceId, workspaceId), inArray(personMailBounces.personId, [...personIds])))
  return new Set(rows.map((r) => `${r.personId} ${r.address}`))
}

export async function bouncesOfPerson(db: Db, workspaceId: string, personId: string) {
  return db
    .select()
    .from(personMailBounces)
    .where(and(eq(personMailBounces.workspaceId, workspaceId), eq(personMailBounces.personId, personId), isNotNull(personMailBounces.bouncedAt)))
}

/** The workspace's unsubscribe key, made on first use (two instances racing keep the first one written). */
export async function unsubscribeKeyOf(db: Db, workspaceId: string, fresh: () => string, now: Date): Promise<string> {
  const [existing] = await db.select({ key: mailKeys.unsubscribeKey }).from(mailKeys).where(eq(mailKeys.workspaceId, workspaceId))
  if (existing) return existing.key
  await db.insert(mailKeys).values({ workspaceId, unsubscribeKey: fresh(), createdAt: now }).onConflictDoNothing()
  const [row] = await db.select({ key: mailKeys.unsubscribeKey }).from(mailKeys).where(eq(mailKeys.workspaceId, workspaceId))
  return row!.key
}

/** Whether a person is still in the workspace (an unsubscribe link for someone removed does nothing). */
export async function personExists(db: Db, workspaceId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), eq(people.id, personId)))
  return !!row
}

/** What a set list is for, in a subject line: the show's city, else the tour's name, else null (the act's). */
export async function setlistTargetName(db: Db, workspaceId: string, target: { showId: string | null; tourId: string | null }): Promise<string | null> {
  if (target.showId) {
    const [row] = await db
      .select({ city: venues.city })
      .from(shows)
      .innerJoin(venues, and(eq(venues.workspaceId, shows.workspaceId), eq(venues.id, shows.venueId)))
      .where(and(eq(shows.workspaceId, workspaceId), eq(shows.id, target.showId)))
    if (row) return row.city
  }
  if (target.tourId) {
    const [row] = await db
      .select({ name: tours.name })
      .from(tours)
      .where(and(eq(tours.workspaceId, workspaceId), eq(tours.id, target.tourId)))
    if (row) return row.name
  }
  return null
}
