/** The one set-list rule engine, shared by the set-list editor and the planner (issues 4 and 5). */
export { checkSetlist, SETLIST_RULES } from './check-setlist.ts'
export { viewSetlist, type SetlistContext, type SetlistPart, type SetlistRule, type SetlistView, type SongFacts, type SongSlot } from './context.ts'
export { isNewSong } from './new-songs.ts'
