import { OTHER_KINDS, type OtherKind } from '../../domain/setlist.ts'

/**
 * setlist.fm keeps everything said about a song in one `info` string, shown in parentheses; people
 * write ") (" between remarks, and a segue into the next song as ">" or "->". These two functions
 * are inverses on what our export writes: `readSongInfo(writeSongInfo(x))` is `x`.
 */
export type Segue = '' | '>' | '->'

export interface SongInfo {
  segue: Segue
  notes: string
  /** A non-song entry (talk, break …) written by our export as a marker remark. */
  other: { kind: OtherKind; durationSeconds: number | null } | null
}

const SEPARATOR = ') ('
const OTHER_MARKER = /^\[greenroom:([a-z-]+)(?: (\d+):(\d{2}))?\]$/
const TAPE = 'tape'

function isSegue(text: string): text is '>' | '->' {
  return text === '>' || text === '->'
}

export function readSongInfo(info: string | undefined, tape: boolean | undefined): SongInfo {
  const parts = (info ?? '').split(SEPARATOR).map((p) => p.trim())
  let segue: Segue = ''
  let other: SongInfo['other'] = null
  const marker = OTHER_MARKER.exec(parts[0] ?? '')
  if (marker && (OTHER_KINDS as readonly string[]).includes(marker[1]!)) {
    other = { kind: marker[1] as OtherKind, durationSeconds: marker[2] ? Number(marker[2]) * 60 + Number(marker[3]) : null }
    parts.shift()
  }
  const last = parts[parts.length - 1] ?? ''
  const trailing = /^(.*\S)\s+(->|>)$/s.exec(last)
  const leading = /^(->|>)\s*[,;]\s*(.+)$/s.exec(last)
  if (isSegue(last)) {
    segue = last
    parts.pop()
  } else if (trailing && parts.length > 0) {
    // "… ) (> 'Chalk Dust Torture' reprise >": the last marker is the segue into the next song.
    segue = trailing[2] as Segue
    parts[parts.length - 1] = trailing[1]!
  } else if (leading && parts.length === 1) {
    // "->, ended with a Split Open and Melt jam."
    segue = leading[1] as Segue
    parts[0] = leading[2]!
  }
  const remarks = parts.filter((p) => p !== '').join(SEPARATOR)
  const notes = [tape ? TAPE : '', remarks].filter((n) => n !== '').join('\n')
  return { segue, notes, other }
}

export function writeSongInfo(s: SongInfo): { info?: string; tape?: true } {
  const lines = s.notes === '' ? [] : s.notes.split('\n')
  const tape = lines[0] === TAPE
  if (tape) lines.shift()
  const marker = s.other
    ? `[greenroom:${s.other.kind}${s.other.durationSeconds != null ? ` ${Math.floor(s.other.durationSeconds / 60)}:${String(s.other.durationSeconds % 60).padStart(2, '0')}` : ''}]`
    : ''
  const info = [marker, lines.join('\n'), s.segue].filter((p) => p !== '').join(SEPARATOR)
  return { ...(info ? { info } : {}), ...(tape ? { tape: true as const } : {}) }
}
