import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readCwrAck } from './ack.ts'
import { CWR21_LAYOUTS } from './layout.ts'
import { CWR30_LAYOUTS, layoutsFor } from './layout-30.ts'
import { decodeRecord, encodeRecord } from './record.ts'
import { parseCwr, recordsOf, writeCwr } from './transmission.ts'

/** The real files (django-music-publisher's test fixtures, MIT), read in place from ../shared. */
const SAMPLES = new URL('../../../../shared/interop-samples/cwr/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, SAMPLES), 'latin1')
const REGISTRATION = 'CW220001DMP_000.V21'
const BROKEN = 'CW220004DMP_000.V21'
const ACK_PRS = 'CW220001000_DMP.V21'
const ACK_BMI = 'CW220001052_DMP.V21'

/** The record lengths the specification gives (CWR 2.1 revision 7+). */
const SPEC_LENGTHS: Record<string, number> = {
  HDR: 101,
  GRH: 28,
  GRT: 37,
  TRL: 24,
  NWR: 260,
  REV: 260,
  ISW: 260,
  EXC: 260,
  ACK: 159,
  MSG: 185,
  SPU: 183,
  OPU: 183,
  SPT: 58,
  SWR: 180,
  OWR: 180,
  SWT: 52,
  PWR: 110,
  ALT: 83,
  VER: 364,
  EWT: 364,
  PER: 118,
  REC: 266,
  ORN: 301,
}

describe('CWR 2.1 layout table', () => {
  it('has contiguous fields from column 1 and the specified record lengths', () => {
    for (const [type, layout] of CWR21_LAYOUTS) {
      let next = 1
      for (const f of layout.fields) {
        expect(f.start, `${type}.${f.name}`).toBe(next)
        next = f.start + f.length
      }
      expect(layout.length, type).toBe(SPEC_LENGTHS[type])
    }
    expect([...CWR21_LAYOUTS.keys()].sort()).toEqual(Object.keys(SPEC_LENGTHS).sort())
  })
})

describe('the real CWR 3.0 files', () => {
  const SUB = 'CW220002DMP_0000_V3-0-0.SUB'
  const ISR = 'CW220003DMP_0000_V3-0-0.ISR'

  it('has contiguous 3.0 layouts', () => {
    for (const [type, layout] of CWR30_LAYOUTS) {
      let next = 1
      for (const f of layout.fields) {
        expect(f.start, `${type}.${f.name}`).toBe(next)
        next = f.start + f.length
      }
    }
  })

  it.each([SUB, ISR])('%s: is recognised as 3.0, parses without issues and re-encodes byte for byte at full record lengths', (name) => {
    const text = read(name)
    expect(layoutsFor(text)).toBe(CWR30_LAYOUTS)
    const { transmission, issues } = parseCwr(text)
    expect(issues).toEqual([])
    expect(writeCwr(transmission!, CWR30_LAYOUTS)).toBe(text)
    for (const line of text.split('\r\n')) expect(line.length, line.slice(0, 3)).toBe(CWR30_LAYOUTS.get(line.slice(0, 3))!.length)
  })

  it('finds known values at their 3.0 columns', () => {
    const { transmission } = parseCwr(read(SUB))
    expect(transmission!.header.fields).toMatchObject({
      senderType: 'PB',
      senderId: 'DMP',
      senderName: 'TEST PUBLISHER',
      creationDate: '20200122',
      creationTime: '140744',
      version: '3.0',
      revision: '000',
      fileName: 'CW240002DMP_0000_V3-0-0.SUB',
    })
    const wrk = transmission!.groups[0]!.transactions[0]!
    expect(wrk.header.fields).toMatchObject({
      recordType: 'WRK',
      workTitle: 'MUSIC PUB CARTOONS',
      submitterWorkNumber: 'DMP000001',
      iswc: 'T1234567894',
      versionType: 'MOD',
      priorityFlag: 'N',
    })
    const byType = (t: string) => wrk.details.filter((d) => d.recordType === t)
    expect(byType('SPT')[0]!.fields).toMatchObject({
      interestedPartyNumber: 'P000001',
      prCollectionShare: 3750,
      mrCollectionShare: 7500,
      tisNumericCode: '2136',
      prSociety: '52',
      mrSociety: '44',
    })
    expect(byType('OPT')[0]!.fields).toMatchObject({ prCollectionShare: 1250, mrCollectionShare: 2500 })
    expect(byType('SWR')[0]!.fields).toMatchObject({
      writerLastName: 'KOLARIC',
      writerDesignationCode: 'AR',
      writerIpiNameNumber: '00000000199',
      writerIpiBaseNumber: 'I-123456789-3',
    })
    expect(byType('SWT')[0]!.fields).toMatchObject({ prCollectionShare: 2500, prSociety: '10' })
    expect(byType('PWR')[0]!.fields).toMatchObject({
      publisherSequence: 1,
      publisherIpNumber: 'P000001',
      writerIpNumber: 'W000001',
      societyAssignedAgreementNumber: 'J44VA',
    })
    expect(byType('REC')[1]!.fields).toMatchObject({
      recordingTitle: 'WORK RECORDING',
      versionTitle: 'WORK RECORDING FEAT. TESTING',
      recordLabel: 'MUSIC LABEL',
      submitterRecordingNumber: 'DMP000001R',
    })
    expect(byType('XRF')[0]!.fields).toMatchObject({ organisationCode: '51', identifier: 'REMOTE1', identifierType: 'W', validity: 'Y' })
    const isr = parseCwr(read(ISR)).transmission!.groups[0]!.transactions[0]!
    expect(isr.header.fields).toMatchObject({ workTitle: 'MUSIC PUB CARTOONS', iswc: 'T1234567894' })
    expect(isr.details.map((d) => [d.fields['writerLastName'], d.fields['writerIpiNameNumber']])).toEqual([
      ['KOLARIC', '00000000199'],
      ['OTHER', '00000000297'],
    ])
  })
})

describe('the real CWR 2.1 files', () => {
  it.each([REGISTRATION, ACK_PRS, ACK_BMI])('%s: parses without errors and re-encodes byte for byte', (name) => {
    const text = read(name)
    const { transmission, issues } = parseCwr(text)
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(writeCwr(transmission!)).toBe(text)
    // and record by record, each line on its own
    const lines = text.split(/\r?\n/)
    recordsOf(transmission!).forEach((r, i) => expect(encodeRecord(r)).toBe(lines[i]))
  })

  it('the registration file’s counts agree with its records', () => {
    expect(parseCwr(read(REGISTRATION)).issues).toEqual([])
  })

  it('the registration file uses CRLF and full-length records for every type', () => {
    const text = read(REGISTRATION)
    const lines = text.split('\r\n')
    expect(lines.every((l) => !l.includes('\n'))).toBe(true)
    for (const line of lines) expect(line.length, line.slice(0, 3)).toBe(CWR21_LAYOUTS.get(line.slice(0, 3))!.length)
    const types = lines.map((l) => l.slice(0, 3))
    expect(types).toEqual([
      'HDR',
      'GRH',
      'NWR',
      'SPU',
      'SPT',
      'OPU',
      'SWR',
      'SWT',
      'PWR',
      'SWR',
      'SWT',
      'PWR',
      'OWR',
      'ALT',
      'ALT',
      'ALT',
      'ALT',
      'ALT',
      'VER',
      'ORN',
      'GRT',
      'TRL',
    ])
  })

  it('acknowledgement lines never exceed the layout (senders drop trailing optional fields)', () => {
    for (const name of [ACK_PRS, ACK_BMI]) {
      for (const line of read(name).split(/\r?\n/)) expect(line.length).toBeLessThanOrEqual(CWR21_LAYOUTS.get(line.slice(0, 3))!.length)
    }
  })

  it('finds known values at their columns in the registration file', () => {
    const { transmission } = parseCwr(read(REGISTRATION))
    const t = transmission!
    expect(t.header.fields).toMatchObject({
      senderType: '09',
      senderId: 20,
      senderName: 'TEST PUBLISHER',
      ediStandardVersion: '01.10',
      creationDate: '20210122',
      creationTime: '135654',
      transmissionDate: '20210123',
    })
    expect(t.groups[0]!.header.fields).toMatchObject({ transactionType: 'NWR', groupId: 1, versionNumber: '02.10' })
    const nwr = t.groups[0]!.transactions[0]!
    expect(nwr.header.fields).toMatchObject({
      workTitle: 'MUSIC PUB CARTOONS',
      submitterWorkNumber: 'DMP000001',
      iswc: 'T1234567894',
      musicalWorkDistributionCategory: 'UNC',
      versionType: 'MOD',
      recordedIndicator: 'Y',
    })
    const [spu, spt, opu, swr1, swt1, pwr1] = nwr.details
    expect(spu!.fields).toMatchObject({
      publisherSequence: 1,
      interestedPartyNumber: 'P000001',
      publisherName: 'TEST PUBLISHER',
      publisherType: 'E',
      publisherIpiNameNumber: '09000000020',
      prAffiliationSociety: '052',
      prOwnershipShare: 3750,
      mrSociety: '044',
      mrOwnershipShare: 7500,
      srOwnershipShare: 7500,
    })
    expect(spt!.fields).toMatchObject({
      interestedPartyNumber: 'P000001',
      prCollectionShare: 3750,
      mrCollectionShare: 7500,
      srCollectionShare: 7500,
      inclusionExclusionIndicator: 'I',
      tisNumericCode: '2136',
      sequenceNumber: 1,
    })
    expect(opu!.fields).toMatchObject({ publisherSequence: 2, publisherUnknownIndicator: 'Y', prOwnershipShare: 1250, mrOwnershipShare: 2500 })
    expect(swr1!.fields).toMatchObject({
      interestedPartyNumber: 'W000001',
      writerLastName: 'KOLARIC',
      writerFirstName: 'MATIJA',
      writerDesignationCode: 'AR',
      writerIpiNameNumber: '00000000199',
      prAffiliationSociety: '010',
      prOwnershipShare: 2500,
      mrOwnershipShare: 0,
      writerIpiBaseNumber: 'I-123456789-3',
    })
    expect(swt1!.fields).toMatchObject({ interestedPartyNumber: 'W000001', prCollectionShare: 2500, tisNumericCode: '2136' })
    expect(pwr1!.fields).toMatchObject({ publisherIpNumber: 'P000001', societyAssignedAgreementNumber: 'J44VA', writerIpNumber: 'W000001' })
    // 05000 = 50.00 %: every PR share in the work adds up to 100.00 %, MR too
    const sum = (field: string) =>
      nwr.details.filter((d) => ['SPU', 'OPU', 'SWR', 'OWR'].includes(d.recordType)).reduce((n, d) => n + (d.fields[field] as number), 0)
    expect(sum('prOwnershipShare')).toBe(10_000)
    expect(sum('mrOwnershipShare')).toBe(10_000)
    // raw columns, independent of the decoder: SWR PR share at 130–134, SPU PR share at 116–120
    const lines = read(REGISTRATION).split('\r\n')
    expect(lines[6]!.slice(129, 134)).toBe('02500')
    expect(lines[3]!.slice(115, 120)).toBe('03750')
    expect(t.trailer.fields).toEqual({ recordType: 'TRL', groupCount: 1, transactionCount: 1, recordCount: 22 })
  })

  it('reads the acknowledgement statuses, society numbers and messages-free entries', () => {
    const prs = readCwrAck(read(ACK_PRS))
    // the hand-made fixture's trailers count 20 transactions for 2: warnings, the entries still read
    expect(prs.issues.map((i) => `${i.severity} line ${i.line} ${i.recordType}: ${i.message}`)).toEqual([
      'warning line 26 GRT: transaction count 20, the group has 2',
      'warning line 27 TRL: transaction count 20, the file has 2',
    ])
    expect(prs.society).toEqual({ type: 'SO', id: 52, name: 'PRS for Music' })
    expect(prs.entries.map((e) => [e.submitterWorkNumber, e.societyWorkNumber, e.statusCode, e.state, e.originalTransactionType])).toEqual([
      ['MK000003', '337739ES', 'AS', 'registered', 'REV'],
      ['MK000004', '337739DU', 'AS', 'registered', 'REV'],
    ])
    expect(prs.entries[0]).toMatchObject({ title: 'THE MODIFIED WORK', processingDate: '2020-06-03', iswc: 'T3005600277', line: 3 })
    const bmi = readCwrAck(read(ACK_BMI))
    expect(bmi.society.name).toBe('BMI')
    expect(bmi.entries.map((e) => `${e.title}:${e.submitterWorkNumber}:${e.statusCode}`)).toEqual([
      'ONE:Z128:AS',
      'TWO:Z127:RA',
      'THREE:DMP000026:RA',
      'THREE:DMP000027:NP',
      'X:DMP000025:NP',
    ])
    expect(bmi.entries.map((e) => e.state)).toEqual(['registered', 'received', 'received', 'no_participation', 'no_participation'])
    expect(bmi.iswcNotifications).toEqual([
      { submitterWorkNumber: 'MK000001', title: 'MUSIC PUB CARTOONS', iswc: 'T3221234234' },
      { submitterWorkNumber: 'MK000001', title: 'MUSIC PUB CARTOONS', iswc: 'T1234567893' },
      { submitterWorkNumber: 'MK000002', title: 'MUSIC PUB CARTOONS', iswc: 'T3221234234' },
    ])
  })

  it('reports the broken file’s bad share at its line and column, and re-encodes every other record', () => {
    const text = read(BROKEN)
    const { transmission, issues } = parseCwr(text)
    expect(issues).toEqual([{ line: 8, recordType: 'SWT', field: 'prCollectionShare', start: 29, message: '"XXX00" is not a number', severity: 'error' }])
    const lines = text.split('\r\n')
    recordsOf(transmission!).forEach((r, i) => {
      if (i === 7) expect(() => encodeRecord(r)).toThrow(/SWT.prCollectionShare \(column 29\)/)
      else expect(encodeRecord(r)).toBe(lines[i])
    })
    // the shortened ALT keeps its length; the excluded territory is read as written
    expect(lines[17]!.length).toBe(81)
    expect(transmission!.groups[0]!.transactions[0]!.details[1]!.fields['inclusionExclusionIndicator']).toBe('E')
  })

  it('refuses a file without HDR or TRL and a trailer whose counts are wrong', () => {
    expect(parseCwr('NWR0000000000000000X').transmission).toBeNull()
    const text = read(REGISTRATION).replace('TRL000010000000100000022', 'TRL000010000000100000021')
    expect(parseCwr(text).issues).toEqual([expect.objectContaining({ recordType: 'TRL', message: 'record count 21, the file has 22' })])
    expect(decodeRecord('ZZZ whatever').record.raw).toBe('ZZZ whatever')
  })
})
