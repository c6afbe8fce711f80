/** The one set-list rule engine, shared by the set-list editor and the planner (issues 4 and 5). */
export { checkSetlist, SETLIST_RULES } from './check-setlist.ts'
export { type SetlistContext } from './context.ts'
