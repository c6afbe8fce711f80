import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import {
  AnswerBodySchema,
  AnswerSchema,
  ApplyBodySchema,
  CreateProposalBodySchema,
  EditVersionBodySchema,
  ProposalListEntrySchema,
  ProposalSchema,
  RuleContextQuerySchema,
  SetlistDiffSchema,
  SetlistRuleContextSchema,
  SetlistSettingsBodySchema,
  SetlistSettingsSchema,
  SetlistVersionSchema,
} from '../../contract/setlists.ts'
import { PROPOSAL_STATUSES } from '../../domain/setlist.ts'
import { answerVersion } from '../../usecases/setlists/answer-version.ts'
import { applySetlist, getShowSetlist } from '../../usecases/setlists/apply-setlist.ts'
import { createProposal } from '../../usecases/setlists/create-proposal.ts'
import { diffVersions } from '../../usecases/setlists/diff-versions.ts'
import { editVersion } from '../../usecases/setlists/edit-version.ts'
import { getProposal, getVersion, listProposals } from '../../usecases/setlists/get-proposal.ts'
import { getRuleContext } from '../../usecases/setlists/rule-context.ts'
import { getSetlistSettings, saveSetlistSettings } from '../../usecases/setlists/setlist-settings.ts'
import { stageSetlist } from '../../usecases/setlists/stage-setlist.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const ProposalParams = WorkspaceParamsSchema.extend({ proposalId: IdSchema })
const VersionParams = WorkspaceParamsSchema.extend({ versionId: IdSchema })
const ActParams = WorkspaceParamsSchema.extend({ actId: IdSchema })
const ShowParams = WorkspaceParamsSchema.extend({ showId: IdSchema })
const ListQuery = z.object({ actId: IdSchema.optional(), status: z.enum(PROPOSAL_STATUSES).optional() })
const DiffQuery = z.object({ from: IdSchema.optional().describe("The version to compare with; defaults to this version's parent") })

export const setlistsRoutes = defineRoutes((app, ctx) => {
  const tags = ['setlists']
  app.get(
    '/setlists/proposals',
    {
      schema: {
        tags,
        summary: 'Set-list proposals, newest activity first, by act and status',
        querystring: ListQuery,
        response: { 200: z.array(ProposalListEntrySchema) },
      },
    },
    async (request) => listProposals(ctx.deps, actorOf(request), request.query),
  )
  app.post(
    '/setlists/proposals',
    {
      schema: {
        tags,
        summary: "Draft a set list and send it round (the act's members, touring musicians and managers)",
        body: CreateProposalBodySchema,
        response: { 201: ProposalSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createProposal(ctx.deps, actorOf(request), request.body)),
  )
  app.get(
    '/setlists/proposals/:proposalId',
    {
      schema: {
        tags,
        summary: 'A proposal: its versions, the latest timed and checked against the rules, its answers and consensus',
        params: ProposalParams,
        response: { 200: ProposalSchema },
      },
    },
    async (request) => getProposal(ctx.deps, actorOf(request), request.params.proposalId),
  )
  app.get(
    '/setlists/versions/:versionId',
    { schema: { tags, summary: 'One version, timed, checked and with its answers', params: VersionParams, response: { 200: SetlistVersionSchema } } },
    async (request) => getVersion(ctx.deps, actorOf(request), request.params.versionId),
  )
  app.put(
    '/setlists/versions/:versionId',
    {
      schema: {
        tags,
        summary: 'Edit a version nobody answered yet (its author only; send the revision you read, 409 with the current one when stale)',
        params: VersionParams,
        body: EditVersionBodySchema,
        response: { 200: SetlistVersionSchema },
      },
    },
    async (request) => editVersion(ctx.deps, actorOf(request), request.params.versionId, request.body),
  )
  app.post(
    '/setlists/versions/:versionId/answers',
    {
      schema: {
        tags,
        summary: 'Approve, amend, counter-propose, reject (with a reason) or comment on a version',
        params: VersionParams,
        body: AnswerBodySchema,
        response: { 201: AnswerSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await answerVersion(ctx.deps, actorOf(request), request.params.versionId, request.body)),
  )
  app.get(
    '/setlists/versions/:versionId/diff',
    {
      schema: {
        tags,
        summary: 'Songs added, removed and moved, and sections changed, from another version (default: the parent) to this one',
        params: VersionParams,
        querystring: DiffQuery,
        response: { 200: SetlistDiffSchema },
      },
    },
    async (request) =>
      diffVersions(ctx.deps, actorOf(request), { toVersionId: request.params.versionId, ...(request.query.from ? { fromVersionId: request.query.from } : {}) }),
  )
  app.get(
    '/setlists/versions/:versionId/stage',
    {
      schema: {
        tags,
        summary: 'The stage set list: a one-page PDF in large type (default), plain text or CSV',
        params: VersionParams,
        querystring: z.object({
          format: z.enum(['pdf', 'txt', 'csv']).default('pdf'),
          keys: z.enum(['true', 'false']).default('true'),
          notes: z.enum(['true', 'false']).default('true'),
        }),
        response: {
          200: {
            description: 'The sheet',
            content: { 'application/pdf': { schema: z.string() }, 'text/plain': { schema: z.string() }, 'text/csv': { schema: z.string() } },
          },
        },
      },
    },
    async (request, reply) => {
      const sheet = await stageSetlist(ctx.deps, actorOf(request), request.params.versionId, {
        format: request.query.format,
        showKeys: request.query.keys === 'true',
        showNotes: request.query.notes === 'true',
      })
      return reply
        .type(sheet.contentType)
        .header('content-disposition', `attachment; filename="${sheet.fileName}"`)
        .send(sheet.body as string) // a Buffer for PDF: Fastify sends strings and Buffers as they are
    },
  )
  app.get(
    '/acts/:actId/setlist-settings',
    { schema: { tags, summary: "An act's consensus rule and set-list rules", params: ActParams, response: { 200: SetlistSettingsSchema } } },
    async (request) => getSetlistSettings(ctx.deps, actorOf(request), request.params.actId),
  )
  app.put(
    '/acts/:actId/setlist-settings',
    {
      schema: {
        tags,
        summary: "Set an act's consensus rule and set-list rules (send the version once they exist)",
        params: ActParams,
        body: SetlistSettingsBodySchema,
        response: { 200: SetlistSettingsSchema },
      },
    },
    async (request) => saveSetlistSettings(ctx.deps, actorOf(request), request.params.actId, request.body),
  )
  app.get(
    '/acts/:actId/setlist-rule-context',
    {
      schema: {
        tags,
        summary:
          "What the act's set-list rules need to check a list for a target, as plain data (every recording's facts, the show's lineup and bill, the last tour's and same city's songs), so an editor can check the list as it changes",
        params: ActParams,
        querystring: RuleContextQuerySchema,
        response: { 200: SetlistRuleContextSchema },
      },
    },
    async (request) => getRuleContext(ctx.deps, actorOf(request), request.params.actId, { kind: request.query.targetKind, id: request.query.targetId }),
  )
  app.post(
    '/setlists/apply',
    {
      schema: {
        tags,
        summary: 'Apply an agreed version to a show, or to every show of a leg or tour',
        body: ApplyBodySchema,
        response: { 200: z.object({ applied: z.number().int() }) },
      },
    },
    async (request) => applySetlist(ctx.deps, actorOf(request), request.body),
  )
  app.get(
    '/shows/:showId/setlist',
    {
      schema: {
        tags,
        summary: "The set list applied to a show, with clock times from its set start in the venue's zone",
        params: ShowParams,
        response: { 200: SetlistVersionSchema },
      },
    },
    async (request) => getShowSetlist(ctx.deps, actorOf(request), request.params.showId),
  )
})
