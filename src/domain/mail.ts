import { NOTIFICATION_KINDS, type NotificationKind } from './notifications.ts'

/**
 * Email (issue 14, ADR 033): which kinds of message go by email, a person's setting per kind and
 * channel, and the states of a message in the outbox. Pure: the use cases compose and sign.
 */
/** `batch`: several notifications in one message (a bundle, a digest, the end of quiet hours: ADR 041). */
export const MAIL_KINDS = [...NOTIFICATION_KINDS, 'invite', 'batch'] as const
export type MailKind = (typeof MAIL_KINDS)[number]

/** Kinds a person may turn off (an invite goes to an address, not to a person with settings). */
export const PREFERENCE_KINDS = NOTIFICATION_KINDS
export const CHANNELS = ['email', 'push'] as const
/** `immediately`, in the daily `digest`, or `off` (ADR 041). */
export const SETTINGS = ['immediately', 'digest', 'off'] as const
export type Setting = (typeof SETTINGS)[number]

/**
 * kept: no SMTP server configured, owners read it in the app; queued: waits for its job; sending: a
 * try has claimed it; sent: the server accepted it; failed: the last try failed, a retry follows (or
 * none, after the last one); bounced: the server refused the address for good (5xx); suppressed: the
 * address bounced before, so it is not tried.
 */
export const OUTBOX_STATES = ['kept', 'queued', 'sending', 'sent', 'failed', 'bounced', 'suppressed'] as const
export type OutboxState = (typeof OUTBOX_STATES)[number]

/** What the unsubscribe page calls each kind, in the band's words. */
export const KIND_LABELS: Record<MailKind, string> = {
  'proposal.sent': 'set lists sent round for your answer',
  'proposal.answered': 'answers to your set lists',
  'proposal.agreed': 'set lists agreed for your act',
  'planner.ended': 'planner runs you asked for',
  'show.changed': 'shows you play created, moved, re-timed or cancelled',
  'commitment.changed': 'your commitments created, moved, re-timed or cancelled',
  'conflict.new': 'new conflicts in your calendar',
  'hold.ending': 'holds on your songs ending',
  availability: 'availability requests',
  'setlist.applied': 'set lists applied to shows you play',
  invite: 'invites',
  batch: 'several notifications in one message',
}

/** The button of each kind's email: what the reader does next. */
export const MAIL_ACTIONS: Record<MailKind, string> = {
  'proposal.sent': 'Open the set list and answer',
  'proposal.answered': 'See the answer',
  'proposal.agreed': 'See the agreed set list',
  'planner.ended': 'See the planner run',
  'show.changed': 'See the show',
  'commitment.changed': 'See the commitment',
  'conflict.new': 'See the conflict',
  'hold.ending': 'See the holds',
  availability: 'Answer: yes, maybe or no',
  'setlist.applied': 'See the set list',
  invite: 'Open the invite',
  batch: 'Open your inbox',
}

/** The sentence under a notification's heading: why this person is told. */
export const NOTICE_LINES: Record<NotificationKind, string> = {
  'proposal.sent': 'Approve it, amend it or make a counter-proposal: the set list is agreed when the act’s rule is met.',
  'proposal.answered': 'Their answer is on the set list, with any changes they made.',
  'proposal.agreed': 'This is the set list the act has agreed on.',
  'planner.ended': 'The run you asked for has ended.',
  'show.changed': 'You are on this show’s lineup. Times are the venue’s.',
  'commitment.changed': 'You are on this commitment. Times are the place’s.',
  'conflict.new': 'Two things now ask for the same person at the same time: the conflict was acknowledged when it was saved.',
  'hold.ending': 'You are a writer of this song. When the hold ends, the song is free to pitch again.',
  availability: 'Say whether you can do it: yes, maybe or no, with a comment.',
  'setlist.applied': 'You are on this show’s lineup: this is the set list you will play.',
}

/** A reply from an SMTP server that means the address will never work (RFC 5321: 5yz), as opposed to a try again later (4yz, no answer). */
export function isPermanentRefusal(responseCode: number | undefined): boolean {
  return responseCode !== undefined && responseCode >= 500 && responseCode < 600
}

/** A subject line that says what happened and to what, short enough for a phone's inbox. */
export function mailSubject(
  kind: MailKind,
  p: { actorName: string; target: string; answerKind?: string; runStatus?: string; workspaceName?: string; title?: string },
): string {
  switch (kind) {
    case 'show.changed':
    case 'commitment.changed':
    case 'conflict.new':
    case 'hold.ending':
    case 'batch':
      return p.title ?? p.target
    case 'proposal.sent':
      return `Set list for ${p.target} sent round`
    case 'proposal.answered':
      return `${p.actorName} ${ANSWER_VERBS[p.answerKind ?? 'comment'] ?? 'answered'} your set list for ${p.target}`
    case 'proposal.agreed':
      return `Set list for ${p.target} agreed`
    case 'setlist.applied':
      return `The set list for ${p.target} is set`
    case 'planner.ended':
      return p.runStatus === 'done'
        ? `Planner: set lists suggested for ${p.target}`
        : p.runStatus === 'infeasible'
          ? `Planner: no set list for ${p.target} keeps every rule`
          : `Planner: the run for ${p.target} failed`
    case 'availability':
      return `Can you do ${p.target}?`
    case 'invite':
      return `You are invited to ${p.workspaceName ?? 'a workspace'} on Greenroom`
  }
}

const ANSWER_VERBS: Record<string, string> = {
  approve: 'approved',
  amend: 'amended',
  counter: 'made a counter-proposal to',
  reject: 'rejected',
  comment: 'commented on',
}
