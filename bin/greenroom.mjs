#!/usr/bin/env node
// The `greenroom` command: runs the compiled server (dist/, plain JavaScript, no transpiler in the
// process), compiling it first when it is missing or older than src/ (scripts/ensure-server-built.mjs).
import { ensureServerBuilt } from '../scripts/ensure-server-built.mjs'
ensureServerBuilt()
await import('../dist/cli/main.js')
