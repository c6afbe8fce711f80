/**
 * Where setlist.fm facts without a column of their own are kept, readably, so that export can give
 * them back: the set list's page (setlist.fm's terms ask for a link to it) and its `info` in the
 * show's notes; the artist's MusicBrainz id in the description of an act the import created.
 */
const SOURCE_LINE = /\n?setlist\.fm: (\S+)$/
const MUSICBRAINZ = /https:\/\/musicbrainz\.org\/artist\/([0-9a-f-]{36})/

export function showNotesOf(info: string | null, url: string | null): string {
  return [info ?? '', url ? `setlist.fm: ${url}` : ''].filter((p) => p !== '').join('\n')
}

export function readShowNotes(notes: string): { info: string | null; url: string | null } {
  const m = SOURCE_LINE.exec(notes)
  const info = (m ? notes.slice(0, m.index) : notes).trim()
  return { info: info || null, url: m ? m[1]! : null }
}

export function actDescriptionOf(mbid: string | null): string {
  return mbid ? `Imported from setlist.fm. MusicBrainz: https://musicbrainz.org/artist/${mbid}` : 'Imported from setlist.fm.'
}

export function mbidOfDescription(description: string): string | null {
  return MUSICBRAINZ.exec(description)?.[1] ?? null
}
