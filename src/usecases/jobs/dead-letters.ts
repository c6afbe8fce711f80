import type { DeadLetter } from '../../contract/jobs.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

/**
 * The workspace's background jobs that failed their last try, newest first (use case: read the
 * dead letters). The permission table lets owners and managers read them (resource `jobs`); the
 * queue reads only the actor's workspace.
 */
export async function listDeadLetters(deps: Deps, queue: JobQueue, actor: Actor): Promise<DeadLetter[]> {
  await readerOf(deps, actor, 'jobs')
  return queue.deadLetters(actor.workspaceId)
}
