import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { acknowledgementOf, readCwrAck } from './ack.ts'
import { cwrFileName, exportCwr, senderFromIpi } from './export.ts'
import type { CwrWorkInput, CwrWriterInput } from './work-records.ts'
import { CWR21_LAYOUTS } from './layout.ts'
import { parseCwr, recordsOf } from './transmission.ts'

const SAMPLE = readFileSync(new URL('../../../../shared/interop-samples/cwr/CW220001DMP_000.V21', import.meta.url), 'latin1')

const pub = { id: 'org-pub', name: 'Rocket Songs Publishing', ipiNameNumber: '00123456789', society: 'ASCAP' }
const admin = { id: 'org-adm', name: 'Kobalt Music', ipiNameNumber: '00987654321', society: 'BMI' }
const writer = (personId: string, name: string, shareBp: number, more: Partial<CwrWriterInput> = {}): CwrWriterInput => ({
  personId,
  name,
  role: 'composer-lyricist',
  ipiNameNumber: null,
  society: 'ASCAP',
  shareBp,
  controlled: true,
  publisher: pub,
  administrator: null,
  publisherPrBp: shareBp / 2,
  publisherMrBp: shareBp,
  publisherSrBp: shareBp,
  ...more,
})
const works: CwrWorkInput[] = [
  {
    workId: 'w1',
    submitterWorkNumber: 'GRN000001',
    title: 'Windows Down',
    iswc: 'T-123.456.789-4',
    alternateTitles: ['Windows Down (Radio Edit)'],
    durationSeconds: 203,
    recorded: true,
    revision: false,
    writers: [
      writer('p1', 'Kendall Schmidt', 5000, { administrator: admin, ipiNameNumber: '00011122233' }),
      writer('p2', 'Carlos PenaVega', 2500, { administrator: admin }),
      writer('p3', 'Jörg Müller', 2500, {
        controlled: false,
        publisher: { id: 'org-other', name: 'Other Music', ipiNameNumber: null, society: null },
        publisherPrBp: 1250,
        publisherMrBp: 2500,
        publisherSrBp: 2500,
      }),
    ],
  },
  {
    workId: 'w2',
    submitterWorkNumber: 'GRN000002',
    title: 'Elevate',
    iswc: null,
    alternateTitles: [],
    durationSeconds: null,
    recorded: false,
    revision: true,
    writers: [
      writer('p1', 'Kendall Schmidt', 10000, { controlled: false, publisher: null, administrator: null, publisherPrBp: 0, publisherMrBp: 0, publisherSrBp: 0 }),
    ],
  },
  {
    workId: 'w3',
    submitterWorkNumber: 'GRN000003',
    title: 'Любовь',
    iswc: null,
    alternateTitles: [],
    durationSeconds: null,
    recorded: false,
    revision: false,
    writers: [writer('p1', 'Kendall Schmidt', 10000)],
  },
  {
    workId: 'w4',
    submitterWorkNumber: 'GRN000004',
    title: 'No Writers Yet',
    iswc: null,
    alternateTitles: [],
    durationSeconds: null,
    recorded: false,
    revision: false,
    writers: [],
  },
]
const submitter = { name: 'Rocket Songs Publishing', ipiNameNumber: '00123456789', senderCode: 'GRN' }
const createdAt = new Date('2013-06-11T14:05:09Z')

describe('exportCwr', () => {
  const result = exportCwr(works, { submitter, createdAt, sequence: 1 })

  it('names the file the CWR way and skips works it cannot write, saying why', () => {
    expect(result.fileName).toBe('CW130001GRN_000.V21')
    expect(cwrFileName(new Date('2021-01-01T00:00:00Z'), 12, 'dm')).toBe('CW210012DM__000.V21')
    expect(result.skipped).toEqual([
      { workId: 'w3', title: 'Любовь', reason: 'the title "Любовь" has no Latin form; CWR 2.1 writes names in ASCII' },
      { workId: 'w4', title: 'No Writers Yet', reason: 'the work has no writers' },
    ])
    expect(result.works.map((w) => [w.workId, w.transactionType])).toEqual([
      ['w1', 'NWR'],
      ['w2', 'REV'],
    ])
  })

  it('re-parses with the decoder, every record at its full layout length, CRLF-terminated, counts right', () => {
    expect(result.text.endsWith('\r\n')).toBe(true)
    const lines = result.text.split('\r\n').slice(0, -1)
    expect(lines.every((l) => !l.includes('\n') && l.length === CWR21_LAYOUTS.get(l.slice(0, 3))!.length)).toBe(true)
    const { transmission, issues } = parseCwr(result.text)
    expect(issues).toEqual([])
    expect(recordsOf(transmission!)).toHaveLength(lines.length)
    expect(lines.map((l) => l.slice(0, 3))).toEqual([
      'HDR',
      'GRH',
      'NWR',
      'SPU',
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
      'GRT',
      'GRH',
      'REV',
      'OWR',
      'GRT',
      'TRL',
    ])
    expect(transmission!.trailer.fields).toMatchObject({ groupCount: 2, transactionCount: 2, recordCount: 21 })
  })

  it('lays out HDR, NWR, SPU, SWR like the real registration file', () => {
    const lines = result.text.split('\r\n')
    const sample = SAMPLE.split('\r\n')
    // same record lengths as the real file for every type both have
    for (const type of ['HDR', 'GRH', 'NWR', 'SPU', 'SPT', 'OPU', 'SWR', 'SWT', 'PWR', 'OWR', 'ALT', 'GRT', 'TRL']) {
      const ours = lines.find((l) => l.startsWith(type))!
      const theirs = sample.find((l) => l.startsWith(type))!
      expect(ours.length, type).toBe(theirs.length)
    }
    expect(lines[0]).toBe(`HDRPB123456789${'ROCKET SONGS PUBLISHING'.padEnd(45)}01.102013061114050920130611${' '.repeat(15)}`)
    expect(lines[0]!.slice(59, 64)).toBe('01.10')
    expect(lines[0]!.slice(64, 86)).toBe('2013061114050920130611')
    const nwr = lines[2]!
    expect(nwr.slice(19, 79).trimEnd()).toBe('WINDOWS DOWN')
    expect(nwr.slice(81, 95)).toBe('GRN000001     ')
    expect(nwr.slice(95, 106)).toBe('T1234567894')
    expect(nwr.slice(129, 135)).toBe('000323')
    // the original publisher's shares: PR 37.50 % (half of 75 %), MR and SR 75.00 %
    const spuE = lines[3]!
    expect(spuE.slice(76, 78)).toBe('E ')
    expect(spuE.slice(87, 98)).toBe('00123456789')
    expect(spuE.slice(112, 136)).toBe('01003750   07500   07500')
    // its administrator in the same chain, no ownership, collecting World
    expect(lines[4]!.slice(19, 21)).toBe('01')
    expect(lines[4]!.slice(76, 78)).toBe('AM')
    expect(lines[5]).toBe('SPT0000000000000003P000002        037500750007500I2136N001')
    // Kendall keeps PR 25.00 % of his 50 %, MR/SR go to the publisher
    const swr = lines[7]!
    expect(swr.slice(28, 73).trimEnd()).toBe('SCHMIDT')
    expect(swr.slice(73, 103).trimEnd()).toBe('KENDALL')
    expect(swr.slice(104, 106)).toBe('CA')
    expect(swr.slice(115, 126)).toBe('00011122233')
    expect(swr.slice(126, 150)).toBe('01002500   00000   00000')
    expect(lines[8]).toBe('SWT0000000000000006W000001  025000000000000I2136N001')
    expect(lines[9]!.slice(19, 28)).toBe('P000001  ')
    expect(lines[9]!.slice(101, 110)).toBe('W000001  ')
    // the uncontrolled writer with diacritics: ASCII, OWR, own share minus the other publisher's
    const owr = lines[13]!
    expect(owr.slice(28, 73).trimEnd()).toBe('MULLER')
    expect(owr.slice(126, 150)).toBe('01001250   00000   00000')
  })

  it('totals 100 % PR, MR and SR in each transaction', () => {
    const { transmission } = parseCwr(result.text)
    for (const g of transmission!.groups) {
      for (const t of g.transactions) {
        const parties = t.details.filter((d) => ['SPU', 'OPU', 'SWR', 'OWR'].includes(d.recordType))
        for (const f of ['prOwnershipShare', 'mrOwnershipShare', 'srOwnershipShare'])
          expect(parties.reduce((n, d) => n + (d.fields[f] as number), 0)).toBe(10_000)
      }
    }
  })

  it('puts IPI name numbers with a leading pair other than 00 into the sender type', () => {
    expect(senderFromIpi('09000000020')).toEqual({ senderType: '09', senderId: 20 })
    expect(senderFromIpi('00123456789')).toEqual({ senderType: 'PB', senderId: 123456789 })
  })
})

describe('acknowledgements of our own export', () => {
  it('round-trips: each ACK quotes our work number back with its status and message', () => {
    const sent = exportCwr(works, { submitter, createdAt, sequence: 1 })
    const statuses: Record<string, string> = { GRN000001: 'AS', GRN000002: 'CO' }
    const text = acknowledgementOf(
      sent.transmission,
      { name: 'BMI', code: 21 },
      (w) => ({
        status: statuses[w.submitterWorkNumber]!,
        societyWorkNumber: `BMI-${w.submitterWorkNumber.slice(-3)}`,
        ...(w.submitterWorkNumber === 'GRN000002' ? { message: 'CONFLICTING CLAIM BY ANOTHER PUBLISHER' } : {}),
      }),
      new Date('2013-07-01T10:00:00Z'),
    )
    expect(parseCwr(text).issues).toEqual([])
    const ack = readCwrAck(text)
    expect(ack.society).toEqual({ type: 'SO', id: 21, name: 'BMI' })
    expect(ack.entries.map((e) => [e.submitterWorkNumber, e.title, e.statusCode, e.state, e.societyWorkNumber, e.processingDate])).toEqual([
      ['GRN000001', 'WINDOWS DOWN', 'AS', 'registered', 'BMI-001', '2013-07-01'],
      ['GRN000002', 'ELEVATE', 'CO', 'conflict', 'BMI-002', '2013-07-01'],
    ])
    expect(ack.entries[1]!.messages).toEqual([
      { type: 'T', level: 'T', recordType: 'REV', validationNumber: '001', text: 'CONFLICTING CLAIM BY ANOTHER PUBLISHER' },
    ])
    expect(ack.entries[0]!.iswc).toBe('T1234567894')
  })
})
