/**
 * The set-list and planner rules in the words a band uses, for every answer a person reads (the
 * planner's explanation, the run panel, the CLI). The ids stay in the machine-readable fields
 * (`ruleId`, `conflictingRules`).
 */
export const RULE_NAMES: Readonly<Record<string, string>> = {
  'duration-window': 'running time',
  'new-songs': 'new songs',
  'acoustic-section': 'acoustic section',
  'guest-billed': 'guests only at shows where they are billed',
  'singer-run': 'same lead singer too many songs in a row',
  'differ-from-last-tour': 'different from the last tour',
  'same-city-repeat': 'not the same set again in the same city',
  'set-size': 'number of songs',
  pinned: 'pinned songs',
  excluded: 'songs left out',
  encore: 'encore',
  'acoustic-block': 'size of the acoustic section',
  'known-songs': "songs from the act's repertoire, once each",
}

/** A rule's name in words; an unknown id reads with its dashes as spaces. */
export function ruleName(id: string): string {
  return RULE_NAMES[id] ?? id.replace(/-/g, ' ')
}

/** "running time and number of songs", "a, b and c". */
export function ruleNames(ids: readonly string[]): string {
  const names = ids.map(ruleName)
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
