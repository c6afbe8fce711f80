// The bundled server's entry (dist/server/main.js, scripts/ensure-server-built.mjs): starts opening the
// database for `greenroom serve`, then loads the command line and the server's code while it opens.
import { openDatabaseEarly } from './early-open.ts'

openDatabaseEarly(process.argv)
await import('./main.ts')
