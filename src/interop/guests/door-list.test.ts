import { describe, expect, it } from 'vitest'
import { PASS_TYPES, type TypeCount } from '../../domain/guests.ts'
import { badGlyphs, poppler } from '../../test/pdf-glyphs.ts'
import { pdfPageTexts } from '../split-sheet/pdf-text.ts'
import { countsLine, csvCell, doorListCsv, doorListPdf, type DoorGuest } from './door-list.ts'

const guest = (id: string, name: string, more: Partial<DoorGuest> = {}): DoorGuest => ({
  id,
  name,
  plusN: 0,
  passType: 'guest',
  note: '',
  meetAndGreetTime: null,
  requesterName: 'Kendall Schmidt',
  admitted: false,
  ...more,
})
const counts = (heads: Partial<Record<(typeof PASS_TYPES)[number], number>>): TypeCount[] =>
  PASS_TYPES.map((passType) => ({ passType, requests: heads[passType] ?? 0, heads: heads[passType] ?? 0, approvedHeads: 0, pendingHeads: 0, admitted: 0 }))

describe('the door list', () => {
  it('defuses spreadsheet formulas and quotes what CSV needs quoted', () => {
    expect(csvCell('=1+2')).toBe("'=1+2")
    expect(csvCell('+49 30 1234')).toBe("'+49 30 1234")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('Smith, Jane "JJ"')).toBe('"Smith, Jane ""JJ"""')
    const csv = doorListCsv({
      title: 't',
      subtitle: 's',
      counts: counts({}),
      guests: [guest('2', 'Zed'), guest('1', 'adam', { note: 'two\nlines', plusN: 2, admitted: true })],
    })
    expect(csv.split('\r\n').slice(1, 3)).toEqual(['adam,2,Guest,,Kendall Schmidt,two lines,yes', 'Zed,0,Guest,,Kendall Schmidt,,'])
  })

  it('prints every script, sorted by name, over as many pages as it takes, the counts on top', async () => {
    const many = Array.from({ length: 70 }, (_, i) => guest(`m${i}`, `Guest ${String(i).padStart(2, '0')}`))
    const pdf = await doorListPdf({
      title: 'Guest list — Big Time Rush',
      subtitle: '2013-07-12 · Toyota Park, Bridgeview',
      counts: counts({ guest: 72, 'meet-and-greet': 1 }),
      guests: [
        ...many,
        guest('a', '山田 花子', { passType: 'meet-and-greet', meetAndGreetTime: '17:15' }),
        guest('b', 'فاطمة الزهراء'),
        guest('d', 'Σωκράτης Παπαδόπουλος', { plusN: 1 }),
        guest('c', 'Ärger Ångström', { note: 'Needs a wheelchair-accessible spot' }),
      ],
    })
    const pages = await pdfPageTexts(pdf)
    expect(pages.length).toBeGreaterThan(1)
    const text = pages.join('\n')
    expect(text).toContain('Guest 72 · Meet & greet 1 · Total 73')
    // CJK faces are embedded whole after harfbuzz's subset: read those back with poppler, and check every glyph is drawn
    expect(poppler(pdf).text.normalize('NFKC')).toContain('山田 花子')
    expect((await badGlyphs(pdf)).bad).toEqual([])
    expect(text).toContain('Σωκράτης Παπαδόπουλος')
    expect(text).toContain('Needs a wheelchair-accessible spot')
    expect(text.indexOf('Ärger Ångström')).toBeLessThan(text.indexOf('Guest 00'))
    expect(pages[1]).toContain('Name')
    expect(countsLine(counts({}))).toBe('Total 0')
  })
})
