import type { Db } from '../../db/client.ts'
import { findPeopleByEmail } from '../../db/queries/timelines.ts'
import type { Clock } from '../../domain/clock.ts'
import type { TravelPolicy } from '../../domain/travel-estimate.ts'
import { DomainError, NotFoundError } from '../../domain/errors.ts'
import { upcomingConflicts, type UpcomingConflict } from './list-conflicts.ts'

export interface ConflictsReport {
  workspace: string
  person: { id: string; name: string; email: string }
  conflicts: UpcomingConflict[]
}

/**
 * A person's upcoming conflicts, found by email: in the only workspace that has that email, or in
 * `workspaceSlug` when several do. The operator of the database sees blockout reasons.
 */
export async function personConflictsReport(
  db: Db,
  opts: { email: string; workspaceSlug?: string; clock: Clock; travel: TravelPolicy },
): Promise<ConflictsReport> {
  const found = (await findPeopleByEmail(db, opts.email)).filter((p) => !opts.workspaceSlug || p.workspaceSlug === opts.workspaceSlug)
  if (found.length === 0) throw new NotFoundError('person with email', opts.workspaceSlug ? `${opts.email} in workspace ${opts.workspaceSlug}` : opts.email)
  if (found.length > 1) {
    const slugs = [...new Set(found.map((p) => p.workspaceSlug))]
    const message =
      slugs.length > 1
        ? `${opts.email} is a person in several workspaces (${slugs.join(', ')}); choose one with --workspace.`
        : `${opts.email} belongs to several people in ${slugs[0]}; give each their own email.`
    throw new DomainError('validation', message, { errors: [{ path: '--workspace', message: 'required when the email is in several workspaces' }] })
  }
  const [person] = found as [(typeof found)[number]]
  const conflicts = await upcomingConflicts(db, {
    workspaceId: person.workspaceId,
    personId: person.personId,
    now: opts.clock.now(),
    travel: opts.travel,
    seesReasonOf: () => true,
  })
  return { workspace: person.workspaceSlug, person: { id: person.personId, name: person.name, email: opts.email }, conflicts }
}
