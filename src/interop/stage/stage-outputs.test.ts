import { describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import { setlistAsCsv } from './setlist-csv.ts'
import { setlistAsText } from './setlist-text.ts'
import { stageSetlistPdf } from './stage-pdf.ts'
import type { StageEntry, StageSetlist } from './stage-rows.ts'

const song = (id: string, displayTitle: string, effectiveSeconds: number | null, more: Partial<StageEntry> = {}): StageEntry => ({
  id,
  type: 'song',
  displayTitle,
  effectiveSeconds,
  clockTime: null,
  ...more,
})
const section = (id: string, kind: 'main' | 'acoustic' | 'encore', title: string): StageEntry => ({
  id,
  type: 'section',
  section: kind,
  title,
  displayTitle: title,
  effectiveSeconds: 0,
  clockTime: null,
})

const summer: StageSetlist = {
  title: 'Summer Break Tour, Amsterdam',
  entries: [
    section('s1', 'main', 'Main set'),
    song('a', 'Windows Down', 203, { keyOverride: 'D', clockTime: '20:30', segue: '>' }),
    song('b', 'Ψυχή', 185, { clockTime: '20:33', notes: 'slow intro' }),
    song('c', 'Любовь', 240, { clockTime: '20:36', cover: { artist: 'Кино' } }),
    {
      id: 't',
      type: 'other',
      otherKind: 'talk',
      title: 'Band intros, "hello"',
      displayTitle: 'Band intros, "hello"',
      durationSeconds: 90,
      effectiveSeconds: 90,
      clockTime: '20:40',
    },
    section('s2', 'acoustic', 'Acoustic with Dustin'),
    song('d', "Like Nobody's Around", 200, { guests: ['Victoria Justice'], clockTime: '20:42' }),
    section('s3', 'encore', 'Encore 1'),
    song('e', '=SUM(A1)', null),
  ],
}

describe('plain text', () => {
  it('lists sections in capitals and numbered entries with length, key, clock time and remarks', () => {
    const text = setlistAsText(summer)
    expect(text).toContain('MAIN SET\n 1. Windows Down >  (3:23, key D, at 20:30)\n')
    expect(text).toContain(' 3. Любовь  (4:00, at 20:36)\n    Кино cover\n')
    expect(text).toContain("ACOUSTIC WITH DUSTIN\n 5. Like Nobody's Around  (3:20, at 20:42)\n    with Victoria Justice\n")
    expect(text).toMatch(/Running time 15:18\n$/)
  })
})

describe('CSV', () => {
  it('has the columns and one row per song or other entry, quoting commas, quotes and formulas', () => {
    const lines = setlistAsCsv(summer).split('\r\n')
    expect(lines[0]).toBe('position,section,title,duration,key,notes,clock time')
    expect(lines[1]).toBe('1,Main set,Windows Down,3:23,D,segue >,20:30')
    expect(lines[4]).toBe('4,Main set,"Band intros, ""hello""",1:30,,,20:40')
    expect(lines[6]).toBe(`6,Encore 1,"'=SUM(A1)",,,,`)
    expect(lines).toHaveLength(8)
  })
})

describe('stage PDF', () => {
  it('is one page with non-Latin titles, keys and notes', async () => {
    const bytes = await stageSetlistPdf(summer, { showKeys: true, showNotes: true })
    const doc = await PDFDocument.load(bytes)
    expect(doc.getPageCount()).toBe(1)
    expect(doc.getTitle()).toBe('Summer Break Tour, Amsterdam')
  })

  it('stays one page for the longest set list, with long titles', async () => {
    const long: StageSetlist = {
      title: 'Marathon',
      entries: Array.from({ length: 120 }, (_, i) =>
        i % 20 === 0
          ? section(`s${i}`, 'main', `Set ${i / 20 + 1}`)
          : song(`x${i}`, `A very long song title number ${i} that goes on and on and on — Ψυχή Любовь`, 200, { notes: 'a note under it', keyOverride: 'F#' }),
      ),
    }
    for (const opts of [
      { showKeys: true, showNotes: true },
      { showKeys: false, showNotes: false },
    ]) {
      const doc = await PDFDocument.load(await stageSetlistPdf(long, opts))
      expect(doc.getPageCount()).toBe(1)
    }
  })
})
