/** Vocabulary of tours, shows and the calendar. */

export const SHOW_STATUSES = ['hold', 'offer', 'confirmed', 'cancelled', 'played'] as const
export type ShowStatus = (typeof SHOW_STATUSES)[number]

/** unannounced: nowhere public; embargoed: public from `announceAt` on, by itself; announced: public. */
export const ANNOUNCEMENT_STATES = ['unannounced', 'embargoed', 'announced'] as const
export type AnnouncementState = (typeof ANNOUNCEMENT_STATES)[number]

export const BILLING_ROLES = ['support', 'special-guest', 'co-headliner'] as const
export type BillingRole = (typeof BILLING_ROLES)[number]

export const COMMITMENT_KINDS = ['rehearsal', 'tv-shoot', 'promo-interview', 'songwriting', 'travel', 'day-off', 'other'] as const
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number]

export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/
