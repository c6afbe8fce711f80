import { z } from 'zod'
import { IdSchema, NameSchema, VersionSchema, lineText, multiLineText, nameText } from './common.ts'
import { PITCH_CLASSES } from '../domain/catalog.ts'
import {
  ANSWER_KINDS,
  CONSENSUS_RULES,
  ENTRY_TYPES,
  OTHER_KINDS,
  PROPOSAL_STATUSES,
  PROPOSAL_TARGETS,
  SECTION_KINDS,
  SETLIST_MAX_ENTRIES,
  VERSION_KINDS,
  type RuleViolation,
  type SetlistDiff,
  type SetlistEntry,
  type SetlistRules,
} from '../domain/setlist.ts'

export type { RuleViolation, SetlistDiff, SetlistEntry, SetlistRules }

/** One entry of a set list (domain/setlist.ts `SetlistEntry`). */
export const SetlistEntrySchema = z.object({
  id: lineText(64).min(1),
  type: z.enum(ENTRY_TYPES),
  /** song */
  recordingId: IdSchema.nullable().optional(),
  title: nameText(200).nullable().optional().describe('Song title when not from the repertoire (covers, imports), or the label of a section or other entry'),
  cover: z
    .object({ artist: nameText(200).min(1), mbid: lineText(64).nullable().optional() })
    .nullable()
    .optional(),
  guests: z.array(nameText(200).min(1)).max(10).optional().describe('e.g. ["Victoria Justice"]'),
  keyOverride: z.enum(PITCH_CLASSES).nullable().optional(),
  arrangement: lineText(200).nullable().optional().describe('e.g. "acoustic", "extended outro"'),
  /** A segue into the next song (setlist.fm ">" / "->"). */
  segue: z.enum(['', '>', '->']).optional(),
  /** section */
  section: z.enum(SECTION_KINDS).nullable().optional(),
  /** other */
  otherKind: z.enum(OTHER_KINDS).nullable().optional(),
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(4 * 3600)
    .nullable()
    .optional()
    .describe("For non-song entries, and for songs without a recording (covers, title-only); a recording's own duration wins"),
  notes: multiLineText(2000).optional(),
}) satisfies z.ZodType<SetlistEntry>

export const EntriesSchema = z.array(SetlistEntrySchema).max(SETLIST_MAX_ENTRIES)

export const CreateProposalBodySchema = z.object({
  actId: IdSchema,
  title: NameSchema,
  targetKind: z.enum(PROPOSAL_TARGETS).default('none'),
  targetId: IdSchema.nullable().optional().describe('The show, leg or tour the set list is for'),
  basedOnVersionId: IdSchema.nullable().optional().describe('A counter-proposal or a new draft may start from any version'),
  note: multiLineText(2000).optional(),
  entries: EntriesSchema,
})
export type CreateProposalBody = z.input<typeof CreateProposalBodySchema>

/** Edit a version that nobody has answered yet (its author only); `revision` guards concurrent edits. */
export const EditVersionBodySchema = z.object({ entries: EntriesSchema, note: multiLineText(2000).optional(), revision: VersionSchema })

export const AnswerBodySchema = z.object({
  kind: z.enum(ANSWER_KINDS),
  text: multiLineText(2000).optional().describe('The reason (required to reject) or the comment'),
  entryId: lineText(64).nullable().optional().describe('Comment on one entry'),
  entries: EntriesSchema.optional().describe('amend: the amended list (a new version of the same proposal); counter: the new proposal list'),
  title: nameText(200).optional().describe('counter: the new proposal title'),
  revision: VersionSchema.optional().describe(
    "The version's revision you read: when it has been edited since, 409 with the current version. An amendment also gets 409 (with the latest version, to merge with) when the version is no longer the proposal's latest",
  ),
})
export type AnswerBody = z.input<typeof AnswerBodySchema>

export const AnswerSchema = z.object({
  id: IdSchema,
  versionId: IdSchema,
  personId: IdSchema,
  personName: z.string(),
  kind: z.enum(ANSWER_KINDS),
  text: z.string(),
  entryId: z.string().nullable(),
  resultVersionId: IdSchema.nullable(),
  resultProposalId: IdSchema.nullable(),
  createdAt: z.string(),
})
export type Answer = z.infer<typeof AnswerSchema>

export const RuleViolationSchema = z.object({
  rule: z
    .string()
    .describe('The rule id, e.g. duration-window, new-songs, acoustic-section, guest-billed, singer-run, differ-from-last-tour, same-city-repeat'),
  message: z.string(),
  entryIds: z.array(z.string()).describe('Entries the violation points at (empty for the list as a whole)'),
}) satisfies z.ZodType<RuleViolation>

export const TimedEntrySchema = SetlistEntrySchema.extend({
  displayTitle: z.string(),
  effectiveSeconds: z.number().int().nullable(),
  startOffsetSeconds: z.number().int().describe('From the set start'),
  clockTime: z.string().nullable().describe("HH:MM in the venue's zone when the version is for a show with a set start"),
})

export const VersionSchema_ = z.object({
  id: IdSchema,
  proposalId: IdSchema,
  number: z.number().int(),
  parentVersionId: IdSchema.nullable(),
  authorPersonId: IdSchema,
  authorName: z.string(),
  kind: z.enum(VERSION_KINDS),
  note: z.string(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  entries: z.array(TimedEntrySchema),
  runningSeconds: z.number().int(),
  violations: z.array(RuleViolationSchema),
  answers: z.array(AnswerSchema),
  isEditable: z.boolean().describe('Not answered yet; only its author may edit it'),
})
export { VersionSchema_ as SetlistVersionSchema }
export type SetlistVersion = z.infer<typeof VersionSchema_>

export const ConsensusSchema = z.object({
  rule: z.enum(CONSENSUS_RULES),
  voters: z.array(z.object({ personId: IdSchema, name: z.string(), answer: z.enum(ANSWER_KINDS).nullable(), at: z.string().nullable() })),
  approvals: z.number().int(),
  needed: z.number().int(),
  isMet: z.boolean(),
})

export const ProposalSchema = z.object({
  id: IdSchema,
  actId: IdSchema,
  actName: z.string(),
  title: z.string(),
  targetKind: z.enum(PROPOSAL_TARGETS),
  targetId: IdSchema.nullable(),
  targetLabel: z.string().nullable(),
  authorPersonId: IdSchema,
  authorName: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  basedOnVersionId: IdSchema.nullable(),
  agreedVersionId: IdSchema.nullable(),
  agreedAt: z.string().nullable(),
  createdAt: z.string(),
  versions: z.array(z.object({ id: IdSchema, number: z.number().int(), kind: z.enum(VERSION_KINDS), authorName: z.string(), createdAt: z.string() })),
  latestVersion: VersionSchema_,
  consensus: ConsensusSchema.describe('For the latest version'),
})
export type Proposal = z.infer<typeof ProposalSchema>

export const ProposalListEntrySchema = z.object({
  id: IdSchema,
  actId: IdSchema,
  actName: z.string(),
  title: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  authorName: z.string(),
  targetKind: z.enum(PROPOSAL_TARGETS),
  targetLabel: z.string().nullable(),
  versionCount: z.number().int(),
  updatedAt: z.string(),
})

/** Songs added, removed and moved, and sections changed, between two versions. */
export const SetlistDiffSchema = z.object({
  added: z.array(z.object({ key: z.string(), title: z.string(), toIndex: z.number().int() })),
  removed: z.array(z.object({ key: z.string(), title: z.string(), fromIndex: z.number().int() })),
  moved: z.array(z.object({ key: z.string(), title: z.string(), fromIndex: z.number().int(), toIndex: z.number().int() })),
  sectionsChanged: z.array(z.object({ key: z.string(), title: z.string(), fromSection: z.string().nullable(), toSection: z.string().nullable() })),
  changed: z.array(z.object({ key: z.string(), title: z.string(), fields: z.array(z.string()) })).describe('Same song, other notes/key/guests/arrangement'),
}) satisfies z.ZodType<SetlistDiff>

export const SetlistRulesSchema = z.object({
  durationWindow: z
    .object({ minSeconds: z.number().int().min(0), maxSeconds: z.number().int().min(0) })
    .nullable()
    .optional(),
  newSongs: z
    .object({
      count: z.number().int().min(0),
      mode: z.enum(['exactly', 'at-least']),
      sinceDate: lineText(32).describe('Songs first released on/after this date count as new'),
    })
    .nullable()
    .optional(),
  acousticSection: z
    .object({ playerRole: lineText(60).default('acoustic-guitar'), midSet: z.boolean().default(true) })
    .nullable()
    .optional(),
  guestSongsNeedBilledGuest: z.boolean().default(true),
  maxLeadRun: z.number().int().min(1).nullable().optional().describe('A lead singer sings at most this many songs in a row'),
  differFromLastTourPct: z.number().min(0).max(100).nullable().optional(),
  maxSameCityRepeatPct: z.number().min(0).max(100).nullable().optional(),
}) satisfies z.ZodType<SetlistRules>

/** The version of settings an act may never have saved: 0 (or none) creates them, as shown with their defaults; a stale one is refused with 409. */
export const SettingsVersionSchema = z
  .number()
  .int()
  .min(0)
  .describe('The version you read: 0 (or none) while the act has not saved these settings; once saved, the current version. A stale one is refused with 409')

export const SetlistSettingsBodySchema = z.object({
  consensus: z.enum(CONSENSUS_RULES),
  deciderPersonIds: z.array(IdSchema).max(50).default([]),
  countTouringMusicians: z.boolean().default(false),
  rules: SetlistRulesSchema,
  version: SettingsVersionSchema.optional(),
})
export const SetlistSettingsSchema = z.object({
  actId: IdSchema,
  consensus: z.enum(CONSENSUS_RULES),
  deciderPersonIds: z.array(IdSchema),
  countTouringMusicians: z.boolean(),
  rules: SetlistRulesSchema,
  version: z.number().int(),
})

export const ApplyBodySchema = z.object({
  versionId: IdSchema.describe('An agreed version'),
  targetKind: z.enum(['show', 'leg', 'tour']),
  targetId: IdSchema,
})

/**
 * What the set-list rules need to check a list for an act and its target, as plain data: the web
 * editor runs the same rule engine (src/domain/setlist-rules) on it while the list changes, also
 * offline once fetched. Songs are every recording of the act's repertoire.
 */
export const SetlistRuleContextSchema = z.object({
  actId: IdSchema,
  targetKind: z.enum(PROPOSAL_TARGETS),
  targetId: IdSchema.nullable(),
  rules: SetlistRulesSchema,
  ruleIds: z.array(z.string()).describe('The rules to check: the lineup and bill rules only when the list is for one show'),
  songs: z.array(
    z.object({
      recordingId: IdSchema,
      title: z.string(),
      durationSeconds: z.number().nullable(),
      releasedOn: z.string().nullable().describe('Earliest release, possibly partial'),
      leadPersonIds: z.array(IdSchema),
      needs: z.array(z.string()),
    }),
  ),
  lineupRoles: z.array(z.string()),
  billedGuests: z.array(z.string()),
  lastTourSongKeys: z.array(z.string()).nullable(),
  lastSameCitySongKeys: z.array(z.string()).nullable(),
  personNames: z.array(z.object({ personId: IdSchema, name: z.string() })),
})
export type SetlistRuleContext = z.infer<typeof SetlistRuleContextSchema>

export const RuleContextQuerySchema = z.object({
  targetKind: z.enum(PROPOSAL_TARGETS).default('none'),
  targetId: IdSchema.optional().describe('The show, leg or tour the list is for'),
})
