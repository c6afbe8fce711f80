import { uuidv7 } from 'uuidv7'
import { actName, listActPeople } from '../../db/queries/acts.ts'
import { insertNotifications, rolesOfPeople } from '../../db/queries/notifications.ts'
import { showVisibilitiesOf, showVisibility } from '../../db/queries/shows.ts'
import { personNames } from '../../db/queries/people.ts'
import { getProposalRow, listAnswerRows, type ProposalRow } from '../../db/queries/setlists.ts'
import { lineupOfShows } from '../../db/queries/notify.ts'
import { isCurrentMembership } from '../../domain/consensus.ts'
import { mayBeTold, mayBeToldOfPlanner, notificationTitle, type SetlistAudience } from '../../domain/notifications.ts'
import { isPublic } from '../../domain/public-shows.ts'
import type { AnnouncementState, ShowStatus } from '../../domain/touring.ts'
import type { JobKind, JobQueue } from '../../jobs/job-queue.ts'
import type { Db } from '../../db/client.ts'
import type { Deps } from '../deps.ts'
import { votersFor } from '../setlists/consensus.ts'
import { mailNotice } from '../mail/notice-mail.ts'
import { pushNotice } from '../push/push-notice.ts'
import { setlistTargetName } from '../../db/queries/mail.ts'
import { BOOKING_NOTIFY_JOB, runBookingNotice, type BookingNotice } from './booking-notices.ts'

/** A set-list event to tell people about (ids only: the job reads the rest when it runs). */
export interface SetlistNotice {
  workspaceId: string
  kind: 'proposal.sent' | 'proposal.answered' | 'proposal.agreed' | 'setlist.applied'
  proposalId: string
  versionId: string
  /** Who did it: never told of their own act. */
  actorPersonId: string
  /** For an answer: which one and what kind (approve, amend, counter, reject, comment). */
  answerId?: string
  answerKind?: string
  /** For an answer: the author of the version answered. */
  versionAuthorPersonId?: string
  /** For an applied set list: the shows it is now the set list of (their lineups are told). */
  showIds?: string[]
  /** For an applied set list: what it was applied to, in the dedupe key (a show, a leg, a tour). */
  targetId?: string
}

/** A planner run that ended (done, infeasible, failed): whoever asked for it is told. */
export interface PlannerNotice {
  workspaceId: string
  kind: 'planner.ended'
  runId: string
  actId: string
  requestedBy: string
  status: string
}

/**
 * Notifications are written by jobs (ADR 029), off the request: a failing try is retried after 5, 10,
 * 20 … s, and the event's key makes a retry tell nobody twice.
 */
export const NOTIFY_JOB: JobKind = { name: 'notify', retryLimit: 5, retryDelaySeconds: 5, expireInSeconds: 120, concurrency: 1 }

/** Queues the notification of a planner run's end (the job that ran it calls this once it is kept). */
export async function tellAboutPlannerRun(deps: Deps, notice: PlannerNotice): Promise<void> {
  await deps.jobs?.send(NOTIFY_JOB, notice)
}

/** Queues the notifications of a set-list event (after the write has committed); without a queue (use-case tests), nothing. */
export async function tellAboutSetlist(deps: Deps, notice: SetlistNotice): Promise<void> {
  await deps.jobs?.send(NOTIFY_JOB, notice)
}

/** Works notify jobs on this instance (or only declares the queue on one that works none). */
export async function startNotificationJobs(deps: Deps, queue: JobQueue, opts: { work: boolean }): Promise<void> {
  if (!opts.work) {
    await queue.declare(BOOKING_NOTIFY_JOB)
    return queue.declare(NOTIFY_JOB)
  }
  await queue.work<BookingNotice>(BOOKING_NOTIFY_JOB, async (notice) => {
    await runBookingNotice(deps, notice)
  })
  await queue.work<SetlistNotice | PlannerNotice>(NOTIFY_JOB, async (notice) => {
    if (notice.kind === 'planner.ended') await writePlannerNotification(deps, notice)
    else await writeSetlistNotifications(deps, notice)
  })
}

/** Runs one planner notice: the person who asked, if their role still reads the planner; once per run. */
export async function writePlannerNotification(deps: Deps, notice: PlannerNotice): Promise<number> {
  const ws = notice.workspaceId
  const roles = await rolesOfPeople(deps.db, ws, [notice.requestedBy])
  if (!mayBeToldOfPlanner(roles.get(notice.requestedBy) ?? null)) return 0
  const act = (await actName(deps.db, ws, notice.actId)) ?? 'the act'
  const title = notificationTitle('planner.ended', { actorName: '', proposalTitle: '', actName: act, runStatus: notice.status })
  const written = await insertNotifications(deps.db, [
    {
      workspaceId: ws,
      id: uuidv7(),
      personId: notice.requestedBy,
      kind: 'planner.ended',
      dedupeKey: `planner.ended:${notice.runId}`,
      title,
      link: `/planner/${notice.actId}`,
      actorPersonId: null,
      createdAt: deps.clock.now(),
    },
  ])
  if (written > 0) await deps.events?.publish({ workspaceId: ws, kind: 'notification', runId: notice.runId })
  // by email too (ADR 033): the outbox's own key makes a retry mail nobody twice
  await mailNotice(deps, {
    workspaceId: ws,
    kind: 'planner.ended',
    personIds: [notice.requestedBy],
    dedupeKey: `planner.ended:${notice.runId}`,
    title,
    link: `/planner/${notice.actId}`,
    actorName: '',
    target: act,
    thing: `planner:${notice.actId}`,
    thingName: `the planner for ${act}`,
    runStatus: notice.status,
  })
  await pushNotice(deps, {
    workspaceId: ws,
    kind: 'planner.ended',
    personIds: [notice.requestedBy],
    dedupeKey: `planner.ended:${notice.runId}`,
    title,
    link: `/planner/${notice.actId}`,
  })
  return written
}

/** Runs one notify job: who is told, what they read, written once per person. */
export async function writeSetlistNotifications(deps: Deps, notice: SetlistNotice): Promise<number> {
  const db = deps.db
  const ws = notice.workspaceId
  const proposal = await getProposalRow(db, ws, notice.proposalId)
  if (!proposal) return 0 // deleted meanwhile: nothing to tell
  const now = deps.clock.now()
  const candidates = new Set(await recipientsOf(db, notice, proposal, now))
  candidates.delete(notice.actorPersonId)
  const roles = await rolesOfPeople(db, ws, [...candidates])
  const audience = notice.kind === 'setlist.applied' ? await audienceOfShows(db, ws, notice.showIds ?? [], now) : await audienceOf(db, proposal, now)
  const told = [...candidates].filter((personId) => mayBeTold(roles.get(personId) ?? null, audience))
  if (told.length === 0) return 0
  const names = await personNames(db, ws, [notice.actorPersonId])
  const actorName = names.get(notice.actorPersonId) ?? 'Someone'
  const act = (await actName(db, ws, proposal.actId)) ?? 'the act'
  const target = (await setlistTargetName(db, ws, proposal)) ?? act
  const title = notificationTitle(notice.kind, { actorName, proposalTitle: proposal.title, actName: act, answerKind: notice.answerKind, target })
  const dedupeKey =
    notice.kind === 'setlist.applied' ? `${notice.kind}:${notice.versionId}:${notice.targetId ?? ''}` : `${notice.kind}:${notice.answerId ?? notice.versionId}`
  const link = notice.kind === 'setlist.applied' && notice.showIds?.length === 1 ? `/shows/${notice.showIds[0]}` : `/setlists/${proposal.id}`
  const written = await insertNotifications(
    db,
    told.map((personId) => ({
      workspaceId: ws,
      id: uuidv7(),
      personId,
      kind: notice.kind,
      dedupeKey,
      title,
      link,
      actorPersonId: notice.actorPersonId,
      createdAt: now,
    })),
  )
  if (written > 0) await deps.events?.publish({ workspaceId: ws, kind: 'notification', proposalId: proposal.id })
  // by email too (ADR 033), to everyone told (not only those new now: the outbox's key makes a retry mail nobody twice)
  await mailNotice(deps, {
    workspaceId: ws,
    kind: notice.kind,
    personIds: told,
    dedupeKey,
    title,
    link,
    actorName,
    target,
    thing: `setlist:${proposal.id}`,
    thingName: `the ${target} set list`,
    answerKind: notice.answerKind,
  })
  await pushNotice(deps, { workspaceId: ws, kind: notice.kind, personIds: told, dedupeKey, title, link })
  return written
}

async function recipientsOf(db: Db, notice: SetlistNotice, proposal: ProposalRow, now: Date): Promise<string[]> {
  const today = now.toISOString().slice(0, 10)
  switch (notice.kind) {
    case 'proposal.sent':
      return (await votersFor(db, notice.workspaceId, proposal.actId, today)).voters.map((v) => v.personId)
    case 'proposal.answered': {
      const author = notice.versionAuthorPersonId ?? proposal.authorPersonId
      if (notice.answerKind !== 'amend' && notice.answerKind !== 'counter') return [author]
      // a new version replaces the one they approved: those who approved it hear that it changed
      const approvers = (await listAnswerRows(db, notice.workspaceId, [notice.versionId])).filter((a) => a.kind === 'approve').map((a) => a.personId)
      return [author, ...approvers]
    }
    case 'setlist.applied':
      return lineupOfShows(db, notice.workspaceId, notice.showIds ?? [])
    case 'proposal.agreed':
      return (await listActPeople(db, notice.workspaceId, proposal.actId)).filter((p) => isCurrentMembership(p.endDate, today)).map((p) => p.personId)
  }
}

/** Applied to shows: 'private' when any of them is not public now (its lineup hears only if their role reads every show). */
async function audienceOfShows(db: Db, workspaceId: string, showIds: string[], now: Date): Promise<SetlistAudience> {
  const wanted = new Set(showIds)
  const found = await showVisibilitiesOf(db, workspaceId, [...wanted])
  if (found.length < wanted.size) return 'private' // a show deleted meanwhile: tell only those who read every show
  const allPublic = found.every((show) =>
    isPublic({ status: show.status as ShowStatus, announcement: show.announcement as AnnouncementState, announceAt: show.announceAt }, now),
  )
  return allPublic ? 'public' : 'private'
}

/** A set list for no show or a public one is 'public'; for a private show, a leg or a tour it is the band's plan. */
async function audienceOf(db: Db, proposal: ProposalRow, now: Date): Promise<SetlistAudience> {
  if (proposal.showId) {
    const show = await showVisibility(db, proposal.workspaceId, proposal.showId)
    if (!show) return 'private'
    return isPublic({ status: show.status as ShowStatus, announcement: show.announcement as AnnouncementState, announceAt: show.announceAt }, now)
      ? 'public'
      : 'private'
  }
  return proposal.legId || proposal.tourId ? 'private' : 'public'
}
