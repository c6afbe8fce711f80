import { STANDARD_TRACKS } from './releases.ts'
import type { Invented } from './types.ts'

// world.md: "Kendall is looking for a publishing deal" — so in 2013 Kendall has none: his shares
// stay unpublished (uncontrolled writer, OWR in CWR). Everything else here is ours, for the CWR demo:
// James, Logan and Carlos sign the band's publishing designee, administered by an administrator that
// also submits the registrations; the IPI numbers and societies are invented (fiction).

export interface DemoPublishingParty extends Invented {
  ref: string
  name: string
  kind: 'publisher' | 'administrator'
  ipiNameNumber: string
  society: string
  notes?: string
}

/** A writer's IPI and performing-rights society (writer_profiles). */
export interface DemoWriterProfile extends Invented {
  person: string
  society: string
  ipiNameNumber?: string
}

/** A writer's deal: on every listed work they wrote, the publisher collects these parts of their share. */
export interface DemoWriterDeal extends Invented {
  person: string
  publisher: string
  administrator?: string
  /** Of the writer's share, in percent: PR at most 50. */
  prOfShare: number
  mrOfShare: number
  srOfShare: number
}

export interface DemoPublishing {
  parties: readonly DemoPublishingParty[]
  /** The party that submits CWR (HDR sender) and the sender code of the file names. */
  submitter: string
  senderCode: string
  profiles: readonly DemoWriterProfile[]
  deals: readonly DemoWriterDeal[]
  /** The works (refs) whose publishing is filled in from the deals. */
  works: readonly string[]
}

export const publishing: DemoPublishing = {
  parties: [
    {
      ref: 'btr-music',
      name: 'Rush Hour Songs',
      kind: 'publisher',
      ipiNameNumber: '00562309871',
      society: 'BMI',
      notes: "Publishing designee of James, Logan and Carlos for Big Time Rush's songs.",
      invented: ['record'],
    },
    {
      ref: 'northstar',
      name: 'Northstar Music Administration',
      kind: 'administrator',
      ipiNameNumber: '00470215536',
      society: 'ASCAP',
      notes: 'Administers Rush Hour Songs and sends its CWR registrations.',
      invented: ['record'],
    },
  ],
  submitter: 'northstar',
  senderCode: 'NSM',
  profiles: [
    { person: 'kendall', society: 'ASCAP', invented: ['society'] },
    { person: 'james', society: 'BMI', ipiNameNumber: '00611428930', invented: ['record'] },
    { person: 'logan', society: 'BMI', ipiNameNumber: '00611428832', invented: ['record'] },
    { person: 'carlos', society: 'BMI', ipiNameNumber: '00611429024', invented: ['record'] },
  ],
  deals: ['james', 'logan', 'carlos'].map((person) => ({
    person,
    publisher: 'btr-music',
    administrator: 'northstar',
    prOfShare: 50,
    mrOfShare: 100,
    srOfShare: 100,
    invented: ['record'],
  })),
  // The 15 songs of the deluxe edition but the two singles (written outside the band).
  works: [...STANDARD_TRACKS, 'rec-amazing', 'rec-untouchable', 'rec-lost-in-love', 'rec-run-till-dawn', 'rec-summer-static']
    .map((r) => r.replace(/^rec-/, ''))
    .filter((w) => w !== 'like-nobodys-around' && w !== 'song-for-you'),
}
