/** Words shown for the contract's enum values; anything missing is spelled out from its slug. */
const LABELS: Record<string, string> = {
  'composer-lyricist': 'Composer & lyricist',
  'touring-musician': 'Touring musician',
  dj: 'DJ',
  'musical-director': 'Musical director',
  'acoustic-guitar': 'Acoustic guitar',
  'dj-track': 'DJ track',
  'full-band': 'Full band',
  ep: 'EP',
  cd: 'CD',
}

export function labelOf(value: string): string {
  const known = LABELS[value]
  if (known) return known
  const words = value.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** "C#" and "minor" → "C♯ minor"; either may be missing. */
export function formatKey(key: string | null, mode: string | null): string {
  if (!key) return '—'
  return [key.replace('#', '♯'), mode].filter(Boolean).join(' ')
}

export function pluralise(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
