import { pgTable, uuid, text, timestamp, integer, primaryKey, foreignKey, index, date } from 'drizzle-orm/pg-core'
import { workspaceIdColumn } from './columns.ts'
import { people } from './people.ts'

const ws = workspaceIdColumn

/**
 * An availability request (issue 14, point 4; ADR 042): a manager asks people whether they can do a
 * date or a range of dates, with an answer-by date. Not the availability of songs under holds
 * (rights.ts): this is people's availability. `deadline_at` is the end of the answer-by day in the
 * request's zone, computed when written; after it (or once `closed_at` is set) answers are refused.
 */
export const availabilityRequests = pgTable(
  'availability_requests',
  {
    workspaceId: ws(),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    note: text('note').notNull().default(''),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    timeZone: text('time_zone').notNull(),
    answerBy: date('answer_by', { mode: 'string' }).notNull(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    /** The person who asked (told of the deadline's summary); no foreign key: a removed person leaves the request. */
    createdByPersonId: uuid('created_by_person_id'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('availability_requests_start_idx').on(t.workspaceId, t.startDate)],
)

/** One person asked by a request, and their answer (null until they answer): yes, maybe or no, with a comment. */
export const availabilityAnswers = pgTable(
  'availability_answers',
  {
    workspaceId: ws(),
    requestId: uuid('request_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** yes | maybe | no (domain/availability-requests.ts); null: not answered yet. */
    answer: text('answer'),
    comment: text('comment').notNull().default(''),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** The commitment a "yes" became (the manager's one action); no foreign key: removing the commitment leaves the answer. */
    commitmentId: uuid('commitment_id'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.requestId, t.personId] }),
    foreignKey({ columns: [t.workspaceId, t.requestId], foreignColumns: [availabilityRequests.workspaceId, availabilityRequests.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.personId], foreignColumns: [people.workspaceId, people.id] }).onDelete('cascade'),
    index('availability_answers_person_idx').on(t.workspaceId, t.personId),
  ],
)
