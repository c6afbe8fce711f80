import type { DemoVenue } from './types.ts'

// world.md names no venue but the House of Blues. Every other venue is ours (`'record'`): the
// names are invented; the cities, countries and IANA zones are real, and the coordinates are
// those of the city centre (close enough for a map and for travel times).
type City = Omit<DemoVenue, 'ref' | 'name' | 'invented'>

const city = (name: string, country: string, latitude: number, longitude: number, timeZone: string): City => ({
  city: name,
  country,
  latitude,
  longitude,
  timeZone,
})
const invented = (ref: string, name: string, at: City): DemoVenue => ({ ref, name, ...at, invented: ['record'] })

export const venues: readonly DemoVenue[] = [
  // Where the tour was announced, with Victoria Justice ("I Knew You Were Trouble"); the city is ours.
  {
    ref: 'house-of-blues',
    name: 'House of Blues',
    ...city('West Hollywood', 'US', 34.0907, -118.3856, 'America/Los_Angeles'),
    invented: ['city', 'country', 'latitude', 'longitude', 'timeZone'],
  },

  // Big Time Rush, summer 2013, North America: arenas and amphitheatres.
  invented('na-san-diego', 'Harborview Amphitheatre', city('San Diego', 'US', 32.7157, -117.1611, 'America/Los_Angeles')),
  invented('na-irvine', 'Orange Grove Amphitheatre', city('Irvine', 'US', 33.6846, -117.8265, 'America/Los_Angeles')),
  invented('na-phoenix', 'Desert Sky Arena', city('Phoenix', 'US', 33.4484, -112.074, 'America/Phoenix')),
  invented('na-denver', 'Front Range Amphitheatre', city('Denver', 'US', 39.7392, -104.9903, 'America/Denver')),
  invented('na-dallas', 'Trinity Pavilion', city('Dallas', 'US', 32.7767, -96.797, 'America/Chicago')),
  invented('na-houston', 'Bayou Music Pavilion', city('Houston', 'US', 29.7604, -95.3698, 'America/Chicago')),
  invented('na-atlanta', 'Peachtree Amphitheatre', city('Atlanta', 'US', 33.749, -84.388, 'America/New_York')),
  invented('na-tampa', 'Gulf Coast Arena', city('Tampa', 'US', 27.9506, -82.4572, 'America/New_York')),
  invented('na-charlotte', 'Queen City Pavilion', city('Charlotte', 'US', 35.2271, -80.8431, 'America/New_York')),
  invented('na-washington', 'Potomac Arena', city('Washington', 'US', 38.9072, -77.0369, 'America/New_York')),
  invented('na-camden', 'Riverfront Music Pavilion', city('Camden', 'US', 39.9259, -75.1196, 'America/New_York')),
  invented('na-boston', 'Harbor Lights Pavilion', city('Boston', 'US', 42.3601, -71.0589, 'America/New_York')),
  invented('na-toronto', 'Lakeshore Amphitheatre', city('Toronto', 'CA', 43.6532, -79.3832, 'America/Toronto')),
  invented('na-detroit', 'Motor City Pavilion', city('Detroit', 'US', 42.3314, -83.0458, 'America/Detroit')),
  invented('na-chicago', 'Lakefront Arena', city('Chicago', 'US', 41.8781, -87.6298, 'America/Chicago')),
  invented('na-st-paul', 'Twin Rivers Arena', city('Saint Paul', 'US', 44.9537, -93.09, 'America/Chicago')),
  invented('na-seattle', 'Puget Sound Arena', city('Seattle', 'US', 47.6062, -122.3321, 'America/Los_Angeles')),
  invented('na-vancouver', 'Pacific Coliseum Grounds', city('Vancouver', 'CA', 49.2827, -123.1207, 'America/Vancouver')),

  // Big Time Rush, August 2013, South America: not announced at interview time.
  invented('sa-lima', 'Estadio del Pacífico', city('Lima', 'PE', -12.0464, -77.0428, 'America/Lima')),
  invented('sa-santiago', 'Arena Cordillera', city('Santiago', 'CL', -33.4489, -70.6693, 'America/Santiago')),
  invented('sa-buenos-aires', 'Estadio Río de la Plata', city('Buenos Aires', 'AR', -34.6037, -58.3816, 'America/Argentina/Buenos_Aires')),
  invented('sa-sao-paulo', 'Arena Paulista', city('São Paulo', 'BR', -23.5505, -46.6333, 'America/Sao_Paulo')),
  invented('sa-rio', 'Arena Guanabara', city('Rio de Janeiro', 'BR', -22.9068, -43.1729, 'America/Sao_Paulo')),

  // Big Time Rush, back in the United States in late September.
  invented('us-orlando', 'Lake Eola Amphitheatre', city('Orlando', 'US', 28.5383, -81.3792, 'America/New_York')),
  invented('us-las-vegas', 'Desert Star Arena', city('Las Vegas', 'US', 36.1699, -115.1398, 'America/Los_Angeles')),

  // Heffron Drive, European tour, March 2013: clubs.
  invented('eu-london', 'The Lamplighter', city('London', 'GB', 51.5074, -0.1278, 'Europe/London')),
  invented('eu-amsterdam', 'De Kelder', city('Amsterdam', 'NL', 52.3676, 4.9041, 'Europe/Amsterdam')),
  invented('eu-cologne', 'Rheinhalle Club', city('Cologne', 'DE', 50.9375, 6.9603, 'Europe/Berlin')),
  invented('eu-hamburg', 'Hafenklub', city('Hamburg', 'DE', 53.5511, 9.9937, 'Europe/Berlin')),
  invented('eu-milan', 'Circolo Navigli', city('Milan', 'IT', 45.4642, 9.19, 'Europe/Rome')),
  invented('eu-madrid', 'Sala Malasaña', city('Madrid', 'ES', 40.4168, -3.7038, 'Europe/Madrid')),
]

/** Places of commitments that are not stages; all invented apart from their cities. */
export const places = {
  rehearsalStudio: { locationName: 'Soundstage rehearsal hall, Burbank', latitude: 34.1808, longitude: -118.309, timeZone: 'America/Los_Angeles' },
  tvStudio: { locationName: 'Series soundstage, Hollywood', latitude: 34.0928, longitude: -118.3287, timeZone: 'America/Los_Angeles' },
  writingRoom: { locationName: 'Writing room, North Hollywood', latitude: 34.1722, longitude: -118.379, timeZone: 'America/Los_Angeles' },
  manhattan: { locationName: 'Midtown Manhattan, New York', latitude: 40.758, longitude: -73.9855, timeZone: 'America/New_York' },
  londonRadio: { locationName: 'Radio studio, Central London', latitude: 51.5186, longitude: -0.1436, timeZone: 'Europe/London' },
} as const
