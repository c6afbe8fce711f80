import type { z } from 'zod'
import { SettlementTermsSchema, type MoneySettings, type SettlementBodySchema, type ShowSettlement, type TourMoney } from '../../contract/settlements.ts'
import {
  insertSettlementIfAbsent,
  moneySettingsOfAct,
  personSeesDealOfShow,
  setSettlementApproval,
  setTourHomeCurrency,
  settlementOfShow,
  settlementsOfTour,
  tourMoney,
  writeMoneySettings,
  type SettledShow,
  type StoredSettlement,
} from '../../db/queries/settlements.ts'
import { showSettlementRows } from '../../db/writes/documents.ts'
import { currencyProblem } from '../../domain/currency.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors.ts'
import { grantOf } from '../../domain/permissions.ts'
import { convertMinor, settle, settlementIssues, type Settlement, type SettlementInput } from '../../domain/settlement.ts'
import type { Actor, Deps } from '../deps.ts'
import { fileSlug } from '../publishing/split-sheet.ts'
import { readerOf } from '../read-access.ts'
import { finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof SettlementBodySchema>

/** The stored terms read through the contract, so a row written before a field existed gets its default. */
export function inputOf(stored: { currency: string; terms: unknown }): SettlementInput {
  return SettlementTermsSchema.parse({ ...(stored.terms as object), currency: stored.currency })
}

function sheetOf(s: Settlement): NonNullable<ShowSettlement['sheet']> {
  return {
    currency: s.currency,
    grossMinor: s.grossMinor,
    taxesMinor: s.taxesMinor,
    netMinor: s.netMinor,
    expensesBeforeSplitMinor: s.expensesBeforeSplitMinor,
    expensesAfterSplitMinor: s.expensesAfterSplitMinor,
    artistTakeMinor: s.artistTakeMinor,
    promoterTakeMinor: s.promoterTakeMinor,
    adjustmentsMinor: s.adjustmentsMinor,
    merchGrossMinor: s.merchGrossMinor,
    merchVenueFeesMinor: s.merchVenueFeesMinor,
    merchArtistMinor: s.merchArtistMinor,
    depositsPaidMinor: s.depositsPaidMinor,
    balanceDueMinor: s.balanceDueMinor,
    artistTotalMinor: s.artistTotalMinor,
    lines: s.lines,
  }
}

function view(show: SettledShow, stored: StoredSettlement | null): ShowSettlement {
  const about = { actName: show.actName, localDate: show.localDate, venueName: show.venueName, city: show.city }
  if (!stored) return { showId: show.id, version: 0, show: about, deal: null, approval: null, terms: null, sheet: null }
  const input = inputOf(stored)
  return {
    showId: show.id,
    version: stored.version,
    show: about,
    deal: { currency: input.currency, deal: input.deal },
    approval: stored.approvedAt && stored.approvedBy ? { approvedAt: stored.approvedAt.toISOString(), approvedBy: stored.approvedBy } : null,
    terms: input as ShowSettlement['terms'],
    sheet: sheetOf(settle(input)),
  }
}

async function load(deps: Deps, workspaceId: string, showId: string): Promise<ShowSettlement | null> {
  const found = await settlementOfShow(deps.db, workspaceId, showId)
  return found && view(found.show, found.settlement)
}

function assertWrites(actor: Actor): void {
  if (grantOf(actor.role, 'money').write !== 'all') throw new ForbiddenError(`Your role (${actor.role}) may not change money in this workspace.`)
}

/**
 * A show's settlement sheet, computed from its terms on every read. Owners and managers read it
 * whole; a member (ADR 043) reads the deal alone, and only of a show whose lineup they are on when
 * the show's act lets its members see their deals; otherwise 403.
 */
export async function getShowSettlement(deps: Deps, actor: Actor, showId: string): Promise<ShowSettlement> {
  const reader = await readerOf(deps, actor, 'money')
  const found = await load(deps, actor.workspaceId, showId)
  if (!found) throw new NotFoundError('show', showId)
  if (reader.whole) return found
  if (!reader.personId || !(await personSeesDealOfShow(deps.db, actor.workspaceId, showId, reader.personId)))
    throw new ForbiddenError('Members see a show’s deal only when they are on its lineup and the act shares deals with its members.')
  return { showId, version: 0, show: found.show, deal: found.deal, approval: null, terms: null, sheet: null }
}

/** The settlement as the sheet PDF prints it: the whole view and the computed settlement (owners and managers). */
export async function settlementForSheet(deps: Deps, actor: Actor, showId: string) {
  const reader = await readerOf(deps, actor, 'money')
  if (!reader.whole) throw new ForbiddenError('Only owners and managers print a settlement sheet.')
  const found = await settlementOfShow(deps.db, actor.workspaceId, showId)
  if (!found) throw new NotFoundError('show', showId)
  if (!found.settlement) throw new ConflictError('This show has no settlement yet: write one before printing its sheet.')
  const input = inputOf(found.settlement)
  return { show: found.show, input, settlement: settle(input), view: view(found.show, found.settlement) }
}

const APPROVED = 'This settlement is approved and read-only: a manager reopens it before it can change.'

/**
 * Writes a show's settlement terms under its version (0: the first); every field is checked by the
 * domain before anything is written, so a bad one is a 400 naming it and nothing is stored. An
 * approved settlement is refused (409) until reopened.
 */
export async function saveShowSettlement(deps: Deps, actor: Actor, showId: string, body: Body): Promise<ShowSettlement> {
  assertWrites(actor)
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
    if (found.settlement.approvedAt) throw new ConflictError(APPROVED, [{ path: 'version', message: 'approved: reopen it first' }])
    return showSettlementRows.update(tx, ws, showId, { currency, terms, updatedAt: now }, version)
  })
  return finishVersionedWrite({ kind: 'settlement', id: showId, updatedRows, load: () => load(deps, ws, showId) })
}

/** Approves a show's settlement at its version: who and when are kept, and it is read-only until reopened. */
export async function approveShowSettlement(deps: Deps, actor: Actor, showId: string, version: number): Promise<ShowSettlement> {
  return decide(deps, actor, showId, version, 'approve')
}

/** Reopens an approved settlement (owners and managers), so that it can be changed and approved again. */
export async function reopenShowSettlement(deps: Deps, actor: Actor, showId: string, version: number): Promise<ShowSettlement> {
  return decide(deps, actor, showId, version, 'reopen')
}

async function decide(deps: Deps, actor: Actor, showId: string, version: number, decision: 'approve' | 'reopen'): Promise<ShowSettlement> {
  assertWrites(actor)
  const ws = actor.workspaceId
  const updatedRows = await deps.db.transaction(async (tx) => {
    const found = await settlementOfShow(tx, ws, showId)
    if (!found) return 0
    if (!found.settlement) throw new ConflictError('This show has no settlement yet: there is nothing to approve.')
    if (found.settlement.version !== version) return 0
    if (decision === 'approve' && found.settlement.approvedAt) throw new ConflictError('This settlement is already approved.')
    if (decision === 'reopen' && !found.settlement.approvedAt) throw new ConflictError('This settlement is not approved: there is nothing to reopen.')
    const now = deps.clock.now()
    return setSettlementApproval(tx, ws, showId, version, decision === 'approve' ? { approvedAt: now, approvedBy: actor.userId } : null, now)
  })
  return finishVersionedWrite({ kind: 'settlement', id: showId, updatedRows, load: () => load(deps, ws, showId) })
}

/** An act's money settings; every role that reads money reads them (there is no money in them). */
export async function getMoneySettings(deps: Deps, actor: Actor, actId: string): Promise<MoneySettings> {
  await readerOf(deps, actor, 'money')
  const found = await moneySettingsOfAct(deps.db, actor.workspaceId, actId)
  if (!found) throw new NotFoundError('act', actId)
  return { actId, ...found }
}

export async function saveMoneySettings(deps: Deps, actor: Actor, actId: string, body: { version: number; membersSeeDeal: boolean }): Promise<MoneySettings> {
  assertWrites(actor)
  const ws = actor.workspaceId
  const updatedRows = await deps.db.transaction(async (tx) => {
    if (!(await moneySettingsOfAct(tx, ws, actId))) return 0
    return writeMoneySettings(tx, ws, actId, body.membersSeeDeal, body.version)
  })
  return finishVersionedWrite({
    kind: 'money settings',
    id: actId,
    updatedRows,
    load: async () => {
      const found = await moneySettingsOfAct(deps.db, ws, actId)
      return found && { actId, ...found }
    },
  })
}

/**
 * A tour's settlements and their totals in its home currency (owners and managers): each amount is
 * converted at the rate entered on its settlement and rounded once, half to even; the totals add
 * the rounded amounts. A settlement in another currency without a rate is listed, left out of the
 * totals and counted in `missingRates`.
 */
export async function getTourMoney(deps: Deps, actor: Actor, tourId: string): Promise<TourMoney> {
  const reader = await readerOf(deps, actor, 'money')
  if (!reader.whole) throw new ForbiddenError('Only owners and managers read a tour’s money.')
  const tour = await tourMoney(deps.db, actor.workspaceId, tourId)
  if (!tour) throw new NotFoundError('tour', tourId)
  const home = tour.homeCurrency
  const shows = (await settlementsOfTour(deps.db, actor.workspaceId, tourId)).map((row) => {
    const input = inputOf({ currency: row.currency, terms: row.terms })
    const s = settle(input)
    const rate = input.currency === home ? '1' : (input.exchangeRate ?? null)
    const convert = (minor: number) => convertMinor(minor, input.currency, home!, rate!)
    return {
      showId: row.showId,
      localDate: row.localDate,
      city: row.city,
      venueName: row.venueName,
      currency: input.currency,
      exchangeRate: input.exchangeRate ?? null,
      approved: row.approvedAt !== null,
      grossMinor: s.grossMinor,
      artistTotalMinor: s.artistTotalMinor,
      home: home && rate ? { grossMinor: convert(s.grossMinor), artistTotalMinor: convert(s.artistTotalMinor) } : null,
    }
  })
  const totals = home
    ? {
        grossMinor: shows.reduce((sum, s) => sum + (s.home?.grossMinor ?? 0), 0),
        artistTotalMinor: shows.reduce((sum, s) => sum + (s.home?.artistTotalMinor ?? 0), 0),
        missingRates: shows.filter((s) => s.home === null).length,
      }
    : null
  return { tourId, name: tour.name, homeCurrency: home, shows, totals }
}

export async function saveTourHomeCurrency(deps: Deps, actor: Actor, tourId: string, homeCurrency: string): Promise<TourMoney> {
  assertWrites(actor)
  const problem = currencyProblem(homeCurrency)
  if (problem) throw new ValidationError([{ path: 'homeCurrency', message: problem }])
  if (!(await tourMoney(deps.db, actor.workspaceId, tourId))) throw new NotFoundError('tour', tourId)
  await setTourHomeCurrency(deps.db, actor.workspaceId, tourId, homeCurrency)
  return getTourMoney(deps, actor, tourId)
}

/** The settlement sheet as a PDF to sign (owners and managers); 409 while no settlement is written. */
export async function settlementSheet(deps: Deps, actor: Actor, showId: string): Promise<{ fileName: string; body: Buffer }> {
  const { show, input, settlement, view: v } = await settlementForSheet(deps, actor, showId)
  const tour = show.tourId ? await tourMoney(deps.db, actor.workspaceId, show.tourId) : null
  const homeCurrency = tour?.homeCurrency ?? null
  const rate = input.exchangeRate ?? null
  // pdf-lib and the fonts are loaded on first use, not at start (ADR 026, ADR 052).
  const { settlementSheetPdf } = await import('../../interop/settlement-sheet/settlement-sheet-pdf.ts')
  const bytes = await settlementSheetPdf({
    actName: show.actName,
    venueName: show.venueName,
    city: show.city,
    localDate: show.localDate,
    deal: input.deal,
    settlement,
    approval: v.approval && { approvedAt: v.approval.approvedAt.slice(0, 16).replace('T', ' ') + ' UTC', approvedBy: v.approval.approvedBy.name },
    home:
      homeCurrency && homeCurrency !== input.currency && rate
        ? { currency: homeCurrency, rate, artistTotalMinor: convertMinor(settlement.artistTotalMinor, input.currency, homeCurrency, rate) }
        : null,
    printedOn: deps.clock.now().toISOString().slice(0, 10),
  })
  return { fileName: `settlement-${show.localDate}-${fileSlug(show.city)}.pdf`, body: Buffer.from(bytes) }
}
