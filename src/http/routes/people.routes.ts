import { z } from 'zod'
import { ListQuerySchema, IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { PersonBodySchema, PersonSchema, UpdatePersonBodySchema } from '../../contract/people.ts'
import { getPerson, listPeople } from '../../usecases/people/list-people.ts'
import { createPerson, deletePerson, updatePerson } from '../../usecases/people/save-person.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ personId: IdSchema })

export const peopleRoutes = defineRoutes((app, ctx) => {
  const tags = ['people']
  app.get(
    '/people',
    { schema: { tags, summary: 'People, with their memberships across acts', querystring: ListQuerySchema, response: { 200: z.array(PersonSchema) } } },
    async (request) => listPeople(ctx.deps, actorOf(request), request.query.q),
  )
  app.post(
    '/people',
    { schema: { tags, summary: 'Add a person (with or without an account)', body: PersonBodySchema, response: { 201: PersonSchema } } },
    async (request, reply) => reply.code(201).send(await createPerson(ctx.deps, actorOf(request), request.body)),
  )
  app.get('/people/:personId', { schema: { tags, summary: 'One person', params: Params, response: { 200: PersonSchema } } }, async (request) =>
    getPerson(ctx.deps, actorOf(request), request.params.personId),
  )
  app.put(
    '/people/:personId',
    { schema: { tags, summary: 'Edit a person (send the version you read)', params: Params, body: UpdatePersonBodySchema, response: { 200: PersonSchema } } },
    async (request) => updatePerson(ctx.deps, actorOf(request), request.params.personId, request.body),
  )
  app.delete(
    '/people/:personId',
    { schema: { tags, summary: 'Remove a person who is not credited anywhere', params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deletePerson(ctx.deps, actorOf(request), request.params.personId)
      return reply.code(204).send(null)
    },
  )
})
