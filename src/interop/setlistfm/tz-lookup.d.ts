declare module 'tz-lookup' {
  /** The IANA zone at a latitude/longitude, from an offline map bundled in the package (CC0). */
  export default function tzlookup(latitude: number, longitude: number): string
}
