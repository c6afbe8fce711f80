import { CWR21_LAYOUTS, type CwrLayout } from './layout.ts'
import { layoutsFor } from './layout-30.ts'
import { decodeRecord, encodeRecord, type CwrIssue, type CwrRecord } from './record.ts'

/** A transaction: its header record (NWR, REV, ACK …) and the detail records up to the next one. */
export interface CwrTransaction {
  readonly header: CwrRecord
  readonly details: readonly CwrRecord[]
}

export interface CwrGroup {
  readonly header: CwrRecord
  readonly transactions: readonly CwrTransaction[]
  readonly trailer: CwrRecord
}

/** A whole CWR file: HDR, groups (GRH … GRT), TRL. */
export interface CwrTransmission {
  readonly header: CwrRecord
  readonly groups: readonly CwrGroup[]
  readonly trailer: CwrRecord
  /** How the file separated its records, and whether the last record was terminated too. */
  readonly lineEnding: '\r\n' | '\n'
  readonly finalLineEnding: boolean
}

/** Splits on CRLF (or LF) the way the file does it. */
function splitLines(text: string): { lines: string[]; lineEnding: '\r\n' | '\n'; finalLineEnding: boolean } {
  const lineEnding = text.includes('\r\n') ? '\r\n' : '\n'
  const body = text.replace(/^\ufeff/, '')
  const finalLineEnding = body.endsWith('\n')
  const lines = body.split(/\r?\n/)
  if (finalLineEnding) lines.pop()
  return { lines, lineEnding, finalLineEnding }
}

/**
 * Parses a transmission. Structural faults (missing HDR/TRL, records outside a group) and fields that
 * do not fit their type are errors; GRT/TRL counts that disagree with the file are warnings (real
 * acknowledgement files get them wrong). The transmission is returned as far as it could be read.
 * The layouts default to the file's version (2.1, or 3.x by its HDR).
 */
export function parseCwr(
  text: string,
  layouts: ReadonlyMap<string, CwrLayout> = layoutsFor(text),
): { transmission: CwrTransmission | null; issues: CwrIssue[] } {
  const { lines, lineEnding, finalLineEnding } = splitLines(text)
  const issues: CwrIssue[] = []
  const structural = (line: number, recordType: string, message: string) => issues.push({ line, recordType, field: '', start: 1, message, severity: 'error' })
  const count = (line: number, recordType: string, message: string) => issues.push({ line, recordType, field: '', start: 1, message, severity: 'warning' })
  const records = lines.map((line, i) => {
    const decoded = decodeRecord(line, i + 1, layouts)
    issues.push(...decoded.issues)
    return decoded.record
  })
  if (records.length < 2 || records[0]!.recordType !== 'HDR') {
    structural(1, records[0]?.recordType ?? '', 'a CWR file begins with an HDR record')
    return { transmission: null, issues }
  }
  const last = records[records.length - 1]!
  if (last.recordType !== 'TRL') {
    structural(records.length, last.recordType, 'a CWR file ends with a TRL record')
    return { transmission: null, issues }
  }
  const groups: CwrGroup[] = []
  let group: { header: CwrRecord; transactions: { header: CwrRecord; details: CwrRecord[] }[]; line: number } | null = null
  for (let i = 1; i < records.length - 1; i++) {
    const r = records[i]!
    const lineNo = i + 1
    if (r.recordType === 'GRH') {
      if (group) structural(lineNo, 'GRH', 'a group begins before the previous one ended (GRT missing)')
      group = { header: r, transactions: [], line: lineNo }
      continue
    }
    if (!group) {
      structural(lineNo, r.recordType, 'record outside a group (GRH … GRT)')
      continue
    }
    if (r.recordType === 'GRT') {
      const recordCount = group.transactions.reduce((n, t) => n + 1 + t.details.length, 0) + 2
      if (r.fields['transactionCount'] !== group.transactions.length)
        count(lineNo, 'GRT', `transaction count ${String(r.fields['transactionCount'])}, the group has ${group.transactions.length}`)
      if (r.fields['recordCount'] !== recordCount) count(lineNo, 'GRT', `record count ${String(r.fields['recordCount'])}, the group has ${recordCount}`)
      if (r.fields['groupId'] !== group.header.fields['groupId']) count(lineNo, 'GRT', 'group ID differs from the GRH')
      groups.push({ header: group.header, transactions: group.transactions, trailer: r })
      group = null
      continue
    }
    const groupType = group.header.fields['transactionType']
    if (r.recordType === groupType || group.transactions.length === 0) {
      if (r.recordType !== groupType) structural(lineNo, r.recordType, `the group's transactions are ${String(groupType)}`)
      group.transactions.push({ header: r, details: [] })
    } else {
      group.transactions[group.transactions.length - 1]!.details.push(r)
    }
  }
  if (group) structural(records.length, 'TRL', 'the last group has no GRT')
  const transactionCount = groups.reduce((n, g) => n + g.transactions.length, 0)
  if (last.fields['groupCount'] !== groups.length)
    count(records.length, 'TRL', `group count ${String(last.fields['groupCount'])}, the file has ${groups.length}`)
  if (last.fields['transactionCount'] !== transactionCount)
    count(records.length, 'TRL', `transaction count ${String(last.fields['transactionCount'])}, the file has ${transactionCount}`)
  if (last.fields['recordCount'] !== records.length)
    count(records.length, 'TRL', `record count ${String(last.fields['recordCount'])}, the file has ${records.length}`)
  return { transmission: { header: records[0]!, groups, trailer: last, lineEnding, finalLineEnding }, issues }
}

/** Every record of a transmission in file order. */
export function recordsOf(t: CwrTransmission): CwrRecord[] {
  const out: CwrRecord[] = [t.header]
  for (const g of t.groups) {
    out.push(g.header)
    for (const tr of g.transactions) out.push(tr.header, ...tr.details)
    out.push(g.trailer)
  }
  out.push(t.trailer)
  return out
}

/** A transmission → the file's text, record by record through the layouts. */
export function writeCwr(t: CwrTransmission, layouts: ReadonlyMap<string, CwrLayout> = CWR21_LAYOUTS): string {
  const lines = recordsOf(t).map((r) => encodeRecord(r, layouts))
  return lines.join(t.lineEnding) + (t.finalLineEnding ? t.lineEnding : '')
}
