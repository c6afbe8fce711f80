import { uuidv7 } from 'uuidv7'
import type { CwrAckImportResult, CwrAckResult, CwrExportResult } from '../../contract/publishing.ts'
import type { Db } from '../../db/client.ts'
import { loadPublishing } from '../../db/queries/publishing.ts'
import { getOrganization } from '../../db/queries/organizations.ts'
import { publishingSettingsRow, recordTransmission, setSubmitterWorkCode, upsertRegistration } from '../../db/writes/publishing.ts'
import { fieldError, ValidationError } from '../../domain/errors.ts'
import { ACK_STATUS_CODES } from '../../domain/registration-status.ts'
import { percentToBasisPoints } from '../../domain/writer-shares.ts'
import { readCwrAck } from '../../interop/cwr/ack.ts'
import { exportCwr, type CwrExport } from '../../interop/cwr/export.ts'
import type { CwrWorkInput } from '../../interop/cwr/work-records.ts'
import { cwrText } from '../../interop/cwr/text.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'

const bp = (percent: number) => percentToBasisPoints(percent) ?? 0

interface Prepared {
  result: CwrExport
  codes: Map<string, string>
  newCodes: Map<string, string>
  sequence: number
  year: number
  lastWorkNumber: number
  titles: Map<string, string>
}

/** Builds the transmission from the database: the submitter, every work with writers, codes and counters. */
async function prepare(db: Db, workspaceId: string, now: Date, lock: boolean): Promise<Prepared> {
  const settings = await publishingSettingsRow(db, workspaceId, { lock })
  if (!settings?.submitterId) throw fieldError('submitter', 'choose the publisher that submits registrations first (Registrations → Submitter)')
  const submitter = await getOrganization(db, workspaceId, settings.submitterId)
  if (!submitter) throw fieldError('submitter', 'the submitting publisher no longer exists; choose another')
  if (!submitter.ipiNameNumber) throw fieldError('submitter.ipiNameNumber', `${submitter.name} needs an IPI name number: CWR names the sender by it`)

  const all = await loadPublishing(db, workspaceId)
  const withWriters = all.filter((w) => w.writers.length > 0)
  let lastWorkNumber = settings.lastWorkNumber
  const codes = new Map<string, string>()
  const newCodes = new Map<string, string>()
  const taken = new Set(all.map((w) => w.submitterWorkCode).filter((c): c is string => !!c))
  for (const w of withWriters) {
    if (w.submitterWorkCode) {
      codes.set(w.workId, w.submitterWorkCode)
      continue
    }
    let code: string
    do code = `${settings.senderCode}${String(++lastWorkNumber).padStart(6, '0')}`
    while (taken.has(code))
    taken.add(code)
    codes.set(w.workId, code)
    newCodes.set(w.workId, code)
  }
  const inputs: CwrWorkInput[] = withWriters.map((w) => ({
    workId: w.workId,
    submitterWorkNumber: codes.get(w.workId)!,
    title: w.title,
    iswc: w.iswc,
    alternateTitles: w.recordingTitles,
    durationSeconds: w.durationSeconds,
    recorded: w.recordingTitles.length > 0 || w.durationSeconds !== null,
    revision: w.registrations.some((r) => r.society === 'CWR'),
    writers: w.writers.map((x) => ({
      personId: x.personId,
      name: x.personName,
      role: x.role,
      ipiNameNumber: x.ipiNameNumber,
      society: x.society,
      shareBp: x.sharePercent === null ? Number.NaN : bp(x.sharePercent),
      controlled: x.controlled,
      publisher: x.publisher,
      administrator: x.administrator,
      publisherPrBp: bp(x.prSharePercent),
      publisherMrBp: bp(x.mrSharePercent),
      publisherSrBp: bp(x.srSharePercent),
    })),
  }))
  const year = now.getUTCFullYear()
  const sequence = (settings.lastTransmissionYear === year ? settings.lastTransmissionSequence : 0) + 1
  if (sequence > 9999) throw fieldError('submitter', 'this year already has 9999 transmissions, the most a CWR file name can number')
  const result = exportCwr(inputs, {
    submitter: { name: submitter.name, ipiNameNumber: submitter.ipiNameNumber, senderCode: settings.senderCode },
    createdAt: now,
    sequence,
  })
  // a work whose splits are pending totals NaN: say so instead of "not 100 %"
  result.skipped = result.skipped.map((s) => (s.reason.includes('NaN') ? { ...s, reason: "the writers' shares are not known yet" } : s))
  return { result, codes, newCodes, sequence, year, lastWorkNumber, titles: new Map(all.map((w) => [w.workId, w.title])) }
}

function present(p: Prepared): CwrExportResult {
  return {
    fileName: p.result.fileName,
    text: p.result.text,
    works: p.result.works.map((w) => ({
      workId: w.workId,
      title: p.titles.get(w.workId) ?? '',
      submitterWorkCode: w.submitterWorkNumber,
      transactionType: w.transactionType,
    })),
    skipped: p.result.skipped,
  }
}

/** The CWR transmission as it would be sent now, without recording anything (a preview). */
export async function previewCwrExport(deps: Deps, actor: Actor): Promise<CwrExportResult> {
  return present(await prepare(deps.db, actor.workspaceId, deps.clock.now(), false))
}

/**
 * Exports the workspace's works as a CWR 2.1 transmission and records it: new works get their
 * submitter work number, each exported work a 'CWR' registration in state submitted, and the
 * transmission sequence of the year advances. One transaction.
 */
export async function exportCwrSubmission(deps: Deps, actor: Actor): Promise<CwrExportResult> {
  assertWritesAll(actor, 'registrations')
  const ws = actor.workspaceId
  const now = deps.clock.now()
  const today = now.toISOString().slice(0, 10)
  return deps.db.transaction(async (tx) => {
    const p = await prepare(tx, ws, now, true)
    const exported = new Set(p.result.works.map((w) => w.workId))
    for (const [workId, code] of p.newCodes) {
      if (!exported.has(workId)) continue
      await setSubmitterWorkCode(tx, ws, workId, code, now)
    }
    const usedNumbers = [...p.newCodes].filter(([id]) => exported.has(id)).length
    await recordTransmission(tx, ws, { year: p.year, sequence: p.sequence, ...(usedNumbers ? { lastWorkNumber: p.lastWorkNumber } : {}) }, now)
    for (const w of p.result.works) {
      await upsertRegistration(
        tx,
        {
          workspaceId: ws,
          id: uuidv7(),
          workId: w.workId,
          society: 'CWR',
          submitterWorkCode: w.submitterWorkNumber,
          status: 'submitted',
          statusCode: null,
          statusDate: today,
          societyWorkCode: null,
          message: '',
          transmissionFile: p.result.fileName,
          createdAt: now,
          updatedAt: now,
        },
        {
          submitterWorkCode: w.submitterWorkNumber,
          status: 'submitted',
          statusDate: today,
          message: '',
          transmissionFile: p.result.fileName,
          updatedAt: now,
        },
      )
    }
    return present(p)
  })
}

/**
 * Reads a society's acknowledgement file and updates each matched work's registration with that
 * society: by our submitter work number, else by the title when exactly one work has it.
 * Unmatched entries are reported, never guessed. One transaction.
 */
export async function importCwrAck(deps: Deps, actor: Actor, input: { fileName: string; text: string }): Promise<CwrAckImportResult> {
  assertWritesAll(actor, 'registrations')
  const ws = actor.workspaceId
  const now = deps.clock.now()
  const ack = readCwrAck(input.text)
  // a fault in the file's structure or in an ACK record refuses the file; one in a copied detail record (REC …) is a warning
  const fatal = (i: (typeof ack.issues)[number]) => i.severity === 'error' && (i.field === '' || ['HDR', 'GRH', 'GRT', 'TRL', 'ACK'].includes(i.recordType))
  const errors = ack.issues.filter(fatal)
  if (errors.length) {
    const shown = errors
    throw new ValidationError([
      {
        path: 'text',
        message: `not a readable CWR file: ${shown
          .slice(0, 5)
          .map((e) => `line ${e.line} ${e.recordType}${e.field ? `.${e.field}` : ''}: ${e.message}`)
          .join('; ')}`,
      },
    ])
  }
  if (ack.entries.length === 0) throw fieldError('text', 'the file has no acknowledgements (ACK records)')
  const society = ack.society.name.trim() || `society ${ack.society.id ?? '?'}`
  if (society.toUpperCase() === 'CWR') throw fieldError('text', 'the sender of this file is not a society')

  return deps.db.transaction(async (tx) => {
    const works = await loadPublishing(tx, ws)
    const byCode = new Map(works.filter((w) => w.submitterWorkCode).map((w) => [w.submitterWorkCode!, w]))
    const byTitle = new Map<string, typeof works>()
    for (const w of works) {
      const t = cwrText(w.title, 60)
      if (t) byTitle.set(t, [...(byTitle.get(t) ?? []), w])
    }
    const results: CwrAckResult[] = []
    let updated = 0
    for (const e of ack.entries) {
      let work = byCode.get(e.submitterWorkNumber)
      let matchedBy: CwrAckResult['matchedBy'] = work ? 'code' : null
      if (!work) {
        const candidates = byTitle.get(e.title.toUpperCase()) ?? []
        if (candidates.length === 1) {
          work = candidates[0]
          matchedBy = 'title'
        }
      }
      const messages = e.messages.map((m) => m.text)
      results.push({
        line: e.line,
        title: e.title,
        submitterWorkCode: e.submitterWorkNumber,
        societyWorkCode: e.societyWorkNumber,
        statusCode: e.statusCode,
        status: e.state,
        workId: work?.workId ?? null,
        workTitle: work?.title ?? null,
        matchedBy,
        messages,
      })
      if (!work || !e.state) continue
      const message = [ACK_STATUS_CODES[e.statusCode]?.label ?? e.statusCode, ...messages].join(' — ')
      const statusDate = e.processingDate ?? now.toISOString().slice(0, 10)
      await upsertRegistration(
        tx,
        {
          workspaceId: ws,
          id: uuidv7(),
          workId: work.workId,
          society,
          submitterWorkCode: e.submitterWorkNumber || work.submitterWorkCode || '',
          status: e.state,
          statusCode: e.statusCode,
          statusDate,
          societyWorkCode: e.societyWorkNumber || null,
          message,
          transmissionFile: input.fileName,
          createdAt: now,
          updatedAt: now,
        },
        {
          status: e.state,
          statusCode: e.statusCode,
          statusDate,
          societyWorkCode: e.societyWorkNumber || null,
          message,
          transmissionFile: input.fileName,
          updatedAt: now,
        },
      )
      updated++
    }
    return {
      fileName: input.fileName,
      society,
      results,
      updated,
      unmatched: results.filter((r) => !r.workId).length,
      warnings: ack.issues.filter((i) => !fatal(i)).map((i) => `line ${i.line} ${i.recordType}${i.field ? `.${i.field}` : ''}: ${i.message}`),
    }
  })
}
