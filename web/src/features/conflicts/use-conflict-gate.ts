import { useState } from 'react'
import { ApiProblem, isProblem } from '../../api/api-problem.ts'
import type { ConflictCheck, ConflictView } from '../../api/touring-api.ts'
import { conflictCount } from './conflict-words.ts'

interface ConflictGateOptions<TBody, TSaved> {
  check: (body: TBody) => Promise<ConflictCheck>
  save: (body: TBody) => Promise<TSaved>
}

/** The refusal the form shows at its top while the conflicts wait for a decision. */
export function conflictsPending(conflicts: readonly ConflictView[]): ApiProblem {
  return new ApiProblem({
    status: 409,
    code: 'booking-conflicts',
    title: 'Conflicts',
    detail: `Not saved yet: ${conflictCount(conflicts.length)}. Read ${conflicts.length === 1 ? 'it' : 'them'} above the Save button, then change the booking or save anyway.`,
  })
}

/**
 * Wraps a booking's save: first asks the API for the conflicts it would have; if there are any,
 * nothing is saved and they are kept for display until the user changes the booking or saves
 * anyway (`acknowledgeConflicts: true`, which the server records). A 409 from the save itself
 * (someone booked the same people in between) is checked again the same way.
 */
export function useConflictGate<TBody extends { acknowledgeConflicts?: boolean }, TSaved>({ check, save }: ConflictGateOptions<TBody, TSaved>) {
  const [conflicts, setConflicts] = useState<ConflictView[]>([])

  async function refuseIfConflicts(body: TBody): Promise<void> {
    const found = (await check({ ...body, acknowledgeConflicts: false })).conflicts
    if (found.length === 0) return
    setConflicts(found)
    throw conflictsPending(found)
  }

  async function gatedSave(body: TBody): Promise<TSaved> {
    if (!body.acknowledgeConflicts) await refuseIfConflicts(body)
    try {
      const saved = await save(body)
      setConflicts([])
      return saved
    } catch (error) {
      if (isProblem(error, 409) && !error.isStale && !body.acknowledgeConflicts) await refuseIfConflicts(body)
      throw error
    }
  }

  return { conflicts, save: gatedSave }
}
