import type { Problem } from '../../src/planner/problem.ts'
import { arcPenalty, pinSlot } from '../../src/planner/costs.ts'

/**
 * The same set-list problem as a mixed-integer program in CPLEX LP format, for HiGHS (a peer for
 * comparison only: never imported by product code). Fixed set size N: x[s][t] = song s at slot t;
 * transitions as a flow y[a][b][t] (continuous, exact because x is integral); singer runs as
 * sliding windows; one contiguous acoustic block through start indicators.
 */
export function lpModel(p: Problem, N: number): string {
  const items = p.eligible
  const mainEnd = N - Math.min(p.encoreK, N)
  const x = (s: number, t: number) => `x_${s}_${t}`
  const y = (a: number, b: number, t: number) => `y_${a}_${b}_${t}`
  const wrap = (terms: string[]) =>
    terms
      .map((t, i) => (i > 0 && i % 8 === 0 ? '\n   ' : '') + t)
      .join(' + ')
      .replace(/\+ -/g, '-')
  const num = (v: number) => (Math.round(v * 1e9) / 1e9).toString()
  const obj: string[] = []
  const cons: string[] = []
  const bins: string[] = []
  const cont: string[] = []
  for (const s of items)
    for (let t = 0; t < N; t++) {
      const song = p.songs[s]!
      obj.push(`${num((song.songCost + p.weights.energyArc * arcPenalty(p, song, t, N)) / N)} ${x(s, t)}`)
      bins.push(x(s, t))
    }
  if (N > 1)
    for (const a of items)
      for (const b of items)
        if (a !== b)
          for (let t = 0; t + 1 < N; t++) {
            obj.push(`${num(p.trans[a * p.n + b]! / (N - 1))} ${y(a, b, t)}`)
            cont.push(y(a, b, t))
          }
  let c = 0
  const add = (terms: string[], op: string, rhs: number) => {
    if (terms.length) cons.push(` c${c++}: ${wrap(terms)} ${op} ${num(rhs)}`)
  }
  for (let t = 0; t < N; t++)
    add(
      items.map((s) => x(s, t)),
      '=',
      1,
    )
  for (const s of items)
    add(
      Array.from({ length: N }, (_, t) => x(s, t)),
      '<=',
      1,
    )
  if (N > 1)
    for (let t = 0; t + 1 < N; t++)
      for (const a of items) {
        cons.push(` c${c++}: ${wrap(items.filter((b) => b !== a).map((b) => y(a, b, t)))} - ${x(a, t)} = 0`)
        cons.push(` c${c++}: ${wrap(items.filter((b) => b !== a).map((b) => y(b, a, t)))} - ${x(a, t + 1)} = 0`)
      }
  const sum = (pred: (s: number) => boolean, slots: number[]) => items.filter(pred).flatMap((s) => slots.map((t) => x(s, t)))
  const all = Array.from({ length: N }, (_, t) => t)
  if (Number.isFinite(p.durMax))
    add(
      items.flatMap((s) => all.map((t) => `${p.songs[s]!.dur} ${x(s, t)}`)),
      '<=',
      p.durMax,
    )
  if (p.durMin > 0)
    add(
      items.flatMap((s) => all.map((t) => `${p.songs[s]!.dur} ${x(s, t)}`)),
      '>=',
      p.durMin,
    )
  if (p.newRule)
    add(
      sum((s) => p.songs[s]!.isNew, all),
      p.newRule.exactly ? '=' : '>=',
      p.newRule.count,
    )
  if (p.lastTour)
    add(
      sum((s) => p.songs[s]!.inLastTour, all),
      '<=',
      Math.floor(N * (1 - p.lastTour.pct / 100) + 1e-9),
    )
  if (p.sameCity)
    add(
      sum((s) => p.songs[s]!.inSameCity, all),
      '<=',
      Math.floor((p.sameCity.pct * p.sameCity.count) / 100 + 1e-9),
    )
  if (p.maxRun > 0)
    for (let q = 0; q < p.personCount; q++)
      for (let t = 0; t + p.maxRun < N; t++) {
        add(
          sum(
            (s) => p.songs[s]!.leads.includes(q),
            Array.from({ length: p.maxRun + 1 }, (_, i) => t + i),
          ),
          '<=',
          p.maxRun,
        )
      }
  const ac = (s: number) => p.songs[s]!.acoustic
  if (p.acoustic && items.some(ac)) {
    const a = (t: number) => items.filter(ac).map((s) => x(s, t))
    for (let t = 0; t < N; t++) {
      // z_t ≥ a_t − a_{t−1}: a block starts at t
      cons.push(` c${c++}: ${a(t).join(' + ')}${t > 0 ? ' - ' + a(t - 1).join(' - ') : ''} - z_${t} <= 0`)
      bins.push(`z_${t}`)
    }
    add(
      all.map((t) => `z_${t}`),
      '<=',
      1,
    )
    add(sum(ac, all), '>=', p.acoustic.min)
    add(sum(ac, all), '<=', p.acoustic.max)
    const banned = all.filter((t) => t >= mainEnd || (p.acoustic!.midSet && (t === 0 || t === mainEnd - 1)))
    add(sum(ac, banned), '=', 0)
  }
  for (const s of items) {
    const slot = pinSlot(p.songs[s]!.pin, N)
    if (slot === null) continue
    if (slot >= 0) add([x(s, slot)], '=', 1)
    else
      add(
        Array.from({ length: N - mainEnd || 1 }, (_, i) => x(s, p.encoreK > 0 ? mainEnd + i : N - 1)),
        '=',
        1,
      )
  }
  return [
    'Minimize',
    ` obj: ${wrap(obj)}`,
    'Subject To',
    ...cons,
    'Bounds',
    ...cont.map((v) => ` 0 <= ${v} <= 1`),
    'Binary',
    ` ${bins.map((b, i) => (i > 0 && i % 12 === 0 ? '\n ' : '') + b).join(' ')}`,
    'End',
  ].join('\n')
}
