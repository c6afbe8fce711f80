// Entry of the planner's worker thread: loader hooks are per thread, so the worker registers tsx
// itself (whether the parent runs under tsx, vitest or plain node) and then loads worker.ts.
import { register } from 'tsx/esm/api'
register()
await import('./worker.ts')
