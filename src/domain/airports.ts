/**
 * The airports Greenroom resolves by IATA code (issue 15 point 4, ADR 036): a small curated table,
 * not a world dataset. The npm datasets with zones are OpenFlights extracts (ODbL data, share-alike,
 * under packages that claim other licences) or one-version single-maintainer packages, so the
 * product keeps the airports it needs: the demo world's tours and the usual touring hubs of North
 * and South America, Europe, Japan and Oceania. To add one: a line below with its IATA code, name,
 * city, country (ISO 3166-1), IANA zone and coordinates (the airport's reference point), then
 * `npx vitest run src/domain/airports.test.ts` (it checks every zone and coordinate).
 */
export interface Airport {
  iata: string
  name: string
  city: string
  country: string
  timeZone: string
  latitude: number
  longitude: number
}

type Row = readonly [iata: string, name: string, city: string, country: string, zone: string, latitude: number, longitude: number]

const ROWS: readonly Row[] = [
  // United Kingdom and Ireland
  ['LHR', 'Heathrow', 'London', 'GB', 'Europe/London', 51.47, -0.4543],
  ['LGW', 'Gatwick', 'London', 'GB', 'Europe/London', 51.1537, -0.1821],
  ['STN', 'Stansted', 'London', 'GB', 'Europe/London', 51.885, 0.235],
  ['MAN', 'Manchester', 'Manchester', 'GB', 'Europe/London', 53.3537, -2.275],
  ['GLA', 'Glasgow', 'Glasgow', 'GB', 'Europe/London', 55.8719, -4.4331],
  ['DUB', 'Dublin', 'Dublin', 'IE', 'Europe/Dublin', 53.4213, -6.2701],
  // Continental Europe
  ['CDG', 'Charles de Gaulle', 'Paris', 'FR', 'Europe/Paris', 49.0097, 2.5479],
  ['AMS', 'Schiphol', 'Amsterdam', 'NL', 'Europe/Amsterdam', 52.3105, 4.7683],
  ['BRU', 'Brussels', 'Brussels', 'BE', 'Europe/Brussels', 50.9014, 4.4844],
  ['FRA', 'Frankfurt', 'Frankfurt', 'DE', 'Europe/Berlin', 50.0379, 8.5622],
  ['MUC', 'Munich', 'Munich', 'DE', 'Europe/Berlin', 48.3538, 11.7861],
  ['BER', 'Berlin Brandenburg', 'Berlin', 'DE', 'Europe/Berlin', 52.3667, 13.5033],
  ['TXL', 'Tegel', 'Berlin', 'DE', 'Europe/Berlin', 52.5597, 13.2877],
  ['HAM', 'Hamburg', 'Hamburg', 'DE', 'Europe/Berlin', 53.6304, 9.9882],
  ['CGN', 'Cologne Bonn', 'Cologne', 'DE', 'Europe/Berlin', 50.8659, 7.1427],
  ['CPH', 'Copenhagen', 'Copenhagen', 'DK', 'Europe/Copenhagen', 55.618, 12.6508],
  ['ARN', 'Arlanda', 'Stockholm', 'SE', 'Europe/Stockholm', 59.6498, 17.9238],
  ['OSL', 'Gardermoen', 'Oslo', 'NO', 'Europe/Oslo', 60.1976, 11.1004],
  ['HEL', 'Helsinki', 'Helsinki', 'FI', 'Europe/Helsinki', 60.3172, 24.9633],
  ['ZRH', 'Zurich', 'Zurich', 'CH', 'Europe/Zurich', 47.4582, 8.5555],
  ['VIE', 'Vienna', 'Vienna', 'AT', 'Europe/Vienna', 48.1103, 16.5697],
  ['PRG', 'Václav Havel', 'Prague', 'CZ', 'Europe/Prague', 50.1008, 14.26],
  ['WAW', 'Chopin', 'Warsaw', 'PL', 'Europe/Warsaw', 52.1657, 20.9671],
  ['MAD', 'Barajas', 'Madrid', 'ES', 'Europe/Madrid', 40.4983, -3.5676],
  ['BCN', 'El Prat', 'Barcelona', 'ES', 'Europe/Madrid', 41.2974, 2.0833],
  ['LIS', 'Humberto Delgado', 'Lisbon', 'PT', 'Europe/Lisbon', 38.7813, -9.1359],
  ['FCO', 'Fiumicino', 'Rome', 'IT', 'Europe/Rome', 41.8003, 12.2389],
  ['MXP', 'Malpensa', 'Milan', 'IT', 'Europe/Rome', 45.6306, 8.7281],
  // United States and Canada
  ['JFK', 'John F. Kennedy', 'New York', 'US', 'America/New_York', 40.6413, -73.7781],
  ['EWR', 'Newark Liberty', 'Newark', 'US', 'America/New_York', 40.6895, -74.1745],
  ['LGA', 'LaGuardia', 'New York', 'US', 'America/New_York', 40.7769, -73.874],
  ['BOS', 'Logan', 'Boston', 'US', 'America/New_York', 42.3656, -71.0096],
  ['PHL', 'Philadelphia', 'Philadelphia', 'US', 'America/New_York', 39.8744, -75.2424],
  ['IAD', 'Dulles', 'Washington', 'US', 'America/New_York', 38.9531, -77.4565],
  ['DCA', 'Reagan National', 'Washington', 'US', 'America/New_York', 38.8512, -77.0402],
  ['ATL', 'Hartsfield–Jackson', 'Atlanta', 'US', 'America/New_York', 33.6407, -84.4277],
  ['CLT', 'Charlotte Douglas', 'Charlotte', 'US', 'America/New_York', 35.2144, -80.9473],
  ['MIA', 'Miami', 'Miami', 'US', 'America/New_York', 25.7959, -80.287],
  ['MCO', 'Orlando', 'Orlando', 'US', 'America/New_York', 28.4312, -81.3081],
  ['TPA', 'Tampa', 'Tampa', 'US', 'America/New_York', 27.9755, -82.5332],
  ['DTW', 'Detroit Metropolitan', 'Detroit', 'US', 'America/Detroit', 42.2162, -83.3554],
  ['ORD', "O'Hare", 'Chicago', 'US', 'America/Chicago', 41.9742, -87.9073],
  ['MDW', 'Midway', 'Chicago', 'US', 'America/Chicago', 41.7868, -87.7522],
  ['MSP', 'Minneapolis–Saint Paul', 'Minneapolis', 'US', 'America/Chicago', 44.8848, -93.2223],
  ['BNA', 'Nashville', 'Nashville', 'US', 'America/Chicago', 36.1263, -86.6774],
  ['MSY', 'Louis Armstrong', 'New Orleans', 'US', 'America/Chicago', 29.9934, -90.258],
  ['DFW', 'Dallas/Fort Worth', 'Dallas', 'US', 'America/Chicago', 32.8998, -97.0403],
  ['DAL', 'Love Field', 'Dallas', 'US', 'America/Chicago', 32.8471, -96.8518],
  ['IAH', 'George Bush Intercontinental', 'Houston', 'US', 'America/Chicago', 29.9902, -95.3368],
  ['AUS', 'Austin–Bergstrom', 'Austin', 'US', 'America/Chicago', 30.1975, -97.6664],
  ['DEN', 'Denver', 'Denver', 'US', 'America/Denver', 39.8561, -104.6737],
  ['SLC', 'Salt Lake City', 'Salt Lake City', 'US', 'America/Denver', 40.7899, -111.9791],
  ['PHX', 'Sky Harbor', 'Phoenix', 'US', 'America/Phoenix', 33.4352, -112.0101],
  ['LAS', 'Harry Reid', 'Las Vegas', 'US', 'America/Los_Angeles', 36.084, -115.1537],
  ['LAX', 'Los Angeles', 'Los Angeles', 'US', 'America/Los_Angeles', 33.9416, -118.4085],
  ['BUR', 'Hollywood Burbank', 'Burbank', 'US', 'America/Los_Angeles', 34.2007, -118.3585],
  ['SNA', 'John Wayne', 'Santa Ana', 'US', 'America/Los_Angeles', 33.6762, -117.8675],
  ['SAN', 'San Diego', 'San Diego', 'US', 'America/Los_Angeles', 32.7338, -117.1933],
  ['SFO', 'San Francisco', 'San Francisco', 'US', 'America/Los_Angeles', 37.6213, -122.379],
  ['SEA', 'Seattle–Tacoma', 'Seattle', 'US', 'America/Los_Angeles', 47.4502, -122.3088],
  ['PDX', 'Portland', 'Portland', 'US', 'America/Los_Angeles', 45.5898, -122.5951],
  ['HNL', 'Daniel K. Inouye', 'Honolulu', 'US', 'Pacific/Honolulu', 21.3187, -157.9225],
  ['YYZ', 'Pearson', 'Toronto', 'CA', 'America/Toronto', 43.6777, -79.6248],
  ['YUL', 'Trudeau', 'Montreal', 'CA', 'America/Toronto', 45.4706, -73.7408],
  ['YVR', 'Vancouver', 'Vancouver', 'CA', 'America/Vancouver', 49.1967, -123.1815],
  // Latin America
  ['MEX', 'Benito Juárez', 'Mexico City', 'MX', 'America/Mexico_City', 19.4361, -99.0719],
  ['BOG', 'El Dorado', 'Bogotá', 'CO', 'America/Bogota', 4.7016, -74.1469],
  ['LIM', 'Jorge Chávez', 'Lima', 'PE', 'America/Lima', -12.0219, -77.1143],
  ['SCL', 'Arturo Merino Benítez', 'Santiago', 'CL', 'America/Santiago', -33.393, -70.7858],
  ['EZE', 'Ministro Pistarini', 'Buenos Aires', 'AR', 'America/Argentina/Buenos_Aires', -34.8222, -58.5358],
  ['GRU', 'Guarulhos', 'São Paulo', 'BR', 'America/Sao_Paulo', -23.4356, -46.4731],
  ['GIG', 'Galeão', 'Rio de Janeiro', 'BR', 'America/Sao_Paulo', -22.81, -43.2506],
  // Asia and Oceania
  ['NRT', 'Narita', 'Tokyo', 'JP', 'Asia/Tokyo', 35.772, 140.3929],
  ['HND', 'Haneda', 'Tokyo', 'JP', 'Asia/Tokyo', 35.5494, 139.7798],
  ['SYD', 'Kingsford Smith', 'Sydney', 'AU', 'Australia/Sydney', -33.9399, 151.1753],
  ['MEL', 'Tullamarine', 'Melbourne', 'AU', 'Australia/Melbourne', -37.669, 144.841],
  ['AKL', 'Auckland', 'Auckland', 'NZ', 'Pacific/Auckland', -37.0082, 174.785],
]

const BY_CODE: ReadonlyMap<string, Airport> = new Map(
  ROWS.map(([iata, name, city, country, timeZone, latitude, longitude]) => [iata, { iata, name, city, country, timeZone, latitude, longitude }]),
)

/** Every airport of the table, by code. */
export function allAirports(): Airport[] {
  return [...BY_CODE.values()]
}

/** The airport of a three-letter IATA code (any case), or null when the table does not hold it. */
export function airportByIata(code: string): Airport | null {
  return BY_CODE.get(code.trim().toUpperCase()) ?? null
}
