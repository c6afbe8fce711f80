import { localDateOf, viewerTimeZone } from '../shows/zoned-time.ts'
import { useServerNow } from '../settings/use-server-now.ts'

/** Today's date for the agenda, by the server's clock (the demo pins it to a day in 2013), in the viewer's zone. */
export function useToday(): string {
  return localDateOf(useServerNow(), viewerTimeZone())
}
