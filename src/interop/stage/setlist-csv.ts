import { stageRows, type StageSetlist } from './stage-rows.ts'

export const SETLIST_CSV_COLUMNS = ['position', 'section', 'title', 'duration', 'key', 'notes', 'clock time'] as const

/** RFC 4180 CSV (CRLF, quoted when needed), one row per song or other entry; sections are a column. */
export function setlistAsCsv(version: StageSetlist): string {
  const rows: string[][] = [[...SETLIST_CSV_COLUMNS]]
  for (const row of stageRows(version)) {
    if (row.kind !== 'item') continue
    const notes = [row.segue ? `segue ${row.segue}` : '', row.notes].filter(Boolean).join(' · ')
    rows.push([String(row.position), row.section, row.title, row.duration, row.key, notes, row.clockTime])
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}

function cell(value: string): string {
  // A cell a spreadsheet would run as a formula (=, +, -, @) is quoted as text with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe
}
