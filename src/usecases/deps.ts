import type { Db } from '../db/client.ts'
import type { Clock } from '../domain/clock.ts'
import type { WorkspaceRole } from '../domain/roles.ts'
import type { TravelPolicy } from '../domain/travel-estimate.ts'
import type { EventBus } from '../events/bus.ts'
import type { JobQueue } from '../jobs/job-queue.ts'
import type { SessionCache } from './auth/session-cache.ts'
import type { MailSettings } from './mail/settings.ts'
import type { PushSettings } from './push/settings.ts'

/** What every use case may use; passed explicitly instead of a container. */
export interface Deps {
  db: Db
  clock: Clock
  /** How fast people travel between bookings, for conflict checks. */
  travel: TravelPolicy
  /** Live updates: writes publish ids after commit; absent in use-case tests that need none. */
  events?: EventBus
  /** The durable job queue (ADR 029): writes queue their notifications here; absent in use-case tests that need none. */
  jobs?: JobQueue
  /** Email (ADR 033): how it leaves and where its links lead; absent in use-case tests that send none. */
  mail?: MailSettings
  /** Who a session is, kept for a few seconds (ADR 046); absent: every request reads it. */
  sessionCache?: SessionCache
  /** Web Push (ADR 044): the VAPID subject and retry timing; absent in use-case tests that push nothing. */
  push?: PushSettings
}

/** The signed-in user acting inside one workspace, as resolved by the HTTP layer. */
export interface Actor {
  userId: string
  workspaceId: string
  role: WorkspaceRole
  /**
   * The user's person in the workspace, when a use case has already looked it up for this request
   * (null: the account has no person here). Absent: not looked up yet; `personOfActor` asks.
   */
  personId?: string | null
}
