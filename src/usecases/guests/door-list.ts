import { requestsOfShow, type StoredGuestRequest } from '../../db/queries/guests.ts'
import { countsByType } from '../../domain/guests.ts'
import type { DoorListInput } from '../../interop/guests/door-list.ts'
import type { Actor, Deps } from '../deps.ts'
import { guestActor, isMine, loadShow } from './guest-actor.ts'

export interface DoorList {
  title: string
  subtitle: string
  fileStem: string
  guests: StoredGuestRequest[]
  counts: ReturnType<typeof countsByType>
}

/**
 * The approved guests by name, for the door: owners and managers get the whole list; members and
 * touring musicians only their own guests (the table's `own`: other people's guests are personal data).
 */
export async function doorList(deps: Deps, actor: Actor, showId: string): Promise<DoorList> {
  const who = await guestActor(deps, actor, 'read')
  const show = await loadShow(deps.db, actor.workspaceId, showId)
  const approved = (await requestsOfShow(deps.db, actor.workspaceId, showId)).filter((r) => r.status === 'approved' && (who.manages || isMine(r, who)))
  const stem = `guests-${show.localDate}-${show.city}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
  return {
    title: `Guest list — ${show.actName}${who.manages ? '' : ' (your guests)'}`,
    subtitle: `${show.localDate} · ${show.venueName}, ${show.city}`,
    fileStem: stem,
    guests: approved,
    counts: countsByType(approved.map((r) => ({ ...r, admitted: r.checkIn !== null }))),
  }
}

const doorInput = (list: DoorList): DoorListInput => ({
  title: list.title,
  subtitle: list.subtitle,
  counts: list.counts,
  guests: list.guests.map((g) => ({
    id: g.id,
    name: g.name,
    plusN: g.plusN,
    passType: g.passType,
    note: g.note,
    meetAndGreetTime: g.meetAndGreetTime,
    requesterName: g.requesterName,
    admitted: g.checkIn !== null,
  })),
})

/** The door list as a file to download: PDF to print or CSV for a spreadsheet. */
export async function doorListFile(deps: Deps, actor: Actor, showId: string, format: 'pdf' | 'csv'): Promise<{ fileName: string; body: Buffer | string }> {
  const list = await doorList(deps, actor, showId)
  // pdf-lib and the fonts are loaded on first use, not at start (ADR 052).
  const { doorListCsv, doorListPdf } = await import('../../interop/guests/door-list.ts')
  const input = doorInput(list)
  return format === 'pdf'
    ? { fileName: `${list.fileStem}.pdf`, body: Buffer.from(await doorListPdf(input)) }
    : { fileName: `${list.fileStem}.csv`, body: doorListCsv(input) }
}
