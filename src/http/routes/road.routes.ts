import { z } from 'zod'
import { FullDateSchema, IdSchema, WorkspaceParamsSchema, lineText } from '../../contract/common.ts'
import {
  ApplyTemplateBodySchema,
  ApplyTemplateResultSchema,
  DayBodySchema,
  DayListEntrySchema,
  DaySchema,
  DaySheetSchema,
  ScheduleItemBodySchema,
  ScheduleItemSchema,
  ScheduleTemplateBodySchema,
  ScheduleTemplateSchema,
  TourDaysSchema,
  UpdateDayBodySchema,
  UpdateScheduleItemBodySchema,
  UpdateScheduleTemplateBodySchema,
} from '../../contract/road.ts'
import { getDaySheet, myDaySheets } from '../../usecases/road/day-sheet.ts'
import { daySheetPdf, tourBookPdf } from '../../usecases/road/road-pdfs.ts'
import { createDay, deleteDay, getDay, listDays, tourDays, updateDay } from '../../usecases/road/days.ts'
import { createItem, deleteItem, updateItem } from '../../usecases/road/items.ts'
import { applyTemplate, createTemplate, listTemplates, updateTemplate } from '../../usecases/road/templates.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const DayParams = WorkspaceParamsSchema.extend({ dayId: IdSchema })
const ItemParams = DayParams.extend({ itemId: IdSchema })
const TourParams = WorkspaceParamsSchema.extend({ tourId: IdSchema })
const TemplateParams = WorkspaceParamsSchema.extend({ templateId: IdSchema })
const ListQuery = z.object({
  actId: IdSchema.optional(),
  tourId: IdSchema.optional(),
  from: FullDateSchema.optional().describe('First local date, inclusive'),
  to: FullDateSchema.optional().describe('Last local date, inclusive'),
})
const Zone = lineText(64).optional().describe('My own IANA zone (the phone’s): each line’s start on my clock beside the day’s when they differ')
const SheetQuery = z.object({ personId: IdSchema.optional().describe('Whose day (managers); by default mine'), zone: Zone })
const SheetsQuery = z.object({
  from: FullDateSchema.optional().describe('By default yesterday on the server’s clock'),
  days: z.coerce.number().int().min(1).max(31).optional().describe('How many days from `from` (default 7)'),
  zone: Zone,
})

export const roadRoutes = defineRoutes((app, ctx) => {
  const tags = ['road']
  app.get(
    '/tours/:tourId/days',
    {
      schema: {
        tags,
        summary: 'Every date of a tour or one leg: stored days, show days derived from the shows, and the gaps between',
        params: TourParams,
        querystring: z.object({ legId: IdSchema.optional() }),
        response: { 200: TourDaysSchema },
      },
    },
    async (request) => tourDays(ctx.deps, actorOf(request), request.params.tourId, request.query.legId),
  )
  app.get(
    '/tours/:tourId/book.pdf',
    {
      schema: {
        tags,
        summary: 'The tour book of a tour or one leg as a PDF: a page per day, each the reader’s day sheet (schedule, travel, hotel, show, contacts)',
        params: TourParams,
        querystring: SheetQuery.extend({ legId: IdSchema.optional() }),
        response: { 200: { description: 'The tour book', content: { 'application/pdf': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const file = await tourBookPdf(ctx.deps, actorOf(request), request.params.tourId, request.query)
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body as unknown as string) // a Buffer: Fastify sends it as it is
    },
  )
  app.get(
    '/days',
    { schema: { tags, summary: 'Stored days by date', querystring: ListQuery, response: { 200: z.array(DayListEntrySchema) } } },
    async (request) => listDays(ctx.deps, actorOf(request), request.query),
  )
  app.post(
    '/days',
    {
      schema: {
        tags,
        summary: 'Add a day (show, travel, off, promo, rehearsal, tv) with its city and zone',
        body: DayBodySchema,
        response: { 201: DaySchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createDay(ctx.deps, actorOf(request), request.body)),
  )
  app.get(
    '/days/:dayId',
    { schema: { tags, summary: 'One day with its schedule in the day’s order', params: DayParams, response: { 200: DaySchema } } },
    async (request) => getDay(ctx.deps, actorOf(request), request.params.dayId),
  )
  app.put(
    '/days/:dayId',
    { schema: { tags, summary: 'Edit a day (send the version you read)', params: DayParams, body: UpdateDayBodySchema, response: { 200: DaySchema } } },
    async (request) => updateDay(ctx.deps, actorOf(request), request.params.dayId, request.body),
  )
  app.delete(
    '/days/:dayId',
    { schema: { tags, summary: 'Remove a day and its schedule', params: DayParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteDay(ctx.deps, actorOf(request), request.params.dayId)
      return reply.code(204).send(null)
    },
  )
  app.get(
    '/days/:dayId/sheet',
    {
      schema: {
        tags,
        summary: 'The day sheet: my day (only the lines that reach me), on the day’s clock and mine',
        params: DayParams,
        querystring: SheetQuery,
        response: { 200: DaySheetSchema },
      },
    },
    async (request) => getDaySheet(ctx.deps, actorOf(request), request.params.dayId, request.query),
  )
  app.get(
    '/days/:dayId/sheet.pdf',
    {
      schema: {
        tags,
        summary: 'The day sheet as a one-page PDF: exactly what the day sheet shows its reader, in any script',
        params: DayParams,
        querystring: SheetQuery,
        response: { 200: { description: 'The day sheet', content: { 'application/pdf': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const file = await daySheetPdf(ctx.deps, actorOf(request), request.params.dayId, request.query)
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body as unknown as string) // a Buffer: Fastify sends it as it is
    },
  )
  app.post(
    '/days/:dayId/items',
    { schema: { tags, summary: 'Add a line to a day’s schedule', params: DayParams, body: ScheduleItemBodySchema, response: { 201: ScheduleItemSchema } } },
    async (request, reply) => reply.code(201).send(await createItem(ctx.deps, actorOf(request), request.params.dayId, request.body)),
  )
  app.put(
    '/days/:dayId/items/:itemId',
    {
      schema: {
        tags,
        summary: 'Edit a line (send the version you read)',
        params: ItemParams,
        body: UpdateScheduleItemBodySchema,
        response: { 200: ScheduleItemSchema },
      },
    },
    async (request) => updateItem(ctx.deps, actorOf(request), request.params.dayId, request.params.itemId, request.body),
  )
  app.delete(
    '/days/:dayId/items/:itemId',
    { schema: { tags, summary: 'Remove a line', params: ItemParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteItem(ctx.deps, actorOf(request), request.params.dayId, request.params.itemId)
      return reply.code(204).send(null)
    },
  )
  app.post(
    '/days/:dayId/apply-template',
    {
      schema: {
        tags,
        summary: 'Apply a default schedule to a day, from its show’s times',
        params: DayParams,
        body: ApplyTemplateBodySchema,
        response: { 200: ApplyTemplateResultSchema },
      },
    },
    async (request) => applyTemplate(ctx.deps, actorOf(request), request.params.dayId, request.body),
  )
  app.get(
    '/day-sheets',
    {
      schema: {
        tags,
        summary: 'My day sheets for the next days (what the phone keeps offline)',
        querystring: SheetsQuery,
        response: { 200: z.array(DaySheetSchema) },
      },
    },
    async (request) => myDaySheets(ctx.deps, actorOf(request), request.query),
  )
  app.get('/schedule-templates', { schema: { tags, summary: 'Default schedules', response: { 200: z.array(ScheduleTemplateSchema) } } }, async (request) =>
    listTemplates(ctx.deps, actorOf(request)),
  )
  app.post(
    '/schedule-templates',
    { schema: { tags, summary: 'Add a default schedule', body: ScheduleTemplateBodySchema, response: { 201: ScheduleTemplateSchema } } },
    async (request, reply) => reply.code(201).send(await createTemplate(ctx.deps, actorOf(request), request.body)),
  )
  app.put(
    '/schedule-templates/:templateId',
    {
      schema: {
        tags,
        summary: 'Edit a default schedule (send the version you read)',
        params: TemplateParams,
        body: UpdateScheduleTemplateBodySchema,
        response: { 200: ScheduleTemplateSchema },
      },
    },
    async (request) => updateTemplate(ctx.deps, actorOf(request), request.params.templateId, request.body),
  )
})
