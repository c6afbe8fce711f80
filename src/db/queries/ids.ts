const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Path parameters may carry an id or a slug; a non-UUID must never reach a uuid column. */
export function isUuid(text: string): boolean {
  return UUID.test(text)
}
