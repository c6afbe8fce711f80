// The architecture rule set (docs/ARCHITECTURE.md "Layers", docs/decisions/023-lint-and-architecture-rules.md).
// Run by `npm run lint` (`depcruise`). Every rule is an error; there are no per-file exceptions: a forbidden
// arrow is fixed by moving code, not by widening a rule.
//
// Scope: the layer rules govern production code (src/ and web/src/ without tests). Tests and the shared test
// helpers (src/test/) may reach any layer to build fixtures; cycles are errors everywhere.

/** Production modules of one folder of src/. */
const layer = (name) => `^src/${name}/`
const TESTS = '(\\.test\\.tsx?$|^src/test/|^e2e/|^bench/|^scripts/)'

/** Modules any server layer may use: the project's only ambient vocabulary. */
const forbidAllBut = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, pathNot: TESTS },
  to: { path: '^(src|web)/', pathNot: `(${allowed.join('|')})` },
})

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles are errors (issue 12): a cycle makes two modules one, hidden.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    forbidAllBut('domain-is-pure', layer('domain'), [layer('domain')], 'domain/ imports nothing of the project but domain/.'),
    forbidAllBut('planner-only-domain', layer('planner'), [layer('planner'), layer('domain')], 'planner/ imports only domain/ and itself.'),
    forbidAllBut('contract-only-domain', layer('contract'), [layer('contract'), layer('domain')], 'contract/ imports only domain/.'),
    forbidAllBut(
      'db-only-domain-and-contract',
      layer('db'),
      [layer('db'), layer('domain'), layer('contract'), layer('config')],
      'db/ imports only domain/ and contract/ (and the validated config).',
    ),
    forbidAllBut(
      'interop-parses-and-formats',
      layer('interop'),
      [layer('interop'), layer('domain'), layer('contract')],
      'interop/ parses and formats the formats of the field: no db/, no use cases.',
    ),
    forbidAllBut(
      'usecases-not-http',
      layer('usecases'),
      [layer('usecases'), layer('domain'), layer('planner'), layer('contract'), layer('db'), layer('interop'), layer('events'), layer('jobs'), layer('config')],
      'usecases/ may use domain/, planner/, contract/, db/, interop/, the event bus and the job queue, never http/ or cli/.',
    ),
    forbidAllBut(
      'http-through-usecases',
      layer('http'),
      [layer('http'), layer('usecases'), layer('contract'), layer('domain'), layer('config'), layer('events'), layer('jobs'), '^src/db/client\\.ts$'],
      'http/ reaches data through usecases/ (it is handed the database from db/client.ts, never queries it).',
    ),
    forbidAllBut(
      'cli-through-usecases',
      layer('cli'),
      [
        layer('cli'),
        layer('usecases'),
        layer('contract'),
        layer('domain'),
        layer('config'),
        '^src/db/client\\.ts$',
        '^src/db/migrate\\.ts$',
        '^src/http/app\\.ts$',
        '^src/demo/load-demo-world\\.ts$',
      ],
      'cli/ reaches data through usecases/; it composes the process from db/client.ts, db/migrate.ts, http/app.ts and the demo loader.',
    ),
    forbidAllBut(
      'demo-is-seed-data',
      layer('demo'),
      [layer('demo'), layer('usecases'), layer('contract'), layer('domain'), layer('db'), layer('interop')],
      'demo/ is seed data and its loader: no http/ or cli/.',
    ),
    forbidAllBut(
      'events-infrastructure',
      layer('events'),
      [layer('events'), layer('domain'), layer('config'), layer('db')],
      'events/ is infrastructure beside db/: the bus may NOTIFY through the database.',
    ),
    forbidAllBut(
      'jobs-infrastructure',
      layer('jobs'),
      [layer('jobs'), layer('domain'), layer('planner'), layer('contract')],
      "jobs/ is infrastructure beside events/: the job queue and the planner's worker orchestration, no database (ADR 022).",
    ),
    forbidAllBut(
      'config-alone',
      layer('config'),
      [layer('config'), layer('domain')],
      'config/ reads the environment; it depends on nothing else of the project.',
    ),
    forbidAllBut(
      'web-only-contract-and-domain',
      '^web/src/',
      ['^web/src/', layer('contract'), layer('domain')],
      'web/ imports only contract/ and the pure domain/ modules it runs.',
    ),
    {
      name: 'only-db-imports-drizzle',
      comment: 'Only db/ imports Drizzle.',
      severity: 'error',
      from: { path: '^(src|web)/', pathNot: `(${TESTS}|^src/db/)` },
      to: { path: 'node_modules/drizzle-orm/' },
    },
    {
      name: 'only-http-imports-fastify',
      comment: 'Only http/ imports Fastify.',
      severity: 'error',
      from: { path: '^(src|web)/', pathNot: `(${TESTS}|^src/http/)` },
      to: { path: 'node_modules/(fastify|@fastify/)' },
    },
    {
      name: 'pure-code-no-node',
      comment: 'domain/, planner/, contract/ and web/ do no I/O: no Node built-ins (the web app runs them in the browser).',
      severity: 'error',
      from: { path: '^(src/domain|src/contract|web/src)/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^web/dist/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
