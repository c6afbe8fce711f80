import { PDFDocument, rgb } from 'pdf-lib'
import type { DaySheet } from '../../contract/road.ts'
import { CONTACT_ROLE_LABELS } from '../../domain/advance.ts'
import { DAY_TYPE_LABELS } from '../../domain/road.ts'
import type { Weight } from '../pdf/fonts.ts'
import { A4, fit, flowRows, sizeToFit } from '../pdf/flow.ts'
import { typesetter, type Typesetter } from '../pdf/typesetter.ts'

/** One day of a day sheet or tour book: what the reader's day sheet says (a show date not set up yet has no day of its own). */
export type SheetDay = Omit<DaySheet, 'dayId' | 'personId'>

export interface RoadPdfInput {
  /** The kind of document, printed small above each day: "Day sheet", "Tour book — Summer tour, Europe". */
  heading: string
  /** Whose days these are ("Dustin Belt", or "Whole day" for a manager's view). */
  who: string
  days: readonly SheetDay[]
  /** YYYY-MM-DD */
  printedOn: string
}

const MARGIN = 42
const GREY = rgb(0.35, 0.35, 0.35)
const BLACK = rgb(0, 0, 0)
const TIME_COLUMN = 7.5 // in ems of the day's type size

type Row = { day: number } & (
  | { kind: 'text'; text: string; bold?: boolean; scale?: number; grey?: boolean; indent?: number; first?: boolean }
  | { kind: 'timed'; time: string; text: string; bold?: boolean; grey?: boolean }
  | { kind: 'gap'; lines: number }
  | { kind: 'rule' }
)

const TIME_LABELS = { loadIn: 'Load-in', soundcheck: 'Soundcheck', doors: 'Doors', setStart: 'Set', curfew: 'Curfew' } as const
const MODE_LABELS: Record<DaySheet['travel'][number]['segment']['mode'], string> = { air: 'Flight', bus: 'Bus', car: 'Car', rail: 'Train', ferry: 'Ferry' }
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "Saturday 6 July 2013", from a local date, whatever the server's zone. */
export function longDate(localDate: string): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number]
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTHS[m - 1]} ${y}`
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()
const hm = (minutes: number) => `${Math.floor(minutes / 60)} h ${minutes % 60} min`

/** The rows of one day, in the order of the web day sheet: schedule, travel, hotel, the show with its contacts and set list, notes. */
function rowsOfDay(input: RoadPdfInput, sheet: SheetDay, day: number): Row[] {
  const rows: Row[] = []
  const push = (row: Omit<Extract<Row, { kind: 'text' }>, 'day' | 'kind'>) => rows.push({ day, kind: 'text', ...row })
  const section = (title: string) =>
    rows.push({ day, kind: 'gap', lines: 0.5 }, { day, kind: 'text', text: title.toUpperCase(), bold: true, grey: true, scale: 0.85 })
  push({ text: `${input.heading} · ${input.who} · ${sheet.actName}`, bold: true, grey: true, scale: 0.85, first: true })
  push({ text: `${longDate(sheet.localDate)} — ${sheet.city}`, bold: true, scale: 1.6 })
  push({ text: `${DAY_TYPE_LABELS[sheet.type]} · times in ${sheet.timeZone}${sheet.myTimeZone ? ` (yours: ${sheet.myTimeZone})` : ''}`, grey: true })
  rows.push({ day, kind: 'gap', lines: 0.3 }, { day, kind: 'rule' })

  section('Schedule')
  if (sheet.items.length === 0) push({ text: 'Nothing on this day for you yet.', grey: true })
  for (const item of sheet.items) {
    const time = `${item.timeLabel || '—'}${item.endTime && item.display !== 'hidden' ? ` – ${item.endTime}` : ''}`
    const what = [item.title, item.confirmed ? '' : '(not confirmed)', item.location ? `· ${item.location}` : ''].filter(Boolean).join(' ')
    rows.push({ day, kind: 'timed', time, text: what, bold: true })
    if (item.myTime) rows.push({ day, kind: 'timed', time: '', text: `${item.myTime} yours`, grey: true })
    if (item.notes) rows.push({ day, kind: 'timed', time: '', text: oneLine(item.notes), grey: true })
  }

  if (sheet.travel.length) {
    section('Travel')
    for (const { segment: s, journeyTitle, myDeparture, myArrival } of sheet.travel) {
      const what = `${MODE_LABELS[s.mode]} ${[s.carrier, s.number].filter(Boolean).join(' ')}: ${s.from.iata ?? s.from.name} → ${s.to.iata ?? s.to.name}`
      rows.push({ day, kind: 'timed', time: `${s.departureTime} – ${s.arrivalTime}`, text: `${what}${s.confirmed ? '' : ' (not confirmed)'}`, bold: true })
      const mine = (at: string | null) => (at ? ` · ${at} yours` : '')
      rows.push({ day, kind: 'timed', time: '', text: `Departs ${s.departureDate} ${s.departureTime} (${s.from.timeZone})${mine(myDeparture)}` })
      rows.push({ day, kind: 'timed', time: '', text: `Arrives ${s.arrivalDate} ${s.arrivalTime} (${s.to.timeZone})${mine(myArrival)}` })
      const more = [hm(s.durationMinutes), journeyTitle, s.bookingReference ? `Booking reference ${s.bookingReference}` : ''].filter(Boolean).join(' · ')
      rows.push({ day, kind: 'timed', time: '', text: more, grey: true })
    }
  }

  if (sheet.hotels.length) {
    section('Hotel')
    for (const stay of sheet.hotels) {
      push({ text: stay.name, bold: true })
      const where = [stay.address, stay.phone ? `tel. ${stay.phone}` : ''].filter(Boolean).join(' · ')
      if (where) push({ text: where, indent: 1 })
      push({ text: `Check-in ${stay.checkInDate} ${stay.checkInTime} · check-out ${stay.checkOutDate} ${stay.checkOutTime} (${stay.timeZone})`, indent: 1 })
      for (const room of stay.rooms) {
        const guests = room.guests.map((g) => `${g.personName}${g.fromDate || g.toDate ? ` (${g.fromDate ?? '…'} – ${g.toDate ?? '…'})` : ''}`).join(', ')
        const confirmation = room.confirmationNumber ? ` · confirmation ${room.confirmationNumber}` : ''
        push({ text: `${room.label || 'Room'}: ${guests || 'nobody yet'}${confirmation}`, indent: 1 })
      }
      if (stay.notes) push({ text: oneLine(stay.notes), indent: 1, grey: true })
    }
  }

  if (sheet.show) {
    const show = sheet.show
    section('Show')
    push({ text: `${show.venueName}, ${show.city}`, bold: true })
    if (show.address) push({ text: show.address, indent: 1 })
    const times = (Object.keys(TIME_LABELS) as (keyof typeof TIME_LABELS)[])
      .filter((f) => show.times[f])
      .map((f) => `${TIME_LABELS[f]} ${show.times[f]}${show.timesAfterMidnight.includes(f) ? ' (+1 day)' : ''}`)
    push({ text: times.length ? times.join(' · ') : 'No times set yet.', indent: 1, grey: !times.length })
    if (sheet.contacts.length) {
      section('Contacts')
      for (const c of sheet.contacts) {
        const reach = [c.phone ? `tel. ${c.phone}` : '', c.email ?? ''].filter(Boolean).join(' · ')
        push({ text: `${CONTACT_ROLE_LABELS[c.role]}: ${c.name}${reach ? ` · ${reach}` : ''}${c.source === 'venue' ? ' (venue)' : ''}` })
      }
    }
    if (show.setlist) {
      section('Set list')
      if (show.setlist.length === 0) push({ text: 'No songs yet.', grey: true })
      for (const s of show.setlist) push({ text: `${s.position}. ${s.title}` })
    }
  }
  if (sheet.notes) {
    section('Notes')
    push({ text: oneLine(sheet.notes) })
  }
  rows.push({ day, kind: 'gap', lines: 0.6 }, { day, kind: 'rule' })
  push({ text: `Last updated ${sheet.updatedAt.slice(0, 16).replace('T', ' ')} UTC · printed ${input.printedOn} by Greenroom`, grey: true, scale: 0.8 })
  return rows
}

const heightOf = (row: Row, size: number) =>
  row.kind === 'text' ? size * (row.scale ?? 1) * 1.35 : row.kind === 'timed' ? size * 1.35 : row.kind === 'gap' ? size * row.lines : size * 0.6

/**
 * A day sheet, or a tour book of many days, as a PDF: each day starts a page, and its type shrinks
 * (down to 7 pt) so the day fits that one page; a day too full even then runs on to the next page.
 * What it prints is exactly the reader's day sheet (the use case builds it with the same privacy
 * rules as the web page), in any script (the typesetter, ADR 012). An empty book still has a page.
 */
export async function roadPdf(input: RoadPdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`${input.heading} — ${input.who}`)
  pdf.setCreator('Greenroom')
  const rows = input.days.flatMap((sheet, day) => rowsOfDay(input, sheet, day))
  if (rows.length === 0)
    rows.push(
      { day: 0, kind: 'text', text: `${input.heading} · ${input.who}`, bold: true, first: true },
      { day: 0, kind: 'text', text: 'No days to print.', grey: true },
    )
  const type = await typesetter(
    pdf,
    rows.flatMap((r): { text: string; weight: Weight }[] =>
      r.kind === 'text'
        ? [{ text: r.text, weight: r.bold ? 'bold' : 'regular' }]
        : r.kind === 'timed'
          ? [
              { text: r.time, weight: 'bold' },
              { text: r.text, weight: r.bold ? 'bold' : 'regular' },
            ]
          : [],
    ),
  )
  const [width, height] = A4
  const usable = width - 2 * MARGIN
  const sizes = new Map<number, number>()
  for (const day of new Set(rows.map((r) => r.day))) {
    const ofDay = rows.filter((r) => r.day === day)
    sizes.set(
      day,
      sizeToFit((s) => ofDay.reduce((n, r) => n + heightOf(r, s), 0), height - 2 * MARGIN, 10.5),
    )
  }
  flowRows(pdf, rows, {
    margin: MARGIN,
    breaksBefore: (row) => row.kind === 'text' && row.first === true,
    heightOf: (row) => heightOf(row, sizes.get(row.day)!),
    draw(page, row, y) {
      const size = sizes.get(row.day)!
      if (row.kind === 'text') drawText(type, page, row, size, y, usable)
      else if (row.kind === 'timed') {
        const weight: Weight = row.bold ? 'bold' : 'regular'
        const color = row.grey ? GREY : BLACK
        const column = size * TIME_COLUMN
        if (row.time) type.draw(page, fit(type, row.time, 'bold', size, column - size / 2), { x: MARGIN, y: y - size, size, weight: 'bold', color: BLACK })
        type.draw(page, fit(type, row.text, weight, size, usable - column), { x: MARGIN + column, y: y - size, size, weight, color })
      } else if (row.kind === 'rule') {
        const h = heightOf(row, size)
        page.drawLine({ start: { x: MARGIN, y: y - h / 2 }, end: { x: width - MARGIN, y: y - h / 2 }, thickness: 0.5, color: GREY })
      }
    },
  })
  return pdf.save()
}

function drawText(type: Typesetter, page: Parameters<Typesetter['draw']>[0], row: Extract<Row, { kind: 'text' }>, size: number, y: number, usable: number) {
  const s = size * (row.scale ?? 1)
  const weight: Weight = row.bold ? 'bold' : 'regular'
  const indent = (row.indent ?? 0) * size
  type.draw(page, fit(type, row.text, weight, s, usable - indent), { x: MARGIN + indent, y: y - s, size: s, weight, color: row.grey ? GREY : BLACK })
}
