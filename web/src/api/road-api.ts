// Days on the road, their schedules and the day sheet (issue 15). Types from the contract
// (contract/road.ts); type-only imports keep zod out of the bundle.
import type * as road from '../../../src/contract/road.ts'
import { queryString, request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type DaySheet = road.DaySheet
export type TourDays = road.TourDays
export type DayListEntry = road.DayListEntry

const id = encodeURIComponent

/** Every road query sits under this key: a `road.day` live event makes them all stale. */
export const roadKeys = {
  all: (ws: string) => [...workspaceKey(ws), 'road'] as const,
  sheet: (ws: string, dayId: string, zone: string) => [...workspaceKey(ws), 'road', 'sheet', dayId, zone] as const,
  mine: (ws: string, zone: string) => [...workspaceKey(ws), 'road', 'mine', zone] as const,
  tour: (ws: string, tourId: string) => [...workspaceKey(ws), 'road', 'tour', tourId] as const,
  onDate: (ws: string, date: string) => [...workspaceKey(ws), 'road', 'date', date] as const,
}

/** The address of my sheet of a day on my clock: the page and the offline prefetch read exactly this (one cache entry). */
export const daySheetPath = (ws: string, dayId: string, zone: string) => workspacePath(ws, `/days/${id(dayId)}/sheet${queryString({ zone })}`)
export const mySheetsPath = (ws: string, zone: string) => workspacePath(ws, `/day-sheets${queryString({ zone })}`)

export type ScheduleTemplate = road.ScheduleTemplate
type SheetItem = DaySheet['items'][number]

/** The body that saves a line as it is, with a new start: what the tour manager's "Move" sends. */
export function movedLine(item: SheetItem, startTime: string) {
  return {
    title: item.title,
    kind: item.kind,
    startTime,
    afterMidnight: item.startDayOffset === 1,
    endTime: item.endTime,
    display: item.display,
    confirmed: item.confirmed,
    audience: item.audience,
    audienceActId: item.audienceActId,
    personIds: item.people.map((p) => p.personId),
    location: item.location,
    notes: item.notes,
    version: item.version,
  }
}

export const roadApi = {
  sheet: (ws: string, dayId: string, zone: string) => request<DaySheet>('GET', daySheetPath(ws, dayId, zone)),
  mine: (ws: string, zone: string) => request<DaySheet[]>('GET', mySheetsPath(ws, zone)),
  tourDays: (ws: string, tourId: string) => request<TourDays>('GET', workspacePath(ws, `/tours/${id(tourId)}/days`)),
  daysOn: (ws: string, date: string) => request<DayListEntry[]>('GET', workspacePath(ws, `/days${queryString({ from: date, to: date })}`)),
  templates: (ws: string) => request<ScheduleTemplate[]>('GET', workspacePath(ws, '/schedule-templates')),
  createDay: (ws: string, body: { actId: string; tourId: string; legId?: string | null; localDate: string; type: 'show'; city: string; timeZone: string }) =>
    request<{ id: string }>('POST', workspacePath(ws, '/days'), body),
  applyTemplate: (ws: string, dayId: string, templateId: string) =>
    request<{ skipped: string[] }>('POST', workspacePath(ws, `/days/${id(dayId)}/apply-template`), { templateId }),
  moveLine: (ws: string, dayId: string, item: SheetItem, startTime: string) =>
    request<unknown>('PUT', workspacePath(ws, `/days/${id(dayId)}/items/${id(item.id)}`), movedLine(item, startTime)),
}
