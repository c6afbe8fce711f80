import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acknowledgementOf } from '../interop/cwr/ack.ts'
import { CWR21_LAYOUTS } from '../interop/cwr/layout.ts'
import { parseCwr } from '../interop/cwr/transmission.ts'
import { pdfPageTexts } from '../interop/split-sheet/pdf-text.ts'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

const ACK_PRS = readFileSync(new URL('../../../shared/interop-samples/cwr/CW220001000_DMP.V21', import.meta.url), 'latin1')

describe('publishing', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  const ids = {} as Record<'kendall' | 'carlos' | 'jorg' | 'publisher' | 'admin' | 'label' | 'act' | 'work' | 'other' | 'theWork', string>
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Publishing'))
    ids.kendall = (await created(client, `${base}/people`, { name: 'Kendall Schmidt' })).id
    ids.carlos = (await created(client, `${base}/people`, { name: 'Carlos PenaVega' })).id
    ids.jorg = (await created(client, `${base}/people`, { name: 'Jörg Müller' })).id
    ids.publisher = (
      await created(client, `${base}/organizations`, { name: 'Rocket Songs Publishing', kind: 'publisher', ipiNameNumber: '00123456789', society: 'ASCAP' })
    ).id
    ids.admin = (
      await created(client, `${base}/organizations`, { name: 'Kobalt Music', kind: 'administrator', ipiNameNumber: '00987654321', society: 'BMI' })
    ).id
    ids.label = (await created(client, `${base}/organizations`, { name: 'Northway Records', kind: 'label' })).id
    ids.act = (await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })).id
    ids.work = (
      await created(client, `${base}/works`, {
        title: 'Windows Down',
        iswc: 'T-123.456.789-4',
        writers: [
          { personId: ids.kendall, sharePercent: 50 },
          { personId: ids.carlos, sharePercent: 25, role: 'composer' },
          { personId: ids.jorg, sharePercent: 25, role: 'lyricist' },
        ],
      })
    ).id
    await created(client, `${base}/recordings`, { workId: ids.work, actId: ids.act, kind: 'master', durationSeconds: 203, title: 'Windows Down (Radio Edit)' })
    ids.other = (await created(client, `${base}/works`, { title: 'Elevate', writers: [{ personId: ids.kendall, sharePercent: 100 }] })).id
    ids.theWork = (await created(client, `${base}/works`, { title: 'The Work', writers: [{ personId: ids.carlos, sharePercent: 100 }] })).id
  })
  afterAll(() => t.close())

  const deal = () => ({
    version: 0,
    writers: [
      {
        personId: ids.kendall,
        publisherId: ids.publisher,
        administratorId: ids.admin,
        controlled: true,
        prSharePercent: 25,
        mrSharePercent: 50,
        srSharePercent: 50,
        ipiNameNumber: '00011122233',
        society: 'ASCAP',
      },
      {
        personId: ids.carlos,
        publisherId: ids.publisher,
        administratorId: ids.admin,
        controlled: true,
        prSharePercent: 12.5,
        mrSharePercent: 25,
        srSharePercent: 25,
        society: 'ASCAP',
      },
      { personId: ids.jorg, publisherId: null, administratorId: null, controlled: false },
    ],
  })

  it('reads a work without publishing as version 0 with every writer uncontrolled at 0 %', async () => {
    const res = await client.get(`${base}/works/${ids.work}/publishing`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      workId: ids.work,
      title: 'Windows Down',
      version: 0,
      submitterWorkCode: null,
      registrations: [],
      registrationStatus: null,
    })
    expect(
      res
        .json()
        .writers.map((w: { personName: string; controlled: boolean; prSharePercent: number; writerPrSharePercent: number }) => [
          w.personName,
          w.controlled,
          w.prSharePercent,
          w.writerPrSharePercent,
        ]),
    ).toEqual([
      ['Kendall Schmidt', false, 0, 50],
      ['Carlos PenaVega', false, 0, 25],
      ['Jörg Müller', false, 0, 25],
    ])
  })

  it('refuses publisher shares above the writer’s share with 400 naming the field, and writes nothing', async () => {
    const body = deal()
    body.writers[0]!.prSharePercent = 30 // more than half of 50 %
    body.writers[1]!.mrSharePercent = 25.01 // more than 25 %
    const res = await client.put(`${base}/works/${ids.work}/publishing`, body)
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['writers.0.prSharePercent', 'writers.1.mrSharePercent'])
    expect(res.json().errors[0].message).toMatch(/at most half the writer's share of 50 %/)
    expect((await client.get(`${base}/works/${ids.work}/publishing`)).json().version).toBe(0)
  })

  it('refuses a label as publisher, an unknown organisation and a non-writer, naming the fields', async () => {
    const body = deal()
    body.writers[0]!.publisherId = ids.label
    body.writers[1]!.administratorId = '00000000-0000-4000-8000-000000000000'
    const res = await client.put(`${base}/works/${ids.work}/publishing`, {
      ...body,
      writers: [...body.writers, { personId: '00000000-0000-4000-8000-000000000001' }],
    })
    expect(res.statusCode).toBe(400)
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['writers.0.publisherId', 'writers.1.administratorId', 'writers.3.personId'])
  })

  it('saves publishing under its version and answers a stale write with 409 and the current document', async () => {
    const res = await client.put(`${base}/works/${ids.work}/publishing`, deal())
    expect(res.statusCode).toBe(200)
    const doc = res.json()
    expect(doc.version).toBe(1)
    expect(doc.writers[0]).toMatchObject({
      personName: 'Kendall Schmidt',
      ipiNameNumber: '00011122233',
      society: 'ASCAP',
      controlled: true,
      publisher: { id: ids.publisher, name: 'Rocket Songs Publishing', ipiNameNumber: '00123456789', society: 'ASCAP' },
      administrator: { id: ids.admin, name: 'Kobalt Music' },
      prSharePercent: 25,
      mrSharePercent: 50,
      srSharePercent: 50,
      writerPrSharePercent: 25,
      writerMrSharePercent: 0,
      writerSrSharePercent: 0,
    })
    const stale = await client.put(`${base}/works/${ids.work}/publishing`, deal())
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current.version).toBe(1)
    // the writer's IPI follows the person onto another work
    expect((await client.get(`${base}/works/${ids.other}/publishing`)).json().writers[0].ipiNameNumber).toBe('00011122233')
  })

  it('answers 404 for a work that does not exist and 403 for a viewer who writes', async () => {
    const missing = '00000000-0000-4000-8000-000000000000'
    expect((await client.get(`${base}/works/${missing}/publishing`)).statusCode).toBe(404)
    expect((await client.put(`${base}/works/${missing}/publishing`, { version: 0, writers: [] })).statusCode).toBe(404)
    expect((await client.get(`${base}/works/${missing}/split-sheet.pdf`)).statusCode).toBe(404)
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    expect((await viewer.put(`${base}/works/${ids.work}/publishing`, { version: 1, writers: [] })).statusCode).toBe(403)
    expect((await viewer.post(`${base}/exports/cwr`)).statusCode).toBe(403)
  })

  it('serves the split sheet as a one-page PDF naming the writers and publisher', async () => {
    const res = await client.get(`${base}/works/${ids.work}/split-sheet.pdf`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toBe('attachment; filename="split-sheet-windows-down.pdf"')
    const pages = await pdfPageTexts(res.rawPayload)
    expect(pages).toHaveLength(1)
    for (const s of [
      'Windows Down',
      'Kendall Schmidt',
      'Carlos PenaVega',
      'Jörg Müller',
      'Publisher: Rocket Songs Publishing',
      'Administrator: Kobalt Music',
      'Signature: Jörg Müller',
    ])
      expect(pages[0]).toContain(s)
  })

  it('refuses the CWR export until a submitting publisher with an IPI is chosen', async () => {
    const res = await client.get(`${base}/exports/cwr`)
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].path).toBe('submitter')
    const bad = await client.put(`${base}/publishing/settings`, { version: 0, submitterId: ids.label, senderCode: 'grn' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].path).toBe('submitterId')
    const ok = await client.put(`${base}/publishing/settings`, { version: 0, submitterId: ids.publisher, senderCode: 'grn' })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ submitter: { id: ids.publisher }, senderCode: 'GRN', version: 1 })
  })

  let exported: { fileName: string; text: string; works: { workId: string; submitterWorkCode: string }[] }
  it('exports CWR 2.1 whose every record re-parses at the layout the real files follow, and records the submission', async () => {
    const preview = await client.get(`${base}/exports/cwr`)
    expect(preview.statusCode).toBe(200)
    expect(preview.headers['content-type']).toMatch(/^text\/plain/)
    expect(preview.headers['content-disposition']).toBe('attachment; filename="CW130001GRN_000.V21"')
    // the preview records nothing
    expect((await client.get(`${base}/works/${ids.work}/publishing`)).json().registrations).toEqual([])

    const res = await client.post(`${base}/exports/cwr`)
    expect(res.statusCode).toBe(201)
    exported = res.json()
    expect(exported.fileName).toBe('CW130001GRN_000.V21')
    expect(exported.text).toBe(preview.body)
    const { transmission, issues } = parseCwr(exported.text)
    expect(issues).toEqual([])
    const lines = exported.text.split('\r\n').slice(0, -1)
    for (const line of lines) expect(line.length, line.slice(0, 3)).toBe(CWR21_LAYOUTS.get(line.slice(0, 3))!.length)
    expect(transmission!.header.fields).toMatchObject({
      senderType: 'PB',
      senderId: 123456789,
      senderName: 'ROCKET SONGS PUBLISHING',
      ediStandardVersion: '01.10',
      creationDate: '20130415',
      creationTime: '120000',
    })
    const nwr = transmission!.groups[0]!.transactions.find((tr) => tr.header.fields['workTitle'] === 'WINDOWS DOWN')!
    expect(nwr.details.map((d) => d.recordType)).toEqual(['SPU', 'SPU', 'SPT', 'SWR', 'SWT', 'PWR', 'SWR', 'SWT', 'PWR', 'OWR', 'ALT'])
    expect(nwr.details[0]!.fields).toMatchObject({
      publisherType: 'E',
      prOwnershipShare: 3750,
      mrOwnershipShare: 7500,
      srOwnershipShare: 7500,
      prAffiliationSociety: '010',
    })
    expect(nwr.details[1]!.fields).toMatchObject({ publisherType: 'AM', publisherName: 'KOBALT MUSIC', prOwnershipShare: 0 })
    expect(nwr.details[9]!.fields).toMatchObject({ writerLastName: 'MULLER', writerFirstName: 'JORG', prOwnershipShare: 2500, mrOwnershipShare: 2500 })
    expect(nwr.details[10]!.fields).toMatchObject({ alternateTitle: 'WINDOWS DOWN (RADIO EDIT)', titleType: 'AT' })
    expect(exported.works.map((w) => w.submitterWorkCode).sort()).toEqual(['GRN000001', 'GRN000002', 'GRN000003'])

    const after = (await client.get(`${base}/works/${ids.work}/publishing`)).json()
    expect(after.registrationStatus).toBe('submitted')
    expect(after.registrations).toEqual([
      expect.objectContaining({ society: 'CWR', status: 'submitted', transmissionFile: 'CW130001GRN_000.V21', statusDate: '2013-04-15' }),
    ])
    expect(after.version).toBe(1)
    // the next export numbers the file 0002 and sends the works again as revisions
    const second = (await client.get(`${base}/exports/cwr?format=json`)).json()
    expect(second.fileName).toBe('CW130002GRN_000.V21')
    expect(second.works.every((w: { transactionType: string }) => w.transactionType === 'REV')).toBe(true)
  })

  it('imports an acknowledgement of our own export and updates each work’s status', async () => {
    const { transmission } = parseCwr(exported.text)
    const code = (id: string) => exported.works.find((w) => w.workId === id)!.submitterWorkCode
    const status: Record<string, string> = { [code(ids.work)]: 'AS', [code(ids.other)]: 'CO' }
    const text = acknowledgementOf(
      transmission!,
      { name: 'BMI', code: 21 },
      (w) => ({
        status: status[w.submitterWorkNumber] ?? 'RJ',
        societyWorkNumber: `B${w.submitterWorkNumber}`,
        ...(status[w.submitterWorkNumber] === 'CO' ? { message: 'CLAIM CONFLICTS WITH ANOTHER PUBLISHER' } : {}),
      }),
      new Date('2013-05-02T09:00:00Z'),
    )
    const res = await client.post(`${base}/imports/cwr-ack`, { fileName: 'CW130001021_GRN.V21', text })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ fileName: 'CW130001021_GRN.V21', society: 'BMI', updated: 3, unmatched: 0, warnings: [] })
    const byWork = new Map(body.results.map((r: { workId: string }) => [r.workId, r]))
    expect(byWork.get(ids.work)).toMatchObject({
      statusCode: 'AS',
      status: 'registered',
      matchedBy: 'code',
      workTitle: 'Windows Down',
      societyWorkCode: `B${code(ids.work)}`,
    })
    expect(byWork.get(ids.other)).toMatchObject({ statusCode: 'CO', status: 'conflict', messages: ['CLAIM CONFLICTS WITH ANOTHER PUBLISHER'] })
    expect(byWork.get(ids.theWork)).toMatchObject({ statusCode: 'RJ', status: 'rejected' })

    const pub = (await client.get(`${base}/works/${ids.work}/publishing`)).json()
    expect(pub.registrationStatus).toBe('registered')
    const overview = (await client.get(`${base}/publishing/registrations`)).json()
    expect(overview.map((o: { title: string; registrationStatus: string }) => [o.title, o.registrationStatus])).toEqual([
      ['Elevate', 'conflict'],
      ['The Work', 'rejected'],
      ['Windows Down', 'registered'],
    ])
    expect(pub.registrations.find((r: { society: string }) => r.society === 'BMI')).toMatchObject({
      status: 'registered',
      statusCode: 'AS',
      statusDate: '2013-05-02',
      societyWorkCode: `B${code(ids.work)}`,
      transmissionFile: 'CW130001021_GRN.V21',
    })
    const other = (await client.get(`${base}/works/${ids.other}/publishing`)).json()
    expect(other.registrationStatus).toBe('conflict')
    expect(other.registrations.find((r: { society: string }) => r.society === 'BMI').message).toBe('Conflict — CLAIM CONFLICTS WITH ANOTHER PUBLISHER')
  })

  it('imports the real PRS acknowledgement: matches “THE WORK” by title, reports the other as unmatched', async () => {
    const res = await client.post(`${base}/imports/cwr-ack`, { fileName: 'CW220001000_DMP.V21', text: ACK_PRS })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ society: 'PRS for Music', updated: 1, unmatched: 1 })
    expect(body.warnings).toEqual(['line 26 GRT: transaction count 20, the group has 2', 'line 27 TRL: transaction count 20, the file has 2'])
    expect(
      body.results.map((r: { title: string; workId: string | null; matchedBy: string | null; status: string }) => [r.title, r.workId, r.matchedBy, r.status]),
    ).toEqual([
      ['THE MODIFIED WORK', null, null, 'registered'],
      ['THE WORK', ids.theWork, 'title', 'registered'],
    ])
    const pub = (await client.get(`${base}/works/${ids.theWork}/publishing`)).json()
    expect(pub.registrations.find((r: { society: string }) => r.society === 'PRS for Music')).toMatchObject({
      status: 'registered',
      statusCode: 'AS',
      societyWorkCode: '337739DU',
      statusDate: '2020-06-03',
    })
  })

  it('imports an acknowledgement with a broken detail record, warning about it; a broken ACK record refuses the file', async () => {
    const badRec = ACK_PRS.replace('REC000000000000001120200407', 'REC0000000000000011202004XX')
    const res = await client.post(`${base}/imports/cwr-ack`, { fileName: 'bad-rec.V21', text: badRec })
    expect(res.statusCode).toBe(200)
    expect(res.json().updated).toBe(1)
    expect(res.json().warnings).toContain('line 14 REC.firstReleaseDate: "202004XX" is not a date (YYYYMMDD)')
    const badAck = ACK_PRS.replace('ACK0000000100000000202006031357150000100000001', 'ACK00000001000000002020060X1357150000100000001')
    const refused = await client.post(`${base}/imports/cwr-ack`, { fileName: 'bad-ack.V21', text: badAck })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors[0]).toMatchObject({ path: 'text', message: expect.stringContaining('line 19 ACK.creationDate') })
  })

  it('refuses a file that is not CWR, or has no acknowledgements, naming the text field', async () => {
    const junk = await client.post(`${base}/imports/cwr-ack`, { fileName: 'x.V21', text: 'hello\r\nworld' })
    expect(junk.statusCode).toBe(400)
    expect(junk.json().errors[0].path).toBe('text')
    const registration = await client.post(`${base}/imports/cwr-ack`, { fileName: 'x.V21', text: exported.text })
    expect(registration.statusCode).toBe(400)
    expect(registration.json().errors[0].message).toMatch(/no acknowledgements/)
  })
})
