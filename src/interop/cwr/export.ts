import { cwrRecord, type CwrValue } from './record.ts'
import { cwrDateTime, cwrDuration, cwrIswc, cwrText, societyCode, splitName } from './text.ts'
import { writeCwr, type CwrGroup, type CwrTransaction, type CwrTransmission } from './transmission.ts'

/** The publisher that submits (the HDR sender). */
export interface CwrSubmitter {
  name: string
  /** 11 digits; the HDR sender type/ID are derived from it. */
  ipiNameNumber: string | null
  /** 2–3 letters for the file name (CWyynnnnSSS_000.V21). */
  senderCode: string
}

export interface CwrParty {
  /** Stable id (organisation id) so one party gets one interested-party number in a file. */
  id: string
  name: string
  ipiNameNumber: string | null
  society: string | null
}

export interface CwrWriterInput {
  personId: string
  name: string
  role: string
  ipiNameNumber: string | null
  society: string | null
  /** The writer's share of the work in basis points. */
  shareBp: number
  /** Controlled by the submitter: SWR (+ SWT, PWR) instead of OWR. */
  controlled: boolean
  publisher: CwrParty | null
  administrator: CwrParty | null
  /** Basis points of the work the publisher collects (≤ the writer's share; PR ≤ half of it). */
  publisherPrBp: number
  publisherMrBp: number
  publisherSrBp: number
}

export interface CwrWorkInput {
  workId: string
  /** The submitter's work number (≤ 14 characters) that acknowledgements quote back. */
  submitterWorkNumber: string
  title: string
  iswc: string | null
  alternateTitles: string[]
  durationSeconds: number | null
  recorded: boolean
  /** Sent as REV (revision) when the work was submitted before, else NWR. */
  revision: boolean
  writers: CwrWriterInput[]
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

const DESIGNATION: Record<string, string> = { 'composer-lyricist': 'CA', composer: 'C', lyricist: 'A', arranger: 'AR' }
/** TIS code of the territory World. */
const WORLD = '2136'

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

class Skip extends Error {}

function nameOrSkip(text: string, max: number, what: string): string {
  const v = cwrText(text, max)
  if (v === null || v === '') throw new Skip(`${what} "${text}" has no Latin form; CWR 2.1 writes names in ASCII`)
  return v
}

function numberOf(map: Map<string, string>, id: string, prefix: string): string {
  let n = map.get(id)
  if (!n) {
    n = `${prefix}${String(map.size + 1).padStart(6, '0')}`
    map.set(id, n)
  }
  return n
}

/** One work → the detail records of its transaction (without sequence numbers yet). */
type Draft = { recordType: string; fields: Record<string, CwrValue> }

function workRecords(
  work: CwrWorkInput,
  ipNumbers: { writers: Map<string, string>; publishers: Map<string, string> },
  transactionType: 'NWR' | 'REV',
): Draft[] {
  const title = nameOrSkip(work.title, 60, 'the title')
  if (work.writers.length === 0) throw new Skip('the work has no writers')
  const total = work.writers.reduce((n, w) => n + w.shareBp, 0)
  if (total !== 10_000) throw new Skip(`the writers' shares total ${total / 100} %, not 100 %`)
  const header = {
    recordType: transactionType,
    fields: {
      workTitle: title,
      languageCode: '',
      submitterWorkNumber: work.submitterWorkNumber,
      iswc: cwrIswc(work.iswc),
      copyrightDate: '00000000',
      copyrightNumber: '',
      musicalWorkDistributionCategory: 'POP',
      duration: cwrDuration(work.durationSeconds),
      recordedIndicator: work.recorded ? 'Y' : 'N',
      textMusicRelationship: '',
      compositeType: '',
      versionType: 'ORI',
      excerptType: '',
      musicArrangement: '',
      lyricAdaptation: '',
      contactName: '',
      contactId: '',
      cwrWorkType: '',
      grandRightsIndicator: 'N',
      compositeComponentCount: 0,
      printedEditionPublicationDate: '00000000',
      exceptionalClause: '',
      opusNumber: '',
      catalogueNumber: '',
      priorityFlag: 'N',
    },
  }
  const out: Draft[] = [header]

  // Publisher chains: one per (original publisher, administrator) of the controlled writers, shares summed.
  interface Chain {
    publisher: CwrParty
    administrator: CwrParty | null
    pr: number
    mr: number
    sr: number
    controlled: boolean
  }
  const chains = new Map<string, Chain>()
  for (const w of work.writers) {
    if (!w.publisher) continue
    const key = `${w.controlled ? 'S' : 'O'}:${w.publisher.id}:${w.administrator?.id ?? ''}`
    const chain = chains.get(key) ?? {
      publisher: w.publisher,
      administrator: w.controlled ? w.administrator : null,
      pr: 0,
      mr: 0,
      sr: 0,
      controlled: w.controlled,
    }
    chain.pr += w.publisherPrBp
    chain.mr += w.publisherMrBp
    chain.sr += w.publisherSrBp
    chains.set(key, chain)
  }
  const publisherFields = (p: CwrParty, sequence: number, type: string, shares: { pr: number; mr: number; sr: number }, ipNumber: string) => ({
    publisherSequence: sequence,
    interestedPartyNumber: ipNumber,
    publisherName: nameOrSkip(p.name, 45, 'the publisher'),
    publisherUnknownIndicator: '',
    publisherType: type,
    taxId: '000000000',
    publisherIpiNameNumber: (p.ipiNameNumber ?? '').padStart(11, '0'),
    submitterAgreementNumber: '',
    prAffiliationSociety: societyCode(p.society),
    prOwnershipShare: shares.pr,
    mrSociety: '',
    mrOwnershipShare: shares.mr,
    srSociety: '',
    srOwnershipShare: shares.sr,
    specialAgreementsIndicator: '',
    firstRecordingRefusalIndicator: 'N',
    filler: '',
    publisherIpiBaseNumber: '',
    internationalStandardAgreementCode: '',
    societyAssignedAgreementNumber: '',
    agreementType: '',
    usaLicenseIndicator: '',
  })
  let sequence = 0
  const chainIp = new Map<string, string>()
  for (const [key, chain] of [...chains].filter(([, c]) => c.controlled)) {
    sequence++
    const ip = numberOf(ipNumbers.publishers, chain.publisher.id, 'P')
    chainIp.set(key, ip)
    out.push({ recordType: 'SPU', fields: publisherFields(chain.publisher, sequence, 'E', chain, ip) })
    let collector = ip
    if (chain.administrator) {
      collector = numberOf(ipNumbers.publishers, chain.administrator.id, 'P')
      out.push({ recordType: 'SPU', fields: publisherFields(chain.administrator, sequence, 'AM', { pr: 0, mr: 0, sr: 0 }, collector) })
    }
    out.push({
      recordType: 'SPT',
      fields: {
        interestedPartyNumber: collector,
        constant: '',
        prCollectionShare: chain.pr,
        mrCollectionShare: chain.mr,
        srCollectionShare: chain.sr,
        inclusionExclusionIndicator: 'I',
        tisNumericCode: WORLD,
        sharesChange: 'N',
        sequenceNumber: 1,
      },
    })
  }
  for (const [, chain] of [...chains].filter(([, c]) => !c.controlled)) {
    sequence++
    out.push({ recordType: 'OPU', fields: { ...publisherFields(chain.publisher, sequence, 'E', chain, ''), interestedPartyNumber: '' } })
  }

  const writerFields = (w: CwrWriterInput, ipNumber: string) => {
    const { lastName, firstName } = splitName(w.name)
    const pr = w.shareBp - (w.publisher ? w.publisherPrBp : 0)
    const mr = w.shareBp - (w.publisher ? w.publisherMrBp : 0)
    const sr = w.shareBp - (w.publisher ? w.publisherSrBp : 0)
    return {
      fields: {
        interestedPartyNumber: ipNumber,
        writerLastName: nameOrSkip(lastName, 45, 'the writer'),
        writerFirstName: cwrText(firstName, 30) ?? nameOrSkip(firstName, 30, 'the writer'),
        writerUnknownIndicator: '',
        writerDesignationCode: DESIGNATION[w.role] ?? 'CA',
        taxId: '000000000',
        writerIpiNameNumber: (w.ipiNameNumber ?? '').padStart(11, '0'),
        prAffiliationSociety: societyCode(w.society),
        prOwnershipShare: pr,
        mrSociety: '',
        mrOwnershipShare: mr,
        srSociety: '',
        srOwnershipShare: sr,
        reversionaryIndicator: '',
        firstRecordingRefusalIndicator: 'N',
        workForHireIndicator: 'N',
        filler: '',
        writerIpiBaseNumber: '',
        personalNumber: null,
        usaLicenseIndicator: '',
      },
      shares: { pr, mr, sr },
    }
  }
  for (const w of work.writers.filter((x) => x.controlled && x.publisher)) {
    const ip = numberOf(ipNumbers.writers, w.personId, 'W')
    const { fields, shares } = writerFields(w, ip)
    out.push({ recordType: 'SWR', fields })
    out.push({
      recordType: 'SWT',
      fields: {
        interestedPartyNumber: ip,
        prCollectionShare: shares.pr,
        mrCollectionShare: shares.mr,
        srCollectionShare: shares.sr,
        inclusionExclusionIndicator: 'I',
        tisNumericCode: WORLD,
        sharesChange: 'N',
        sequenceNumber: 1,
      },
    })
    const key = `S:${w.publisher!.id}:${w.administrator?.id ?? ''}`
    out.push({
      recordType: 'PWR',
      fields: {
        publisherIpNumber: chainIp.get(key)!,
        publisherName: nameOrSkip(w.publisher!.name, 45, 'the publisher'),
        submitterAgreementNumber: '',
        societyAssignedAgreementNumber: '',
        writerIpNumber: ip,
      },
    })
  }
  for (const w of work.writers.filter((x) => !(x.controlled && x.publisher))) {
    const { fields } = writerFields(w, '')
    out.push({ recordType: 'OWR', fields: { ...fields, workForHireIndicator: '' } })
  }
  const seen = new Set([title])
  for (const alt of work.alternateTitles) {
    const t = cwrText(alt, 60)
    if (!t || seen.has(t)) continue
    seen.add(t)
    out.push({ recordType: 'ALT', fields: { alternateTitle: t, titleType: 'AT', languageCode: '' } })
  }
  return out
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
