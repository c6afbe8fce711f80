import { PGlite } from '@electric-sql/pglite'
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS_FOLDER } from './migrate.ts'

/**
 * Migration 0024 (ADR 050 amended): every stored segment gets its journey's passengers, so nothing
 * changes for stored journeys. On an embedded PGlite in either tier: the SQL is the same file.
 */
describe('migration 0024: passengers per segment', () => {
  it('puts every passenger of a stored journey on each of its segments, and no one else', async () => {
    const db = new PGlite()
    const run = async (file: string) => {
      for (const statement of readFileSync(`${MIGRATIONS_FOLDER}/${file}`, 'utf8').split('--> statement-breakpoint'))
        if (statement.trim()) await db.exec(statement)
    }
    const files = readdirSync(MIGRATIONS_FOLDER)
      .filter((f) => f.endsWith('.sql'))
      .sort()
    for (const file of files.filter((f) => f < '0024')) await run(file)
    // Rows as 0023 knew them: every column without a default given a value of its type.
    const insert = async (table: string, given: Record<string, unknown>) => {
      const { rows } = await db.query<{ column_name: string; data_type: string }>(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 AND is_nullable = 'NO' AND column_default IS NULL`,
        [table],
      )
      const row: Record<string, unknown> = { ...given }
      for (const { column_name: c, data_type: type } of rows)
        if (!(c in row))
          row[c] = type.startsWith('timestamp')
            ? '2013-06-20T00:00:00Z'
            : type === 'uuid'
              ? crypto.randomUUID()
              : type === 'integer' || type === 'double precision'
                ? 0
                : type === 'boolean'
                  ? false
                  : 'x'
      const keys = Object.keys(row)
      await db.query(
        `INSERT INTO ${table} (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')})`,
        Object.values(row),
      )
    }
    const ws = crypto.randomUUID()
    await insert('workspaces', { id: ws, slug: 'before-0024' })
    const [dustin, kendall, carlos] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()]
    for (const id of [dustin, kendall, carlos]) await insert('people', { workspace_id: ws, id })
    const [flights, bus] = [crypto.randomUUID(), crypto.randomUUID()]
    for (const id of [flights, bus]) await insert('travel_journeys', { workspace_id: ws, id })
    const segments = { [flights]: [crypto.randomUUID(), crypto.randomUUID()], [bus]: [crypto.randomUUID()] }
    for (const [journeyId, ids] of Object.entries(segments))
      for (const [position, id] of ids.entries()) await insert('travel_segments', { workspace_id: ws, id, journey_id: journeyId, position })
    for (const [position, personId] of [dustin, kendall].entries())
      await insert('travel_passengers', { workspace_id: ws, journey_id: flights, person_id: personId, position })
    await insert('travel_passengers', { workspace_id: ws, journey_id: bus, person_id: carlos, position: 0 })

    await run(files.find((f) => f.startsWith('0024'))!)
    const { rows } = await db.query<{ segment_id: string; journey_id: string; person_id: string }>(
      'SELECT segment_id, journey_id, person_id FROM travel_segment_passengers ORDER BY segment_id, person_id',
    )
    const expected = [
      ...segments[flights]!.flatMap((s) => [dustin, kendall].map((p) => ({ segment_id: s, journey_id: flights, person_id: p }))),
      ...segments[bus]!.map((s) => ({ segment_id: s, journey_id: bus, person_id: carlos })),
    ]
    expect(rows).toHaveLength(5)
    expect(rows).toEqual(expect.arrayContaining(expected))
    await db.close()
  }, 180_000) // 24 migrations replayed one statement at a time
})
