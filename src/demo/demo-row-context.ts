/** What every row builder of the demo world is handed (demo-world-rows.ts and the per-feature *-rows.ts). */
export interface RowOptions {
  now: Date
  passwordHash: string
  newId: () => string
}

export interface Context extends RowOptions {
  workspaceId: string
  /** The UUID of a record of a kind, by its ref: the same ref always gives the same id. */
  idOf: (kind: 'user' | 'person' | 'act' | 'work' | 'recording' | 'release' | 'venue' | 'tour' | 'leg' | 'show' | 'commitment', ref: string) => string
}
