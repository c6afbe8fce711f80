import type { z } from 'zod'
import type { SettlementBodySchema, ShowSettlement } from '../../contract/settlements.ts'
import { insertSettlementIfAbsent, settlementOfShow, type StoredSettlement } from '../../db/queries/settlements.ts'
import { showSettlementRows } from '../../db/writes/documents.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors.ts'
import { grantOf } from '../../domain/permissions.ts'
import { settle, settlementIssues, type SettlementInput } from '../../domain/settlement.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'
import { finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof SettlementBodySchema>
type Terms = Omit<SettlementInput, 'currency'>

function view(showId: string, stored: StoredSettlement | null): ShowSettlement {
  if (!stored) return { showId, version: 0, terms: null, sheet: null }
  const terms = stored.terms as Terms
  const input: SettlementInput = { currency: stored.currency, ...terms }
  const { currency, grossMinor, taxesMinor, netMinor, expensesBeforeSplitMinor, expensesAfterSplitMinor, artistTakeMinor, promoterTakeMinor, lines } =
    settle(input)
  return {
    showId,
    version: stored.version,
    terms: input as ShowSettlement['terms'],
    sheet: { currency, grossMinor, taxesMinor, netMinor, expensesBeforeSplitMinor, expensesAfterSplitMinor, artistTakeMinor, promoterTakeMinor, lines },
  }
}

async function load(deps: Deps, workspaceId: string, showId: string): Promise<ShowSettlement | null> {
  const found = await settlementOfShow(deps.db, workspaceId, showId)
  return found && view(showId, found.settlement)
}

/** A show's settlement sheet, computed from its terms on every read; money: owners and managers only. */
export async function getShowSettlement(deps: Deps, actor: Actor, showId: string): Promise<ShowSettlement> {
  await readerOf(deps, actor, 'money')
  const found = await load(deps, actor.workspaceId, showId)
  if (!found) throw new NotFoundError('show', showId)
  return found
}

/**
 * Writes a show's settlement terms under its version (0: the first); every field is checked by the
 * domain before anything is written, so a bad one is a 400 naming it and nothing is stored.
 */
export async function saveShowSettlement(deps: Deps, actor: Actor, showId: string, body: Body): Promise<ShowSettlement> {
  if (grantOf(actor.role, 'money').write !== 'all') throw new ForbiddenError(`Your role (${actor.role}) may not change money in this workspace.`)
  const ws = actor.workspaceId
  const { version, currency, ...terms } = body
  const issues = settlementIssues({ currency, ...terms })
  if (issues.length) throw new ValidationError(issues)
  const updatedRows = await deps.db.transaction(async (tx) => {
    const found = await settlementOfShow(tx, ws, showId)
    if (!found) return 0
    const now = deps.clock.now()
    if (found.settlement === null)
      return version === 0 ? insertSettlementIfAbsent(tx, { workspaceId: ws, id: showId, version: 1, currency, terms, updatedAt: now }) : 0
    return showSettlementRows.update(tx, ws, showId, { currency, terms, updatedAt: now }, version)
  })
  return finishVersionedWrite({ kind: 'settlement', id: showId, updatedRows, load: () => load(deps, ws, showId) })
}
