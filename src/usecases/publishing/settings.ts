import type { z } from 'zod'
import type { PublishingSettings, PublishingSettingsBodySchema } from '../../contract/publishing.ts'
import { getPublishingSettings as queryOne } from '../../db/queries/publishing.ts'
import { getOrganization } from '../../db/queries/organizations.ts'
import { insertPublishingSettings, updatePublishingSettings } from '../../db/writes/publishing.ts'
import { fieldError, StaleVersionError } from '../../domain/errors.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'

type Body = z.output<typeof PublishingSettingsBodySchema>

export async function getPublishingSettings(deps: Deps, actor: Actor): Promise<PublishingSettings> {
  return queryOne(deps.db, actor.workspaceId)
}

/** Who submits CWR for the workspace (a publisher organisation) and the sender code in file names. */
export async function savePublishingSettings(deps: Deps, actor: Actor, body: Body): Promise<PublishingSettings> {
  assertWritesAll(actor, 'workspace') // a setting of the whole workspace: owners and managers
  const ws = actor.workspaceId
  const now = deps.clock.now()
  const touched = await deps.db.transaction(async (tx) => {
    if (body.submitterId) {
      const org = await getOrganization(tx, ws, body.submitterId)
      if (!org) throw fieldError('submitterId', 'no such organisation in this workspace')
      if (org.kind !== 'publisher' && org.kind !== 'administrator')
        throw fieldError('submitterId', `this organisation is a ${org.kind}; the submitter is a publisher or administrator`)
    }
    const values = { submitterId: body.submitterId, senderCode: body.senderCode }
    if (body.version === 0) return (await insertPublishingSettings(tx, { workspaceId: ws, ...values, updatedAt: now })) ? 1 : 0
    return updatePublishingSettings(tx, ws, { ...values, updatedAt: now }, body.version)
  })
  const current = await queryOne(deps.db, ws)
  if (touched === 0) throw new StaleVersionError('publishing settings', current)
  return current
}
