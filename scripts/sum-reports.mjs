// Adds up the JSON reports of vitest and Playwright into one closing line.
import { readFileSync, existsSync } from 'node:fs'

let passed = 0,
  failed = 0,
  skipped = 0
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    failed += 1
    console.log(`missing report ${file}`)
    continue
  }
  const r = JSON.parse(readFileSync(file, 'utf8'))
  if (r.stats && 'expected' in r.stats) {
    // Playwright
    passed += r.stats.expected + (r.stats.flaky ?? 0)
    failed += r.stats.unexpected
    skipped += r.stats.skipped
  } else {
    passed += r.numPassedTests
    failed += r.numFailedTests
    skipped += r.numPendingTests + (r.numTodoTests ?? 0)
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
