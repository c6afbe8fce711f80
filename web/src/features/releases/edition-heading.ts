/** A one-word edition name reads as an edition ("Deluxe" → "Deluxe edition"); longer names stay as they are. */
export function editionHeading(name: string): string {
  const trimmed = name.trim()
  return /\s/.test(trimmed) || /edition/i.test(trimmed) ? trimmed : `${trimmed} edition`
}
