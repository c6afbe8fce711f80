import { and, asc, eq, inArray, lt, notInArray, or, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { notificationPreferences, pushDeliveries, pushKeys, pushSubscriptions } from '../schema/index.ts'

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect
export type PushDeliveryRow = typeof pushDeliveries.$inferSelect
export type NewPushDeliveryRow = typeof pushDeliveries.$inferInsert

/** The server's VAPID key pair, made on first use (two instances racing keep the first one written; never replaced). */
export async function vapidKeysOf(
  db: Db,
  fresh: () => { publicKey: string; privateKey: string },
  now: Date,
): Promise<{ publicKey: string; privateKey: string }> {
  const read = async () =>
    (await db.select({ publicKey: pushKeys.publicKey, privateKey: pushKeys.privateKey }).from(pushKeys).where(eq(pushKeys.id, 'vapid')))[0]
  const existing = await read()
  if (existing) return existing
  await db
    .insert(pushKeys)
    .values({ id: 'vapid', ...fresh(), createdAt: now })
    .onConflictDoNothing()
  return (await read())!
}

/**
 * Keeps a device's subscription: the same endpoint again updates its keys (a browser may rotate
 * them) and its person (someone else signed in on that browser). Returns the row and whether it is new.
 */
export async function upsertSubscription(db: Db, row: typeof pushSubscriptions.$inferInsert): Promise<{ row: PushSubscriptionRow; created: boolean }> {
  const [kept] = await db
    .insert(pushSubscriptions)
    .values(row)
    .onConflictDoUpdate({
      target: [pushSubscriptions.workspaceId, pushSubscriptions.endpoint],
      set: { personId: row.personId, p256dh: row.p256dh, auth: row.auth, label: row.label },
    })
    .returning()
  return { row: kept!, created: kept!.id === row.id }
}

export async function subscriptionByEndpoint(db: Db, workspaceId: string, endpoint: string): Promise<PushSubscriptionRow | null> {
  const [row] = await db
    .select()
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.workspaceId, workspaceId), eq(pushSubscriptions.endpoint, endpoint)))
  return row ?? null
}

export async function subscriptionsOfPerson(db: Db, workspaceId: string, personId: string): Promise<PushSubscriptionRow[]> {
  return db
    .select()
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.workspaceId, workspaceId), eq(pushSubscriptions.personId, personId)))
    .orderBy(asc(pushSubscriptions.createdAt), asc(pushSubscriptions.id))
}

/** The devices of these people, for a notification (those who turned push off for the kind are left out). */
export async function subscriptionsToPush(db: Db, workspaceId: string, personIds: readonly string[], kind: string): Promise<PushSubscriptionRow[]> {
  if (personIds.length === 0) return []
  const off = db
    .select({ personId: notificationPreferences.personId })
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.workspaceId, workspaceId),
        eq(notificationPreferences.kind, kind),
        eq(notificationPreferences.channel, 'push'),
        eq(notificationPreferences.setting, 'off'),
      ),
    )
  return db
    .select()
    .from(pushSubscriptions)
    .where(
      and(eq(pushSubscriptions.workspaceId, workspaceId), inArray(pushSubscriptions.personId, [...personIds]), notInArray(pushSubscriptions.personId, off)),
    )
}

/** Removes a person's own device; false when it is not theirs or not there. */
export async function deleteSubscription(db: Db, workspaceId: string, personId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.workspaceId, workspaceId), eq(pushSubscriptions.personId, personId), eq(pushSubscriptions.id, id)))
    .returning({ id: pushSubscriptions.id })
  return rows.length > 0
}

/** Removes a device the push service says is gone (404/410), with its deliveries. */
export async function deleteSubscriptionById(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.workspaceId, workspaceId), eq(pushSubscriptions.id, id)))
}

/** Writes deliveries (one per device and event; one already there is left as it is); returns the ids still waiting to be sent for the event. */
export async function insertDeliveries(db: Db, workspaceId: string, rows: NewPushDeliveryRow[]): Promise<string[]> {
  if (rows.length === 0) return []
  await db.insert(pushDeliveries).values(rows).onConflictDoNothing()
  const waiting = await db
    .select({ id: pushDeliveries.id })
    .from(pushDeliveries)
    .where(
      and(
        eq(pushDeliveries.workspaceId, workspaceId),
        eq(pushDeliveries.dedupeKey, rows[0]!.dedupeKey),
        inArray(
          pushDeliveries.subscriptionId,
          rows.map((r) => r.subscriptionId),
        ),
        eq(pushDeliveries.status, 'queued'),
      ),
    )
  return waiting.map((r) => r.id)
}

/** Claims a delivery for one try (queued, failed, or held by a try whose claim lapsed); null when another try holds it or it is done. */
export async function claimDelivery(
  db: Db,
  workspaceId: string,
  id: string,
  now: Date,
  staleBefore: Date,
): Promise<{ delivery: PushDeliveryRow; subscription: PushSubscriptionRow } | null> {
  const [delivery] = await db
    .update(pushDeliveries)
    .set({ status: 'sending', claimedAt: now, attempts: sql`${pushDeliveries.attempts} + 1` })
    .where(
      and(
        eq(pushDeliveries.workspaceId, workspaceId),
        eq(pushDeliveries.id, id),
        or(inArray(pushDeliveries.status, ['queued', 'failed']), and(eq(pushDeliveries.status, 'sending'), lt(pushDeliveries.claimedAt, staleBefore))),
      ),
    )
    .returning()
  if (!delivery) return null
  const [subscription] = await db
    .select()
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.workspaceId, workspaceId), eq(pushSubscriptions.id, delivery.subscriptionId)))
  return subscription ? { delivery, subscription } : null
}

export async function getDelivery(db: Db, workspaceId: string, id: string): Promise<PushDeliveryRow | null> {
  const [row] = await db
    .select()
    .from(pushDeliveries)
    .where(and(eq(pushDeliveries.workspaceId, workspaceId), eq(pushDeliveries.id, id)))
  return row ?? null
}

/** Ends a claimed try; only the claim that holds the row may end it. */
export async function endDeliveryTry(
  db: Db,
  workspaceId: string,
  id: string,
  claimedAt: Date,
  outcome: { status: 'sent'; sentAt: Date } | { status: 'failed'; error: string },
): Promise<void> {
  await db
    .update(pushDeliveries)
    .set(outcome.status === 'sent' ? { status: 'sent', sentAt: outcome.sentAt, lastError: null } : { status: 'failed', lastError: outcome.error })
    .where(and(eq(pushDeliveries.workspaceId, workspaceId), eq(pushDeliveries.id, id), eq(pushDeliveries.claimedAt, claimedAt)))
  if (outcome.status === 'sent')
    await db
      .update(pushSubscriptions)
      .set({ lastSentAt: outcome.sentAt })
      .where(
        and(
          eq(pushSubscriptions.workspaceId, workspaceId),
          sql`${pushSubscriptions.id} = (select ${pushDeliveries.subscriptionId} from ${pushDeliveries} where ${pushDeliveries.workspaceId} = ${workspaceId} and ${pushDeliveries.id} = ${id})`,
        ),
      )
}

/** Deliveries still waiting (queued, or claimed by a try that may have died), for the start-up sweep. */
export async function waitingDeliveries(db: Db, limit: number): Promise<{ workspaceId: string; id: string }[]> {
  return db
    .select({ workspaceId: pushDeliveries.workspaceId, id: pushDeliveries.id })
    .from(pushDeliveries)
    .where(inArray(pushDeliveries.status, ['queued', 'sending']))
    .limit(limit)
}
