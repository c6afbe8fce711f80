import { personName } from '../../db/queries/people.ts'
import { getTour } from '../../db/queries/tours.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { readScope } from '../../domain/permissions.ts'
import { roadPdf, type SheetDay } from '../../interop/road/day-sheet-pdf.ts'
import type { Actor, Deps } from '../deps.ts'
import { dayContacts } from '../advance/advance.ts'
import { readerOf } from '../read-access.ts'
import { checkZone, getDaySheet, present, sheetPerson, sheetShow } from './day-sheet.ts'
import { loadDay } from './day-access.ts'
import { tourDays } from './days.ts'
import { staysForNight } from './hotels.ts'
import { travelForDay } from './travel.ts'

interface PdfFile {
  fileName: string
  body: Buffer
}

const today = (deps: Deps) => deps.clock.now().toISOString().slice(0, 10)
const whoOf = (sheet: { personName: string | null }) => sheet.personName ?? 'Whole day'

/** One day sheet as a one-page PDF: exactly the reader's day sheet (getDaySheet: same person, same privacy, same 403 and 404). */
export async function daySheetPdf(deps: Deps, actor: Actor, dayId: string, opts: { personId?: string; zone?: string }): Promise<PdfFile> {
  const sheet = await getDaySheet(deps, actor, dayId, opts)
  const bytes = await roadPdf({ heading: 'Day sheet', who: whoOf(sheet), days: [sheet], printedOn: today(deps) })
  return { fileName: `day-sheet-${sheet.localDate}.pdf`, body: Buffer.from(bytes) }
}

/**
 * The tour book of a tour or one leg: a page per date the reader's tour days list (tourDays: a
 * limited reader's own days and the public show dates), each the reader's day sheet for that date.
 * A show date with no day set up yet prints the show, the reader's travel and hotel that date.
 */
export async function tourBookPdf(deps: Deps, actor: Actor, tourId: string, opts: { legId?: string; personId?: string; zone?: string }): Promise<PdfFile> {
  await readerOf(deps, actor, 'road')
  checkZone(opts.zone)
  const who = await sheetPerson(deps, actor, opts.personId)
  const book = await tourDays(deps, actor, tourId, opts.legId)
  const days: SheetDay[] = []
  for (const date of book.dates) {
    if (date.dayId) {
      const day = await loadDay(deps.db, actor.workspaceId, date.dayId)
      const sheet = day ? await present(deps, actor, day, who, opts.zone) : null
      if (sheet) days.push(sheet)
    } else if (date.shows.length) {
      const show = await sheetShow(deps, actor, date.shows[0]!.id)
      if (!show) continue
      days.push({
        personName: null,
        actName: '',
        localDate: date.localDate,
        type: 'show',
        city: date.city ?? show.city,
        timeZone: date.timeZone ?? date.shows[0]!.timeZone,
        myTimeZone: null,
        notes: '',
        items: [],
        show,
        contacts: await dayContacts(deps, actor, show.id),
        hotels: await staysForNight(deps, actor, who.personId, date.localDate),
        travel: (await travelForDay(deps, actor, who.personId, date.localDate, opts.zone ?? null)).travel,
        updatedAt: deps.clock.now().toISOString(),
      })
    }
  }
  const tour = await getTour(deps.db, actor.workspaceId, tourId)
  if (!tour) throw new NotFoundError('tour', tourId)
  const leg = opts.legId ? tour.legs.find((l) => l.id === opts.legId) : undefined
  const name =
    readScope(actor.role, 'tours') === 'none'
      ? tour.actName
      : [tour.name, leg && (readScope(actor.role, 'tours') === 'all' || days.some((d) => d.show)) ? leg.name : null].filter(Boolean).join(', ')
  const person = who.personId ? await personName(deps.db, actor.workspaceId, who.personId) : null
  for (const d of days) if (!d.actName) d.actName = tour.actName
  const bytes = await roadPdf({ heading: `Tour book — ${name}`, who: person ?? 'Whole day', days, printedOn: today(deps) })
  const span = book.dates.length ? `${book.dates[0]!.localDate}-to-${book.dates[book.dates.length - 1]!.localDate}` : 'empty'
  return { fileName: `tour-book-${span}.pdf`, body: Buffer.from(bytes) }
}
