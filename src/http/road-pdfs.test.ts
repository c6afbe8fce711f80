import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfPageTexts } from '../interop/split-sheet/pdf-text.ts'
import { badGlyphs, poppler } from '../test/pdf-glyphs.ts'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

/** Issue 15 point 7 (ADR 049): the day sheet as a one-page PDF and the tour book of a leg, each only what its reader may see. */
describe('the road in PDF: day sheets and tour books', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  const as = {} as Record<'member' | 'crew' | 'viewer', TestClient>
  const id: Record<string, string> = {}

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Road PDFs'))
    // names in other scripts: a Japanese sound engineer and a Greek tour manager
    for (const name of ['佐藤 健', 'Ελένη Παπαδοπούλου']) id[name] = (await created(owner, `${base}/people`, { name })).id
    for (const role of ['member', 'crew', 'viewer'] as const) {
      as[role] = await joinedClient(t.app, owner, base, role)
      id[role] = (await as[role].get(base)).json().personId
    }
    id.btr = (await created(owner, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })).id
    id.vj = (await created(owner, `${base}/acts`, { name: 'Victoria Justice', kind: 'solo', isInternal: false })).id
    await created(owner, `${base}/acts/${id.btr}/memberships`, { personId: id.member, role: 'member' })
    await created(owner, `${base}/acts/${id.btr}/memberships`, { personId: id['佐藤 健'], role: 'member' })
    await created(owner, `${base}/acts/${id.vj}/memberships`, { personId: id.viewer, role: 'member' })
    const venue = await created(owner, `${base}/venues`, { name: 'Irving Plaza', city: 'New York', country: 'US', timeZone: 'America/New_York' })
    const tour = await created(owner, `${base}/tours`, { actId: id.btr, name: 'Summer 2013', legs: [{ name: 'East' }] })
    id.tour = tour.id
    id.leg = tour.legs[0].id
    const show = (localDate: string) => ({
      actId: id.btr,
      tourId: id.tour,
      legId: id.leg,
      venueId: venue.id,
      localDate,
      loadIn: '15:00',
      doors: '20:00',
      setStart: '22:30',
      curfew: '00:30',
      status: 'confirmed',
      announcement: 'announced',
      billing: [{ actId: id.vj, role: 'support' }],
    })
    await created(owner, `${base}/shows`, show('2013-07-12'))
    await created(owner, `${base}/shows`, show('2013-07-15')) // a show day not set up yet
    const day = (localDate: string, type: string, notes = '') => ({
      actId: id.btr,
      tourId: id.tour,
      legId: id.leg,
      localDate,
      type,
      city: 'New York',
      timeZone: 'America/New_York',
      notes,
    })
    id.show = (await created(owner, `${base}/days`, day('2013-07-12', 'show', 'Production office in the basement'))).id
    id.off = (await created(owner, `${base}/days`, day('2013-07-13', 'off'))).id
    const line = (dayId: string | undefined, o: Record<string, unknown>) =>
      created(owner, `${base}/days/${dayId}/items`, { kind: 'other', audience: 'everyone', ...o })
    await line(id.show, { title: 'Doors', kind: 'doors', startTime: '20:00' })
    await line(id.show, { title: 'Band dinner', kind: 'meal', startTime: '18:30', audience: 'band' })
    await line(id.show, { title: 'Victoria: meet and greet', kind: 'meet-and-greet', startTime: '19:00', audience: 'act', audienceActId: id.vj })
    await line(id.show, { title: 'Interview with Ελένη Παπαδοπούλου', startTime: '17:00', audience: 'band' })
    await line(id.show, { title: 'Mixing notes with 佐藤 健', startTime: '16:00', audience: 'people', personIds: [id['佐藤 健']] })
    await line(id.off, { title: 'Dentist, Upper West Side', startTime: '10:00', audience: 'people', personIds: [id.member] })
    await created(owner, `${base}/hotels`, {
      tourId: id.tour,
      name: 'W New York – Union Square',
      address: '201 Park Avenue South',
      phone: '+1 212 253 9119',
      timeZone: 'America/New_York',
      checkInDate: '2013-07-12',
      checkInTime: '15:00',
      checkOutDate: '2013-07-14',
      checkOutTime: '11:00',
      notes: '',
      rooms: [
        { label: 'Double', confirmationNumber: 'CONF-MEMBER-1001', guests: [{ personId: id.member }, { personId: id['佐藤 健'] }] },
        { label: 'King', confirmationNumber: 'CONF-VIEWER-2002', guests: [{ personId: id.viewer }] },
        { label: 'Single', confirmationNumber: 'CONF-TM-3003', guests: [{ personId: id['Ελένη Παπαδοπούλου'] }] },
      ],
    })
    await created(owner, `${base}/journeys`, {
      title: 'Up from Philadelphia',
      passengerIds: [id.member],
      segments: [
        {
          mode: 'rail',
          from: { name: 'Philadelphia 30th Street', timeZone: 'America/New_York' },
          to: { name: 'New York Penn Station', timeZone: 'America/New_York' },
          departureDate: '2013-07-12',
          departureTime: '09:05',
          arrivalDate: '2013-07-12',
          arrivalTime: '10:30',
          number: 'NE 172',
          carrier: 'Amtrak',
          bookingReference: 'BOOK-MEMBER-77',
          confirmed: true,
        },
      ],
    })
  }, 300_000)
  afterAll(() => t.close())

  const pdfOf = async (client: TestClient, path: string) => {
    const res = await client.get(`${base}${path}`)
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="[\w.-]+\.pdf"$/)
    const bytes = res.rawPayload
    const pages = (await PDFDocument.load(bytes)).getPageCount()
    const texts = await pdfPageTexts(bytes)
    // a line in several faces reads back as one string per run: `flat` joins them (and the lines)
    return { bytes, pages, texts, text: texts.join('\n'), flat: texts.join('').replace(/\n/g, '') }
  }

  it('prints a manager someone’s day on one page: their lines, rooms and names in any script, no glyph missing', async () => {
    const { bytes, pages, text, flat } = await pdfOf(owner, `/days/${id.show}/sheet.pdf?personId=${id['佐藤 健']}`)
    expect(pages).toBe(1)
    expect(flat).toContain('Day sheet · 佐藤 健 · Big Time Rush')
    for (const s of ['Friday 12 July 2013 — New York', 'Doors', 'Band dinner', 'Irving Plaza, New York', 'Curfew 00:30 (+1 day)']) expect(text).toContain(s)
    expect(flat).toContain('Mixing notes with 佐藤 健')
    expect(flat).toContain('Interview with Ελένη Παπαδοπούλου')
    expect(text).toContain('CONF-MEMBER-1001') // he shares the double
    for (const s of ['Victoria: meet and greet', 'CONF-VIEWER-2002', 'CONF-TM-3003', 'BOOK-MEMBER-77']) expect(flat).not.toContain(s)
    expect(text).toContain('Production office in the basement') // a manager reads the day's notes
    expect((await badGlyphs(bytes)).bad).toEqual([])
    // poppler reads it too (what a phone's or printer's viewer sees)
    const { text: popplerText, warnings } = poppler(bytes)
    expect(popplerText).toContain('Band dinner')
    expect(warnings).toBe('')
  })

  it('prints a member their own day: their lines, their room, their train and its reference; crew no one else’s sheet', async () => {
    const { pages, text } = await pdfOf(as.member, `/days/${id.show}/sheet.pdf?zone=Europe/London`)
    expect(pages).toBe(1)
    expect(text).toContain('Band dinner')
    expect(text).toContain('Doors')
    expect(text).toContain('(yours: Europe/London)')
    expect(text).toContain('Train Amtrak NE 172')
    expect(text).toContain('BOOK-MEMBER-77')
    expect(text).toContain('CONF-MEMBER-1001')
    for (const s of ['Victoria: meet and greet', 'Mixing notes', 'CONF-VIEWER-2002', 'CONF-TM-3003']) expect(text).not.toContain(s)
    // a role that does not edit the road (crew) prints only its own sheet (a member, who edits it, may print anyone's, as on the web)
    const other = await as.crew.get(`${base}/days/${id.show}/sheet.pdf?personId=${id.member}`)
    expect(other.statusCode).toBe(403)
    expect(String(other.headers['content-type'])).toMatch(/^application\/problem\+json/)
  })

  it('prints a support-act guest their party’s lines and everyone’s, their own confirmation number only', async () => {
    const { text } = await pdfOf(as.viewer, `/days/${id.show}/sheet.pdf`)
    expect(text).toContain('Victoria: meet and greet')
    expect(text).toContain('Doors')
    expect(text).toContain('CONF-VIEWER-2002')
    const flat = text.replace(/\n/g, '')
    for (const s of ['Band dinner', 'Mixing notes', 'Interview with', 'CONF-MEMBER-1001', 'CONF-TM-3003', 'BOOK-MEMBER-77', 'Production office'])
      expect(flat).not.toContain(s)
    // the off day has nothing of hers: no such day for her, in PDF as on the web
    expect((await as.viewer.get(`${base}/days/${id.off}/sheet.pdf`)).statusCode).toBe(404)
  })

  it('prints the leg’s tour book: a page per day with travel and hotel, the show day not set up yet included', async () => {
    const theirs = await pdfOf(owner, `/tours/${id.tour}/book.pdf?legId=${id.leg}&personId=${id.member}`)
    expect(theirs.pages).toBe(3) // the 12th, the 13th, the 15th (a show date with no day yet); the 14th is a gap
    const pages = theirs.texts
    expect(pages[0]).toContain('Tour book — Summer 2013, East · A member')
    expect(pages[0]).toContain('BOOK-MEMBER-77')
    expect(pages[0]).toContain('Friday 12 July 2013')
    expect(pages[1]).toContain('Saturday 13 July 2013')
    expect(pages[1]).toContain('Dentist, Upper West Side')
    expect(pages[2]).toContain('Monday 15 July 2013')
    expect(pages[2]).toContain('Irving Plaza, New York')

    const mine = await pdfOf(as.member, `/tours/${id.tour}/book.pdf?legId=${id.leg}`)
    expect(mine.text).toContain('Dentist, Upper West Side')
    expect(mine.text).toContain('BOOK-MEMBER-77')
    for (const s of ['Victoria: meet and greet', 'CONF-VIEWER-2002', 'CONF-TM-3003']) expect(mine.flat).not.toContain(s)

    const hers = await pdfOf(as.viewer, `/tours/${id.tour}/book.pdf?legId=${id.leg}`)
    expect(hers.text).toContain('Victoria: meet and greet')
    expect(hers.text).toContain('CONF-VIEWER-2002')
    for (const s of ['Dentist', 'Band dinner', 'Interview with', 'CONF-MEMBER-1001', 'BOOK-MEMBER-77', 'Production office']) expect(hers.flat).not.toContain(s)
    expect((await as.viewer.get(`${base}/tours/${id.tour}/book.pdf?personId=${id.member}`)).statusCode).toBe(403)
  })

  it('refuses a bad zone (400 naming zone), an unknown day, tour or leg (404)', async () => {
    const bad = await owner.get(`${base}/days/${id.show}/sheet.pdf?zone=Narnia/Cair_Paravel`)
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].path).toBe('zone')
    const badBook = await owner.get(`${base}/tours/${id.tour}/book.pdf?zone=Narnia/Cair_Paravel`)
    expect(badBook.statusCode).toBe(400)
    const nobody = '0190a000-0000-7000-8000-000000000000'
    expect((await owner.get(`${base}/days/${nobody}/sheet.pdf`)).statusCode).toBe(404)
    expect((await owner.get(`${base}/tours/${nobody}/book.pdf`)).statusCode).toBe(404)
    expect((await owner.get(`${base}/tours/${id.tour}/book.pdf?legId=${nobody}`)).statusCode).toBe(404)
  })

  it('from zero: a day with nothing on it, and a tour with no days, each print one sensible page', async () => {
    const { client, base: fresh } = await ownerWithWorkspace(t.app, 'Nothing yet')
    const act = await created(client, `${fresh}/acts`, { name: 'Новая группа', kind: 'group', isInternal: true })
    const tour = await created(client, `${fresh}/tours`, { actId: act.id, name: 'Первый тур' })
    const emptyBook = await client.get(`${fresh}/tours/${tour.id}/book.pdf`)
    expect(emptyBook.statusCode).toBe(200)
    expect((await PDFDocument.load(emptyBook.rawPayload)).getPageCount()).toBe(1)
    expect((await pdfPageTexts(emptyBook.rawPayload)).join('\n')).toContain('No days to print.')
    const day = await created(client, `${fresh}/days`, { actId: act.id, localDate: '2026-12-07', type: 'off', city: 'Москва', timeZone: 'Europe/Moscow' })
    const res = await client.get(`${fresh}/days/${day.id}/sheet.pdf`)
    expect(res.statusCode).toBe(200)
    expect((await PDFDocument.load(res.rawPayload)).getPageCount()).toBe(1)
    const text = (await pdfPageTexts(res.rawPayload)).join('\n')
    expect(text).toContain('Monday 7 December 2026 — Москва') // Cyrillic is in the Latin face: one run
    expect(text).toContain('Nothing on this day for you yet.')
    expect(text).toContain('Новая группа')
  })
})
