import type { Home } from '../../contract/home.ts'
import type { AvailabilityAnswer } from '../../domain/availability-requests.ts'
import type { Deps } from '../deps.ts'
import { openRequestsOf } from './requests.ts'

const WAITING_MAX = 10

/** The open availability requests a person is asked in, for their home: the nearest deadline first, their answer so far beside each. */
export async function availabilityWaitingFor(deps: Deps, workspaceId: string, personId: string): Promise<Home['availability']> {
  const rows = await openRequestsOf(deps, workspaceId, personId, WAITING_MAX)
  return rows.map(({ request, answer }) => ({
    requestId: request.id,
    title: request.title,
    startDate: request.startDate,
    endDate: request.endDate,
    answerBy: request.answerBy,
    answer: (answer.answer as AvailabilityAnswer | null) ?? null,
    comment: answer.comment,
  }))
}
