import { cwrRecord } from './record.ts'
import { cwrDateTime, cwrText } from './text.ts'
import { writeCwr, type CwrGroup, type CwrTransaction, type CwrTransmission } from './transmission.ts'
import { Skip, workRecords, type CwrWorkInput, type Draft } from './work-records.ts'

/** The publisher that submits (the HDR sender). */
export interface CwrSubmitter {
  name: string
  /** 11 digits; the HDR sender type/ID are derived from it. */
  ipiNameNumber: string | null
  /** 2–3 letters for the file name (CWyynnnnSSS_000.V21). */
  senderCode: string
}

export interface CwrExportOptions {
  submitter: CwrSubmitter
  createdAt: Date
  /** Transmission sequence number of the year (file name nnnn). */
  sequence: number
}

export interface CwrSkippedWork {
  workId: string
  title: string
  reason: string
}

export interface CwrExport {
  fileName: string
  text: string
  transmission: CwrTransmission
  /** The works written, with their transaction. */
  works: { workId: string; submitterWorkNumber: string; transactionType: 'NWR' | 'REV'; groupId: number; transactionSequence: number }[]
  skipped: CwrSkippedWork[]
}

/** CWyynnnnSSS_000.V21: year, sequence, sender code, receiver 000 (all societies). */
export function cwrFileName(createdAt: Date, sequence: number, senderCode: string): string {
  const yy = String(createdAt.getUTCFullYear() % 100).padStart(2, '0')
  return `CW${yy}${String(sequence).padStart(4, '0')}${senderCode.toUpperCase().padEnd(3, '_').slice(0, 3)}_000.V21`
}

/** The HDR sender type and ID from an IPI name number (a first pair other than 00 goes in the type). */
export function senderFromIpi(ipi: string | null): { senderType: string; senderId: number } {
  const digits = (ipi ?? '').padStart(11, '0')
  const head = digits.slice(0, 2)
  return { senderType: head === '00' ? 'PB' : head, senderId: Number(digits.slice(2)) }
}

/**
 * Works → a CWR 2.1 transmission: HDR, a NWR group (new works) and a REV group (works sent before),
 * each transaction with SPU/SPT (publisher chain, World), SWR/SWT/PWR (controlled writers), OPU/OWR
 * (others) and ALT titles; GRT and TRL with their counts. Works that cannot be written (no writers,
 * shares not 100 %, no Latin form of a name) are skipped with the reason, never half-written.
 */
export function exportCwr(works: readonly CwrWorkInput[], opts: CwrExportOptions): CwrExport {
  const { date, time } = cwrDateTime(opts.createdAt)
  const sender = senderFromIpi(opts.submitter.ipiNameNumber)
  const senderName = cwrText(opts.submitter.name, 45) || 'UNKNOWN'
  const ipNumbers = { writers: new Map<string, string>(), publishers: new Map<string, string>() }
  const skipped: CwrSkippedWork[] = []
  const written: CwrExport['works'] = []
  const groups: CwrGroup[] = []
  for (const type of ['NWR', 'REV'] as const) {
    const transactions: CwrTransaction[] = []
    const groupId = groups.length + 1
    for (const work of works.filter((w) => w.revision === (type === 'REV'))) {
      let records: Draft[]
      try {
        records = workRecords(work, ipNumbers, type)
      } catch (err) {
        if (err instanceof Skip) {
          skipped.push({ workId: work.workId, title: work.title, reason: err.message })
          continue
        }
        throw err
      }
      const t = transactions.length
      const [header, ...details] = records.map((r, i) => cwrRecord(r.recordType, { ...r.fields, transactionSequence: t, recordSequence: i }))
      transactions.push({ header: header!, details })
      written.push({ workId: work.workId, submitterWorkNumber: work.submitterWorkNumber, transactionType: type, groupId, transactionSequence: t })
    }
    if (transactions.length === 0) continue
    const recordCount = transactions.reduce((n, t) => n + 1 + t.details.length, 0) + 2
    groups.push({
      header: cwrRecord('GRH', { transactionType: type, groupId, versionNumber: '02.10', batchRequest: 0, submissionDistributionType: '' }),
      transactions,
      trailer: cwrRecord('GRT', { groupId, transactionCount: transactions.length, recordCount, currencyIndicator: '', totalMonetaryValue: 0 }),
    })
  }
  const transactionCount = groups.reduce((n, g) => n + g.transactions.length, 0)
  const recordCount = groups.reduce((n, g) => n + g.transactions.reduce((m, t) => m + 1 + t.details.length, 0) + 2, 0) + 2
  const transmission: CwrTransmission = {
    header: cwrRecord('HDR', {
      ...sender,
      senderName,
      ediStandardVersion: '01.10',
      creationDate: date,
      creationTime: time,
      transmissionDate: date,
      characterSet: '',
    }),
    groups,
    trailer: cwrRecord('TRL', { groupCount: groups.length, transactionCount, recordCount }),
    lineEnding: '\r\n',
    finalLineEnding: true,
  }
  return {
    fileName: cwrFileName(opts.createdAt, opts.sequence, opts.submitter.senderCode),
    text: writeCwr(transmission),
    transmission,
    works: written,
    skipped,
  }
}
