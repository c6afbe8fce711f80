import { pgTable, uuid, text, timestamp, primaryKey, foreignKey, index, uniqueIndex } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { people } from './people.ts'

const ws = workspaceIdColumn

/**
 * One notification for one person (issue 14): written by the notify job from a domain event, read
 * in the person's inbox. `dedupe_key` names the event, so a retried job never tells a person twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    /** proposal.sent, proposal.answered, proposal.agreed (domain/notifications.ts) */
    kind: text('kind').notNull(),
    /** The event it came from (kind and the id of the version or answer): one notification per person and event. */
    dedupeKey: text('dedupe_key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** Where in the app it leads, a path such as /setlists/<proposal id>. */
    link: text('link').notNull(),
    actorPersonId: uuid('actor_person_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
    uniqueIndex('notifications_event_key').on(t.workspaceId, t.personId, t.dedupeKey),
    index('notifications_inbox_idx').on(t.workspaceId, t.personId, t.createdAt),
  ],
)
