/**
 * A child process for the durability test (src/db/durability.test.ts): opens the PGlite data
 * directory given as argv[2], inserts rows one commit at a time and prints "ack <n>" after each
 * commit returns, until it is killed.
 */
import { sql } from 'drizzle-orm'
import { createDb } from '../db/client.ts'

const dir = process.argv[2]
if (!dir) throw new Error('usage: crash-writer <data-dir>')
const database = await createDb({ kind: 'pglite', dataDir: dir })
await database.exec('CREATE TABLE IF NOT EXISTS acked (n integer PRIMARY KEY)')
for (let n = 1; ; n++) {
  await database.db.execute(sql`INSERT INTO acked (n) VALUES (${n})`)
  process.stdout.write(`ack ${n}\n`)
}
