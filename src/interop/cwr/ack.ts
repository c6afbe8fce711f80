import { ACK_STATUS_CODES, type RegistrationState } from '../../domain/registration-status.ts'
import { cwrRecord, type CwrIssue, type CwrRecord } from './record.ts'
import { cwrDateTime, cwrIswc, isoDate } from './text.ts'
import { parseCwr, writeCwr, type CwrGroup, type CwrTransmission } from './transmission.ts'

export { type RegistrationState } from '../../domain/registration-status.ts'

export interface CwrAckMessage {
  type: string
  level: string
  recordType: string
  validationNumber: string
  text: string
}

export interface CwrAckEntry {
  /** 1-based line of the ACK record. */
  line: number
  originalGroupId: number | null
  originalTransactionSequence: number | null
  originalTransactionType: string
  title: string
  /** The submitter's work number quoted back (what we sent in NWR/REV). */
  submitterWorkNumber: string
  /** The society's own number for the work. */
  societyWorkNumber: string
  processingDate: string | null
  statusCode: string
  state: RegistrationState | null
  messages: CwrAckMessage[]
  /** The ISWC in the transaction the society sent back (REV/NWR/ISW), if any. */
  iswc: string | null
}

export interface CwrAckFile {
  /** HDR sender: the society (SO) that acknowledges. */
  society: { type: string; id: number | null; name: string }
  creationDate: string | null
  entries: CwrAckEntry[]
  /** ISWCs a society assigned (ISW transactions), by submitter work number. */
  iswcNotifications: { submitterWorkNumber: string; title: string; iswc: string }[]
  issues: CwrIssue[]
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')
const num = (v: unknown) => (typeof v === 'number' ? v : null)

/** The line number of each record of a parsed transmission (1-based, in file order). */
function lineNumbers(t: CwrTransmission): Map<CwrRecord, number> {
  const lines = new Map<CwrRecord, number>()
  let n = 1
  lines.set(t.header, n++)
  for (const g of t.groups) {
    lines.set(g.header, n++)
    for (const tr of g.transactions) {
      lines.set(tr.header, n++)
      for (const d of tr.details) lines.set(d, n++)
    }
    lines.set(g.trailer, n++)
  }
  return lines
}

/**
 * Reads an acknowledgement file (ACK transactions, each with MSG records and the society's copy of
 * the work) and ISW notifications. Unreadable files come back with issues and no entries.
 */
export function readCwrAck(text: string): CwrAckFile {
  const { transmission, issues } = parseCwr(text)
  const out: CwrAckFile = { society: { type: '', id: null, name: '' }, creationDate: null, entries: [], iswcNotifications: [], issues }
  if (!transmission) return out
  const h = transmission.header.fields
  out.society = { type: str(h['senderType']), id: num(h['senderId']), name: str(h['senderName']) }
  out.creationDate = isoDate(str(h['creationDate']))
  const lines = lineNumbers(transmission)
  for (const group of transmission.groups) {
    const type = group.header.fields['transactionType']
    for (const tr of group.transactions) {
      const f = tr.header.fields
      if (type === 'ACK' && tr.header.recordType === 'ACK') {
        const work = tr.details.find((d) => ['NWR', 'REV', 'ISW', 'EXC'].includes(d.recordType))
        const statusCode = str(f['transactionStatus'])
        out.entries.push({
          line: lines.get(tr.header) ?? 0,
          originalGroupId: num(f['originalGroupId']),
          originalTransactionSequence: num(f['originalTransactionSequence']),
          originalTransactionType: str(f['originalTransactionType']),
          title: str(f['creationTitle']),
          submitterWorkNumber: str(f['submitterCreationNumber']).trim(),
          societyWorkNumber: str(f['recipientCreationNumber']).trim(),
          processingDate: isoDate(str(f['processingDate'])),
          statusCode,
          state: ACK_STATUS_CODES[statusCode]?.state ?? null,
          messages: tr.details
            .filter((d) => d.recordType === 'MSG')
            .map((m) => ({
              type: str(m.fields['messageType']),
              level: str(m.fields['messageLevel']),
              recordType: str(m.fields['originalRecordType']),
              validationNumber: str(m.fields['validationNumber']),
              text: str(m.fields['messageText']),
            })),
          iswc: work && str(work.fields['iswc']) ? str(work.fields['iswc']) : null,
        })
      } else if (type === 'ISW' && tr.header.recordType === 'ISW' && str(f['iswc'])) {
        out.iswcNotifications.push({ submitterWorkNumber: str(f['submitterWorkNumber']).trim(), title: str(f['workTitle']), iswc: str(f['iswc']) })
      }
    }
  }
  return out
}

/**
 * The acknowledgement a society would send for a transmission we exported: one ACK per transaction
 * with the given status and society work number, and a MSG when a message is given. For tests and
 * the demo; a real society's file is read with readCwrAck.
 */
export function acknowledgementOf(
  sent: CwrTransmission,
  society: { name: string; code: number },
  decide: (work: { submitterWorkNumber: string; title: string }) => { status: string; societyWorkNumber?: string; message?: string; iswc?: string },
  at: Date,
): string {
  const { date, time } = cwrDateTime(at)
  const transactions: CwrGroup['transactions'][number][] = []
  for (const group of sent.groups) {
    for (const tr of group.transactions) {
      const t = transactions.length
      const work = { submitterWorkNumber: str(tr.header.fields['submitterWorkNumber']), title: str(tr.header.fields['workTitle']) }
      const d = decide(work)
      const details: CwrRecord[] = []
      if (d.message) {
        details.push(
          cwrRecord('MSG', {
            transactionSequence: t,
            recordSequence: details.length + 1,
            messageType: 'T',
            originalRecordSequence: 0,
            originalRecordType: tr.header.recordType,
            messageLevel: 'T',
            validationNumber: '001',
            messageText: d.message.slice(0, 150),
          }),
        )
      }
      details.push(
        cwrRecord(tr.header.recordType, {
          ...tr.header.fields,
          transactionSequence: t,
          recordSequence: details.length + 1,
          iswc: d.iswc ? cwrIswc(d.iswc) : tr.header.fields['iswc'],
        }),
      )
      transactions.push({
        header: cwrRecord('ACK', {
          transactionSequence: t,
          recordSequence: 0,
          creationDate: str(sent.header.fields['creationDate']),
          creationTime: str(sent.header.fields['creationTime']),
          originalGroupId: group.header.fields['groupId'],
          originalTransactionSequence: tr.header.fields['transactionSequence'],
          originalTransactionType: tr.header.recordType,
          creationTitle: work.title,
          submitterCreationNumber: work.submitterWorkNumber,
          recipientCreationNumber: d.societyWorkNumber ?? '',
          processingDate: date,
          transactionStatus: d.status,
        }),
        details,
      })
    }
  }
  const recordCount = transactions.reduce((n, t) => n + 1 + t.details.length, 0) + 2
  const ack: CwrTransmission = {
    header: cwrRecord('HDR', {
      senderType: 'SO',
      senderId: society.code,
      senderName: society.name,
      ediStandardVersion: '01.10',
      creationDate: date,
      creationTime: time,
      transmissionDate: date,
      characterSet: '',
    }),
    groups: [
      {
        header: cwrRecord('GRH', { transactionType: 'ACK', groupId: 1, versionNumber: '02.10', batchRequest: 0, submissionDistributionType: '' }),
        transactions,
        trailer: cwrRecord('GRT', { groupId: 1, transactionCount: transactions.length, recordCount, currencyIndicator: '', totalMonetaryValue: 0 }),
      },
    ],
    trailer: cwrRecord('TRL', { groupCount: 1, transactionCount: transactions.length, recordCount: recordCount + 2 }),
    lineEnding: '\r\n',
    finalLineEnding: true,
  }
  return writeCwr(ack)
}
