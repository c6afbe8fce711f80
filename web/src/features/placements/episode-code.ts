/** Season 4, episode 1 → "S4 E1"; either may be unknown. */
export function episodeCode(season: number | null, episodeNumber: number | null): string {
  return [season !== null ? `S${season}` : '', episodeNumber !== null ? `E${episodeNumber}` : ''].filter(Boolean).join(' ')
}
