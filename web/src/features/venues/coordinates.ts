import type { FieldIssue } from '../../api/api-problem.ts'

/** "41.88" → 41.88, "" → null, anything else → undefined (not a number). Accepts a decimal comma. */
export function parseCoordinate(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.').replace('−', '-')
  if (trimmed === '') return null
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined
  return Number(trimmed)
}

/** Both numbers or neither, like the server wants; the messages the form shows before sending. */
export function coordinatesOf(
  latitudeText: string,
  longitudeText: string,
  prefix = '',
): { latitude: number | null; longitude: number | null; issues: FieldIssue[] } {
  const latitude = parseCoordinate(latitudeText)
  const longitude = parseCoordinate(longitudeText)
  const issues: FieldIssue[] = []
  if (latitude === undefined) issues.push({ path: `${prefix}latitude`, message: 'write the latitude as a number like 41.88' })
  if (longitude === undefined) issues.push({ path: `${prefix}longitude`, message: 'write the longitude as a number like -87.63 (west is negative)' })
  if (issues.length === 0 && (latitude === null) !== (longitude === null)) {
    issues.push({ path: `${prefix}${latitude === null ? 'latitude' : 'longitude'}`, message: 'give both latitude and longitude, or neither' })
  }
  return { latitude: latitude ?? null, longitude: longitude ?? null, issues }
}
