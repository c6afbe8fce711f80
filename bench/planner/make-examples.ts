// Writes docs/examples/plan-show.json and plan-tour.json from the demo world: tsx bench/planner/make-examples.ts
import { writeFileSync } from 'node:fs'
import { demoShowInput, demoTourInput } from './demo-instance.ts'

const root = new URL('../../docs/examples/', import.meta.url)
writeFileSync(new URL('plan-show.json', root), JSON.stringify(demoShowInput(), null, 2) + '\n')
writeFileSync(new URL('plan-tour.json', root), JSON.stringify(demoTourInput(), null, 2) + '\n')
console.log('wrote docs/examples/plan-show.json and plan-tour.json')
