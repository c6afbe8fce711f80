import { formatDuration, runningSeconds, stageRows, type StageSetlist } from './stage-rows.ts'

/** A plain-text set list: the title, sections in capitals, numbered entries with length, key, clock time and remarks. */
export function setlistAsText(version: StageSetlist): string {
  const lines = [version.title, '']
  for (const row of stageRows(version)) {
    if (row.kind === 'heading') {
      if (lines.at(-1) !== '') lines.push('')
      lines.push(row.text.toUpperCase())
      continue
    }
    const facts = [row.duration, row.key ? `key ${row.key}` : '', row.clockTime ? `at ${row.clockTime}` : ''].filter(Boolean).join(', ')
    lines.push(`${String(row.position).padStart(2)}. ${row.title}${row.segue ? ` ${row.segue}` : ''}${facts ? `  (${facts})` : ''}`)
    if (row.notes) lines.push(`    ${row.notes}`)
  }
  const total = runningSeconds(version)
  if (total > 0) lines.push('', `Running time ${formatDuration(total)}`)
  return lines.join('\n') + '\n'
}
