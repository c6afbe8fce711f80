/**
 * The day sheet and the tour book (issue 15 point 7; ADR 049), on a fresh in-memory PGlite loaded
 * through the API with a 60-show tour (a stored day per show with 6 lines), a hotel stay every
 * 2–3 nights (3 a week) and 2 travel segments a day for the person:
 *   - the person's day sheet over HTTP (JSON) and as a PDF, p50 per request, beside a bare read of
 *     the same rows (the day, its lines, the night's stays, the day's journeys) through the same
 *     driver in the same run;
 *   - the tour book PDF of a 30-day leg: time (p50 of 5) and bytes.
 * Figures only.
 */
import { createDb } from '../src/db/client.ts'
import { listStayRows } from '../src/db/queries/hotels.ts'
import { getDayRow, listItemRows } from '../src/db/queries/road.ts'
import { listJourneyRows } from '../src/db/queries/travel.ts'
import { migrate } from '../src/db/migrate.ts'
import { fixedClock } from '../src/domain/clock.ts'
import { addDays, startOfLocalDay } from '../src/domain/local-time.ts'
import { buildApp } from '../src/http/app.ts'
import { ownerWithWorkspace, type TestClient } from '../src/test/test-app.ts'

const SHOWS = 60
const LEG_DAYS = 30
const RUNS = 30
const FIRST = '2013-06-01'

export interface DaySheetBench {
  shows: number
  stays: number
  segments: number
  sheetP50Ms: number
  sheetPdfP50Ms: number
  sheetPdfBytes: number
  bareReadP50Ms: number
  ratio: string
  bookDays: number
  bookP50Ms: number
  bookBytes: number
  bookPages: number
}

async function post(client: TestClient, url: string, body: unknown): Promise<{ id: string; legs?: { id: string }[] }> {
  const res = await client.post(url, body)
  if (res.statusCode !== 201) throw new Error(`${url} → ${res.statusCode} ${res.body}`)
  return res.json()
}

async function p50(runs: number, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await run()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await run()
    times.push(performance.now() - started)
  }
  return Number(times.sort((a, b) => a - b)[Math.floor(runs / 2)]!.toFixed(2))
}

export async function benchDaySheet(): Promise<DaySheetBench> {
  const database = await createDb({ kind: 'pglite-memory' })
  try {
    await migrate(database)
    const app = await buildApp({ database, clock: fixedClock(new Date('2013-05-01T12:00:00Z')), logLevel: 'silent' })
    try {
      const { client: owner, base, workspaceId } = await ownerWithWorkspace(app, 'Bench road')
      const person = (await post(owner, `${base}/people`, { name: 'Dustin Belt' })).id
      const act = (await post(owner, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })).id
      await post(owner, `${base}/acts/${act}/memberships`, { personId: person, role: 'member' })
      const tour = await post(owner, `${base}/tours`, { actId: act, name: 'Summer 2013', legs: [{ name: 'First half' }, { name: 'Second half' }] })
      const venue = (await post(owner, `${base}/venues`, { name: 'Arena', city: 'New York', country: 'US', timeZone: 'America/New_York' })).id
      const dayIds: string[] = []
      let segments = 0
      let stays = 0
      for (let i = 0; i < SHOWS; i++) {
        const localDate = addDays(FIRST, i)
        const legId = tour.legs![i < LEG_DAYS ? 0 : 1]!.id
        await post(owner, `${base}/shows`, {
          actId: act,
          tourId: tour.id,
          legId,
          venueId: venue,
          localDate,
          loadIn: '15:00',
          doors: '19:00',
          setStart: '21:00',
          curfew: '23:30',
          status: 'confirmed',
          announcement: 'announced',
          lineup: [{ personId: person, role: 'vocals' }],
        })
        const day = await post(owner, `${base}/days`, {
          actId: act,
          tourId: tour.id,
          legId,
          localDate,
          type: 'show',
          city: 'New York',
          timeZone: 'America/New_York',
        })
        dayIds.push(day.id)
        for (const [title, startTime, audience] of [
          ['Bus call', '09:00', 'everyone'],
          ['Load-in', '15:00', 'crew'],
          ['Soundcheck', '17:00', 'band'],
          ['Doors', '19:00', 'everyone'],
          ['Set', '21:00', 'everyone'],
          ['Curfew', '23:30', 'everyone'],
        ])
          await post(owner, `${base}/days/${day.id}/items`, { title, kind: 'other', startTime, audience })
        if (i % 7 === 0 || i % 7 === 2 || i % 7 === 4) {
          const nights = i % 7 === 4 ? 3 : 2
          stays++
          await post(owner, `${base}/hotels`, {
            tourId: tour.id,
            name: `Hotel ${stays}`,
            address: `${stays} Park Avenue`,
            phone: '+1 212 555 0100',
            timeZone: 'America/New_York',
            checkInDate: localDate,
            checkInTime: '15:00',
            checkOutDate: addDays(localDate, nights),
            checkOutTime: '11:00',
            notes: '',
            rooms: [{ label: 'Double', confirmationNumber: `CONF-${stays}`, guests: [{ personId: person }] }],
          })
        }
        const leg = (from: string, to: string, dep: string, arr: string) => ({
          mode: 'bus',
          from: { name: from, timeZone: 'America/New_York' },
          to: { name: to, timeZone: 'America/New_York' },
          departureDate: localDate,
          departureTime: dep,
          arrivalDate: localDate,
          arrivalTime: arr,
          number: '',
          carrier: 'Tour bus',
          bookingReference: `BUS-${i}`,
          confirmed: true,
        })
        await post(owner, `${base}/journeys`, {
          title: `Bus ${i + 1}`,
          passengerIds: [person],
          segments: [leg('Hotel', 'Rest stop', '09:00', '11:00'), leg('Rest stop', 'Arena', '11:30', '14:00')],
        })
        segments += 2
      }

      const middle = dayIds[Math.floor(SHOWS / 2)]!
      const sheetUrl = `${base}/days/${middle}/sheet?personId=${person}`
      const get = async (url: string) => {
        const res = await owner.get(url)
        if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode} ${res.body.slice(0, 200)}`)
        return res
      }
      const sheetP50Ms = await p50(RUNS, () => get(sheetUrl))
      const pdf = await get(`${base}/days/${middle}/sheet.pdf?personId=${person}`)
      const sheetPdfP50Ms = await p50(10, () => get(`${base}/days/${middle}/sheet.pdf?personId=${person}`))
      const db = database.db
      const bareReadP50Ms = await p50(RUNS, async () => {
        const day = await getDayRow(db, workspaceId, middle)
        await listItemRows(db, workspaceId, [middle])
        await listStayRows(db, workspaceId, { from: day!.localDate, to: day!.localDate, guestId: person })
        await listJourneyRows(db, workspaceId, {
          from: startOfLocalDay(addDays(day!.localDate, -2), 'UTC'),
          to: startOfLocalDay(addDays(day!.localDate, 2), 'UTC'),
          passengerId: person,
        })
      })
      const bookUrl = `${base}/tours/${tour.id}/book.pdf?legId=${tour.legs![0]!.id}&personId=${person}`
      const book = await get(bookUrl)
      const bookP50Ms = await p50(5, () => get(bookUrl))
      const { PDFDocument } = await import('pdf-lib')
      return {
        shows: SHOWS,
        stays,
        segments,
        sheetP50Ms,
        sheetPdfP50Ms,
        sheetPdfBytes: pdf.rawPayload.length,
        bareReadP50Ms,
        ratio: `${(sheetP50Ms / bareReadP50Ms).toFixed(1)}× the bare read`,
        bookDays: LEG_DAYS,
        bookP50Ms,
        bookBytes: book.rawPayload.length,
        bookPages: (await PDFDocument.load(book.rawPayload)).getPageCount(),
      }
    } finally {
      await app.close()
    }
  } finally {
    await database.close()
  }
}
