/**
 * One work → the detail records of its CWR 2.1 transaction (NWR or REV header, SPU/SPT publisher
 * chains on the World territory, SWR/SWT/PWR for controlled writers, OPU/OWR for the others, ALT
 * titles), without sequence numbers; `export.ts` numbers them and assembles the file.
 */
import type { CwrValue } from './record.ts'
import { cwrDuration, cwrIswc, cwrText, societyCode, splitName } from './text.ts'

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

const DESIGNATION: Record<string, string> = { 'composer-lyricist': 'CA', composer: 'C', lyricist: 'A', arranger: 'AR' }
/** TIS code of the territory World. */
const WORLD = '2136'

export class Skip extends Error {}

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
export type Draft = { recordType: string; fields: Record<string, CwrValue> }

export function workRecords(
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
