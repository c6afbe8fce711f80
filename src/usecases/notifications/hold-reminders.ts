import { rolesOfPeople } from '../../db/queries/notifications.ts'
import { listWorksWithWriters } from '../../db/queries/rights.ts'
import { allWorkspaceIds } from '../../db/queries/workspaces.ts'
import { holdStage, holdTitle, mayBeToldOfHold } from '../../domain/notification-kinds.ts'
import { jobIdFrom, type JobData, type JobKind, type JobQueue } from '../../jobs/job-queue.ts'
import type { Deps } from '../deps.ts'
import { loadRightsOfWorks, todayOf } from '../rights/rights-of-works.ts'
import { tellPeople } from './booking-notices.ts'

/**
 * The daily hold reminders (issue 14 point 2, ADR 047): a hold on a song ends in 30 days, in 7 days,
 * and the day after its last day the song is free and clear → its writers (whose role reads rights).
 *
 * Two pg-boss jobs, both with ids derived from the day, so a restart, a second instance or a second
 * start on the same day queues nothing twice (pg-boss inserts a job whose id exists as nothing):
 * - `hold-sweep` (one a day, at 06:00 UTC on the app's clock): queues one `hold-reminders` job per
 *   workspace for the day, then the next day's sweep;
 * - `hold-reminders` (one per workspace and day): tells the writers; each line's key is the hold,
 *   its last day and the stage, so a reminder is written and mailed once, however often it runs
 *   (a hold moved to a new last day is reminded of again).
 * An instance starts the chain (today's sweep) when `holdReminders` is on: `npm start` and the demo
 * by default, off in tests that count inbox lines (app.ts).
 */
export interface HoldSweepData extends JobData {
  /** The day swept, YYYY-MM-DD (its id); `workspaceId` is empty: the sweep visits every workspace. */
  day: string
}
export interface HoldRemindersData extends JobData {
  day: string
}

export const HOLD_SWEEP_JOB: JobKind = { name: 'hold-sweep', retryLimit: 5, retryDelaySeconds: 30, expireInSeconds: 300, concurrency: 1 }
export const HOLD_REMINDERS_JOB: JobKind = { name: 'hold-reminders', retryLimit: 5, retryDelaySeconds: 30, expireInSeconds: 600, concurrency: 1 }

/** The hour (UTC, on the app's clock) each day's sweep starts. */
const SWEEP_HOUR_UTC = 6

export const holdSweepId = (day: string) => jobIdFrom(`hold-sweep ${day}`)
export const holdRemindersId = (workspaceId: string, day: string) => jobIdFrom(`hold-reminders ${workspaceId} ${day}`)

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/**
 * Works the two kinds here (or only declares them), and with `start`, queues today's sweep (at
 * once): the chain that queues each next day's.
 */
export async function startHoldReminders(deps: Deps, queue: JobQueue, opts: { work: boolean; start: boolean }): Promise<void> {
  if (!opts.work) {
    await queue.declare(HOLD_SWEEP_JOB)
    await queue.declare(HOLD_REMINDERS_JOB)
  } else {
    await queue.work<HoldSweepData>(HOLD_SWEEP_JOB, async (data) => {
      await sweepHolds(deps, queue, data.day)
    })
    await queue.work<HoldRemindersData>(HOLD_REMINDERS_JOB, async (data) => {
      await sendHoldReminders(deps, data.workspaceId)
    })
  }
  if (opts.start) {
    const today = todayOf(deps.clock.now())
    await queue.send<HoldSweepData>(HOLD_SWEEP_JOB, { workspaceId: '', day: today }, { id: holdSweepId(today) })
  }
}

/** One day's sweep: a reminders job per workspace, then tomorrow's sweep at 06:00 UTC (waited in real time, measured on the app's clock). */
export async function sweepHolds(deps: Deps, queue: JobQueue, day: string): Promise<number> {
  const ids = await allWorkspaceIds(deps.db)
  for (const workspaceId of ids) await queue.send<HoldRemindersData>(HOLD_REMINDERS_JOB, { workspaceId, day }, { id: holdRemindersId(workspaceId, day) })
  const tomorrow = nextDay(todayOf(deps.clock.now()) > day ? todayOf(deps.clock.now()) : day)
  const delayMs = Math.max(0, Date.parse(`${tomorrow}T0${SWEEP_HOUR_UTC}:00:00Z`) - deps.clock.now().getTime())
  await queue.send<HoldSweepData>(HOLD_SWEEP_JOB, { workspaceId: '', day: tomorrow }, { id: holdSweepId(tomorrow), startAfter: new Date(Date.now() + delayMs) })
  return ids.length
}

/**
 * Tells the writers of every song with a hold whose reminder is due today (on the app's clock, in
 * UTC days like every hold); returns how many inbox lines were written now (0 when run again).
 */
export async function sendHoldReminders(deps: Deps, workspaceId: string): Promise<number> {
  const today = todayOf(deps.clock.now())
  const works = (await listWorksWithWriters(deps.db, workspaceId)).filter((w) => w.writerPersonIds.length > 0)
  if (works.length === 0) return 0
  const rights = await loadRightsOfWorks(
    deps.db,
    workspaceId,
    works.map((w) => w.id),
  )
  const roles = await rolesOfPeople(deps.db, workspaceId, [...new Set(works.flatMap((w) => w.writerPersonIds))])
  let written = 0
  for (const work of works) {
    const told = work.writerPersonIds.filter((p) => mayBeToldOfHold(roles.get(p) ?? null))
    if (told.length === 0) continue
    for (const span of rights.get(work.id)!.spans) {
      if (span.to < span.from) continue // ended before it began (released first): never in force
      const stage = holdStage(span.to, today)
      if (!stage) continue
      // free and clear only when no other hold has the song now (an option that follows a hold, say)
      if (stage === 'free' && rights.get(work.id)!.spans.some((s) => s.from <= today && today <= s.to)) continue
      written += await tellPeople(deps, {
        workspaceId,
        kind: 'hold.ending',
        personIds: told,
        dedupeKey: `hold.ending:${span.hold.id}:${span.to}:${stage}`,
        title: holdTitle(stage, { workTitle: work.title, holder: span.hold.holder.name, endsOn: span.to }),
        link: `/songs/${work.id}`,
        actorPersonId: null,
        thing: `work:${work.id}:holds`,
        thingName: `the holds on “${work.title}”`,
        target: work.title,
      })
    }
  }
  return written
}
