import type { FieldIssue } from '../domain/errors.ts'
import { partialDateProblem } from '../domain/partial-date.ts'
import type { DemoWorld } from './world-2013.ts'

/** Collects the issues of a demo world: checks, enum membership, known refs, partial dates (demo-world-issues.ts and the per-feature checks). */
export type Checker = ReturnType<typeof checker>

export function checker(world: DemoWorld) {
  const issues: FieldIssue[] = []
  const refs = {
    person: refSet(world.people, 'people', issues),
    act: refSet(world.acts, 'acts', issues),
    work: refSet(world.works, 'works', issues),
    recording: refSet(world.recordings, 'recordings', issues),
    release: refSet(world.releaseGroups, 'releaseGroups', issues),
    venue: refSet(world.venues, 'venues', issues),
    tour: refSet(world.tours, 'tours', issues),
    leg: refSet(
      world.tours.flatMap((t, i) => t.legs.map((l, j) => ({ ref: l.ref, path: `tours.${i}.legs.${j}` }))),
      'legs',
      issues,
    ),
    show: refSet(world.shows, 'shows', issues),
    commitment: refSet(world.commitments, 'commitments', issues),
    blockout: refSet(world.blockouts, 'blockouts', issues),
  }
  const check = (ok: boolean, path: string, message: string) => void (ok || issues.push({ path, message }))
  return {
    issues,
    check,
    oneOf: (allowed: readonly string[], value: string | undefined, path: string) =>
      check(value === undefined || allowed.includes(value), path, `"${value}" is not one of ${allowed.join(', ')}`),
    known: (kind: keyof typeof refs, ref: string, path: string) => check(refs[kind].has(ref), path, `no ${kind} "${ref}"`),
    date: (value: string | undefined, path: string) => {
      const problem = value === undefined ? null : partialDateProblem(value)
      if (problem) issues.push({ path, message: problem })
    },
  }
}

function refSet(records: readonly { ref: string; path?: string }[], path: string, issues: FieldIssue[]): Set<string> {
  const refs = new Set<string>()
  records.forEach((r, i) => {
    if (refs.has(r.ref)) issues.push({ path: `${r.path ?? `${path}.${i}`}.ref`, message: `"${r.ref}" is used twice` })
    refs.add(r.ref)
  })
  return refs
}
