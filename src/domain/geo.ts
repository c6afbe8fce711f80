/** Great-circle distance in kilometres between two points (haversine, mean Earth radius). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const R = 6371.0088
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLon = (b.longitude - a.longitude) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)))
}

export function coordinatesIssues(latitude: number | null | undefined, longitude: number | null | undefined, prefix = ''): { path: string; message: string }[] {
  const issues = []
  if ((latitude == null) !== (longitude == null))
    issues.push({ path: `${prefix}${latitude == null ? 'latitude' : 'longitude'}`, message: 'give both latitude and longitude, or neither' })
  if (latitude != null && (latitude < -90 || latitude > 90)) issues.push({ path: `${prefix}latitude`, message: 'latitude is between -90 and 90' })
  if (longitude != null && (longitude < -180 || longitude > 180)) issues.push({ path: `${prefix}longitude`, message: 'longitude is between -180 and 180' })
  return issues
}
