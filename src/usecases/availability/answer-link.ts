import { personName } from '../../db/queries/people.ts'
import { availabilityAnswerRows, getAvailabilityRequestRow } from '../../db/writes/availability-requests.ts'
import { datesLabel, isOpen, type AvailabilityAnswer } from '../../domain/availability-requests.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Deps } from '../deps.ts'
import { verifyAnswerToken } from './answer-token.ts'
import { answerAsPerson } from './requests.ts'

/** The pages of the answer link (ADR 042): the token is checked by answer-token.ts. */
export interface AnswerPage {
  personName: string
  title: string
  note: string
  dates: string
  answerBy: string
  open: boolean
  answer: AvailabilityAnswer | null
  comment: string
}

/** What the confirm page shows (GET): the request and the person's answer so far; nothing changes. */
export async function previewAnswerLink(deps: Deps, token: string): Promise<AnswerPage> {
  const s = await verifyAnswerToken(deps, token)
  const row = await getAvailabilityRequestRow(deps.db, s.workspaceId, s.requestId)
  const mine = (await availabilityAnswerRows(deps.db, s.workspaceId, [s.requestId])).find((a) => a.personId === s.personId)
  if (!row || !mine) throw new NotFoundError('answer link', 'this one')
  return {
    personName: (await personName(deps.db, s.workspaceId, s.personId)) ?? '',
    title: row.title,
    note: row.note,
    dates: datesLabel(row),
    answerBy: row.answerBy,
    open: isOpen(row, deps.clock.now()),
    answer: (mine.answer as AvailabilityAnswer | null) ?? null,
    comment: mine.comment,
  }
}

/** Records the answer of the link's person (POST): 409 once the request is closed. */
export async function answerByLink(deps: Deps, token: string, body: { answer: AvailabilityAnswer; comment: string }): Promise<AnswerPage> {
  const s = await verifyAnswerToken(deps, token)
  await answerAsPerson(deps, s.workspaceId, s.requestId, s.personId, body)
  return previewAnswerLink(deps, token)
}
