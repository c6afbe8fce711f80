#!/usr/bin/env node
// The `greenroom` command: runs the bundled server (dist/server/, plain JavaScript, no transpiler in
// the process), bundling it first when it is missing or older than src/ (scripts/ensure-server-built.mjs, ADR 052).
import { ensureServerBuilt } from '../scripts/ensure-server-built.mjs'
await ensureServerBuilt()
await import('../dist/server/main.js')
