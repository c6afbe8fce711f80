import type { Preferences, SetPreferencesBody } from '../../contract/mail.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { bouncesOfPerson, preferencesOf, setPreference } from '../../db/queries/mail.ts'
import { ConflictError } from '../../domain/errors.ts'
import { CHANNELS, PREFERENCE_KINDS, type Setting } from '../../domain/mail.ts'
type PreferenceKind = (typeof PREFERENCE_KINDS)[number]
import type { Actor, Deps } from '../deps.ts'
import { saveDeliverySettings, waitingFor } from '../../db/queries/notify.ts'
import { defaultProfile } from '../../domain/notification-delivery.ts'
import { profilesOf } from './notice-mail.ts'

/** The signed-in person's own settings (resource `notifications`, `own` for every role): every kind on every channel. */
export async function myPreferences(deps: Deps, actor: Actor): Promise<Preferences> {
  const personId = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  const saved = personId ? await preferencesOf(deps.db, actor.workspaceId, personId) : []
  const setting = (kind: string, channel: string): Setting => {
    const stored = (saved.find((p) => p.kind === kind && p.channel === channel)?.setting as Setting | undefined) ?? 'immediately'
    // push has no digest (ADR 047): a row saved before it was refused reads as what it does
    return channel === 'push' && stored === 'digest' ? 'immediately' : stored
  }
  return {
    preferences: PREFERENCE_KINDS.flatMap((kind) => CHANNELS.map((channel) => ({ kind, channel, setting: setting(kind, channel) }))),
    delivery: personId ? (await profilesOf(deps.db, actor.workspaceId, [personId])).get(personId)! : defaultProfile(null),
    waiting: personId
      ? (await waitingFor(deps.db, actor.workspaceId, personId)).map((w) => ({
          kind: w.kind as PreferenceKind,
          title: w.title,
          dueAt: w.dueAt.toISOString(),
          reason: w.reason as 'digest' | 'quiet' | 'bundle',
        }))
      : [],
    bouncedAddresses: personId ? (await bouncesOfPerson(deps.db, actor.workspaceId, personId)).map((b) => b.address) : [],
  }
}

export async function setMyPreferences(deps: Deps, actor: Actor, body: SetPreferencesBody): Promise<Preferences> {
  const personId = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  if (!personId) throw new ConflictError('Your account has no person record in this workspace, so there is nothing to tell you.')
  const now = deps.clock.now()
  await deps.db.transaction(async (tx) => {
    for (const p of body.preferences)
      await setPreference(tx, { workspaceId: actor.workspaceId, personId, kind: p.kind, channel: p.channel, setting: p.setting, updatedAt: now })
    const d = body.delivery
    if (d)
      await saveDeliverySettings(tx, {
        workspaceId: actor.workspaceId,
        personId,
        zone: d.zone,
        digestTime: d.digestTime,
        quietStart: d.quietHours?.start ?? null,
        quietEnd: d.quietHours?.end ?? null,
        updatedAt: now,
      })
  })
  return myPreferences(deps, actor)
}
